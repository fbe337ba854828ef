package com.backstretches.dialog;

import com.backstretches.session.Command;
import java.util.Optional;

/** What the user asked for, whatever words they used; the skill layer maps intents to these. */
public sealed interface Ask {

    /** A routine command whose meaning does not depend on the last question. */
    record Do(Command command) implements Ask {
    }

    /** "Start my back stretches": starts again, except that a session opening this way offers to resume first. */
    record Start() implements Ask {
    }

    /** "Next", "ready", "continue": answers an open question, or moves on. */
    record Next() implements Ask {
    }

    record Yes() implements Ask {
    }

    record No() implements Ask {
    }

    record Pause() implements Ask {
    }

    /** "Repeat" when there is no earlier response in this session to say again. */
    record Repeat() implements Ask {
    }

    record Help() implements Ask {
    }

    record Pain() implements Ask {
    }

    /** "How do I do this": the named stretch, or the current one. */
    record Describe(Optional<String> stretchName) implements Ask {
    }

    /** Stop, cancel, or leaving for the home screen. */
    record Stop() implements Ask {
    }

    /** Anything not understood. */
    record Fallback() implements Ask {
    }

    /** A request that needs a stretch name and came without a usable one. */
    record MissingStretch() implements Ask {
    }

    /** A hold-time request with neither a number nor longer or shorter. */
    record MissingHoldTime() implements Ask {
    }

    /** A hold time outside the routine's range ("five hundred", "minus three"): nothing changes. */
    record HoldTimeOutOfRange() implements Ask {
    }

    /** "How am I doing", "what's my streak". */
    record History() implements Ask {
    }

    /** "A quick version": starts the quick version straight away. */
    record Quick() implements Ask {
    }

    /**
     * "I have ten minutes", "a twenty minute routine": a run planned to fit, said before it starts;
     * without minutes ("make it short"), the quick version is offered with its length.
     */
    record TimeBudget(Optional<Integer> minutes) implements Ask {
        public TimeBudget {
            java.util.Objects.requireNonNull(minutes, "minutes");
            if (minutes.isPresent() && minutes.get() < 1) {
                throw new IllegalArgumentException("minutes are positive, got " + minutes.get());
            }
        }
    }

    /** A pace request whose pace was not understood. */
    record MissingPace() implements Ask {
    }

    /** "Remind me every day at seven a.m.": confirmed with the user before anything is set. */
    record ReminderAt(java.time.LocalTime time) implements Ask {
    }

    /** A daily reminder was asked for; the skill has already done what it could. */
    record Reminder(ReminderOutcome outcome) implements Ask {
    }
}
