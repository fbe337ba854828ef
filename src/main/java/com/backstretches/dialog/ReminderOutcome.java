package com.backstretches.dialog;

import java.time.LocalTime;
import java.util.Objects;

/** What came of a request for a daily reminder; the skill talks to Alexa's APIs, the dialog words the result. */
public sealed interface ReminderOutcome {

    /** {@code replaced}: an earlier daily reminder of this skill was moved to the new time. */
    record Set(LocalTime time, boolean replaced) implements ReminderOutcome {
        public Set {
            Objects.requireNonNull(time, "time");
        }
    }

    /** Said just before Alexa asks the user, in its own words, for the reminders permission. */
    record AskingPermission(LocalTime time) implements ReminderOutcome {
        public AskingPermission {
            Objects.requireNonNull(time, "time");
        }
    }

    /** The user did not give the permission (said no, or nothing); a card in the Alexa app explains how. */
    record NoPermission() implements ReminderOutcome {
    }

    /** Alexa's reminders service failed or could not be reached. */
    record Failed() implements ReminderOutcome {
    }

    /** "Remind me every day" with no time, or a time that was not understood. */
    record NeedTime() implements ReminderOutcome {
    }

    /** A part of the day ("in the morning") rather than a time. */
    record VagueTime() implements ReminderOutcome {
    }

    /** A device that cannot have reminders (no Alexa API for this request). */
    record NotSupported() implements ReminderOutcome {
    }
}
