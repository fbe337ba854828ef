package com.backstretches.skill;

import com.backstretches.dialog.Ask;
import com.backstretches.session.Command;
import java.util.Locale;
import java.util.Optional;

/** The user's choices about a stretch: its version, the hold time, how to do it, and pain. */
final class ChoiceHandlers {

    static final String SECONDS = "seconds";
    static final String DIRECTION = "direction";

    private ChoiceHandlers() {
    }

    static final class Easier extends IntentHandler {
        Easier(Conversation c) {
            super(c, "EasierIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.Easier(slots.stretchName(STRETCH)));
        }
    }

    static final class Harder extends IntentHandler {
        Harder(Conversation c) {
            super(c, "HarderIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.Harder(slots.stretchName(STRETCH)));
        }
    }

    static final class Standard extends IntentHandler {
        Standard(Conversation c) {
            super(c, "StandardVersionIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.Standard(slots.stretchName(STRETCH)));
        }
    }

    static final class Describe extends IntentHandler {
        Describe(Conversation c) {
            super(c, "DescribeIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Describe(slots.stretchName(STRETCH));
        }
    }

    static final class Pain extends IntentHandler {
        Pain(Conversation c) {
            super(c, "PainIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Pain();
        }
    }

    /**
     * A number of seconds wins over "longer"/"shorter". A number outside the routine's range changes
     * nothing: the range is said and the hold stays as it was.
     */
    static final class HoldTime extends IntentHandler {
        HoldTime(Conversation c) {
            super(c, "HoldTimeIntent");
        }

        @Override
        Ask ask(Slots slots) {
            Optional<Long> seconds = slots.number(SECONDS);
            if (seconds.isPresent()) {
                long s = seconds.get();
                // Fully named: this handler's own name hides the session's HoldTime.
                return s == (int) s && com.backstretches.session.HoldTime.isValid((int) s)
                        ? new Ask.Do(new Command.SetHoldTime((int) s)) : new Ask.HoldTimeOutOfRange();
            }
            return direction(slots).orElseGet(Ask.MissingHoldTime::new);
        }

        private static Optional<Ask> direction(Slots slots) {
            Optional<String> id = slots.resolved(DIRECTION).map(v -> v.getId())
                    .or(() -> slots.spoken(DIRECTION).map(v -> v.toLowerCase(Locale.ROOT)));
            return id.flatMap(d -> {
                if (d.equals("LONGER") || d.contains("long") || d.contains("more")) {
                    return Optional.of(new Ask.Do(new Command.LongerHolds()));
                }
                if (d.equals("SHORTER") || d.contains("short") || d.contains("less") || d.contains("quick")) {
                    return Optional.of(new Ask.Do(new Command.ShorterHolds()));
                }
                return Optional.empty();
            });
        }
    }
}
