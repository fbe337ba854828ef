package com.backstretches.session;

import java.util.Optional;

/** Everything a user can ask of the routine. Stretch names are as spoken; unknown ones are answered, not thrown. */
public sealed interface Command {

    /** Begin (or begin again) at the first stretch. */
    record Start() implements Command {
    }

    /** The next set, side or stretch; after the last set, the routine is finished. */
    record Next() implements Command {
    }

    record Previous() implements Command {
    }

    /** Go to the first set of the following stretch. */
    record SkipStretch() implements Command {
    }

    /** Do the current set again. */
    record RepeatSet() implements Command {
    }

    /** Restart the set that was interrupted. */
    record Resume() implements Command {
    }

    record StartOver() implements Command {
    }

    /** Begin the quick version: one set of each stretch, from the first. */
    record StartQuick() implements Command {
    }

    /** Start a run planned to fit the time the user has, from the first stretch. */
    record StartPlan(RoutineLength length) implements Command {
        public StartPlan {
            java.util.Objects.requireNonNull(length, "length");
        }
    }

    /** Count the reps more slowly, or more quickly, or at the usual pace. */
    record Slower() implements Command {
    }

    record Faster() implements Command {
    }

    record NormalPace() implements Command {
    }

    record GoTo(String stretchName) implements Command {
    }

    /** One step easier (harder to standard, standard to easier) for the named or current stretch. */
    record Easier(Optional<String> stretchName) implements Command {
    }

    /** One step harder (easier to standard, standard to harder). */
    record Harder(Optional<String> stretchName) implements Command {
    }

    record Standard(Optional<String> stretchName) implements Command {
    }

    record SetHoldTime(int seconds) implements Command {
    }

    record LongerHolds() implements Command {
    }

    record ShorterHolds() implements Command {
    }

    /** "Where am I", "how many are left", "what's next". */
    record WhereAmI() implements Command {
    }
}
