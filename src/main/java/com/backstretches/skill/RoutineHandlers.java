package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backstretches.dialog.Ask;
import com.backstretches.session.Command;
import java.util.Optional;

/** Moving through the routine: start, next, back, skip, jump, repeat, resume, pause, where am I. */
final class RoutineHandlers {

    private RoutineHandlers() {
    }

    static final class StartRoutine extends IntentHandler {
        StartRoutine(Conversation c) {
            super(c, "StartRoutineIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Start();
        }
    }

    /** "Next" and "ready" mean the same: carry on, or accept what was just offered. */
    static final class Next extends IntentHandler {
        Next(Conversation c) {
            super(c, "AMAZON.NextIntent", "ReadyIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Next();
        }
    }

    static final class Previous extends IntentHandler {
        Previous(Conversation c) {
            super(c, "AMAZON.PreviousIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.Previous());
        }
    }

    static final class Skip extends IntentHandler {
        Skip(Conversation c) {
            super(c, "SkipIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.SkipStretch());
        }
    }

    static final class StartOver extends IntentHandler {
        StartOver(Conversation c) {
            super(c, "AMAZON.StartOverIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.StartOver());
        }
    }

    static final class GoToStretch extends IntentHandler {
        GoToStretch(Conversation c) {
            super(c, "GoToStretchIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return slots.stretchName(STRETCH).<Ask>map(name -> new Ask.Do(new Command.GoTo(name))).orElseGet(Ask.MissingStretch::new);
        }
    }

    static final class Progress extends IntentHandler {
        Progress(Conversation c) {
            super(c, "ProgressIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.WhereAmI());
        }
    }

    static final class Resume extends IntentHandler {
        Resume(Conversation c) {
            super(c, "AMAZON.ResumeIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Do(new Command.Resume());
        }
    }

    static final class Pause extends IntentHandler {
        Pause(Conversation c) {
            super(c, "AMAZON.PauseIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Pause();
        }
    }

    /** Says the last response again, as it was; not the same as doing the set again. */
    static final class Repeat extends IntentHandler {
        Repeat(Conversation c) {
            super(c, "AMAZON.RepeatIntent");
        }

        @Override
        Optional<Response> answer(HandlerInput input, Slots slots) {
            return conversation.repeat(input);
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Repeat();
        }
    }
}
