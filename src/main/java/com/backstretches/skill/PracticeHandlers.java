package com.backstretches.skill;

import com.backstretches.dialog.Ask;
import com.backstretches.session.Command;
import java.util.Locale;
import java.util.Optional;

/** Daily practice beyond the routine's own moves: the user's record, the quick version, and the counting pace. */
final class PracticeHandlers {

    static final String PACE = "pace";

    private PracticeHandlers() {
    }

    static final class History extends IntentHandler {
        History(Conversation c) {
            super(c, "HistoryIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.History();
        }
    }

    static final class Quick extends IntentHandler {
        Quick(Conversation c) {
            super(c, "QuickRoutineIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Quick();
        }
    }

    /**
     * "I have ten minutes": the minutes from an AMAZON.NUMBER slot. No number, zero or a negative
     * one is a request without minutes (the quick version is offered); more than a day is a day.
     */
    static final class TimeBudget extends IntentHandler {
        static final String MINUTES = "minutes";
        static final int MOST_MINUTES = 24 * 60;

        TimeBudget(Conversation c) {
            super(c, "TimeBudgetIntent");
        }

        @Override
        Ask ask(Slots slots) {
            Optional<Integer> minutes = slots.number(MINUTES).filter(m -> m > 0).map(m -> (int) Math.min(m, MOST_MINUTES));
            return new Ask.TimeBudget(minutes);
        }
    }

    /** "Slower", "faster", "normal speed": the resolved value when Alexa matched one, else the words heard. */
    static final class Pace extends IntentHandler {
        Pace(Conversation c) {
            super(c, "PaceIntent");
        }

        @Override
        Ask ask(Slots slots) {
            Optional<String> pace = slots.resolved(PACE).map(v -> v.getId())
                    .or(() -> slots.spoken(PACE).map(v -> v.toLowerCase(Locale.ROOT)));
            return pace.flatMap(PracticeHandlers::command).<Ask>map(Ask.Do::new).orElseGet(Ask.MissingPace::new);
        }
    }

    static Optional<Command> command(String pace) {
        if (pace.equals("SLOWER") || pace.contains("slow")) {
            return Optional.of(new Command.Slower());
        }
        if (pace.equals("FASTER") || pace.contains("fast") || pace.contains("quick") || pace.contains("speed up")) {
            return Optional.of(new Command.Faster());
        }
        if (pace.equals("NORMAL") || pace.contains("normal") || pace.contains("usual") || pace.contains("regular")) {
            return Optional.of(new Command.NormalPace());
        }
        return Optional.empty();
    }
}
