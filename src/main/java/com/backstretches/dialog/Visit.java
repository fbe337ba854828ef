package com.backstretches.dialog;

import com.backstretches.practice.Streak;
import java.util.Objects;
import java.util.Set;

/**
 * What the skill knows about this visit before anything is said: a user new to the routine hears
 * the full welcome; one who finished today is offered another round; one who has been away more
 * than a day is offered a fresh start first. {@code streak} is their practice record as of today;
 * {@code readyForStandard} the stretches they have done at the easier version in several recent
 * sessions, which may be offered at the standard version once.
 */
public record Visit(boolean newUser, boolean longAway, Streak streak, Set<String> readyForStandard) {

    /** A visit known only by whether today's routine is done (a one-day record if it is). */
    public Visit(boolean newUser, boolean finishedToday, boolean longAway) {
        this(newUser, longAway, finishedToday ? Streak.NONE.afterFinishingToday() : Streak.NONE, Set.of());
    }

    public Visit {
        Objects.requireNonNull(streak, "streak");
        readyForStandard = Set.copyOf(readyForStandard);
    }

    public static Visit firstEver() {
        return new Visit(true, false, false);
    }

    /** This visit once the routine has been finished today. */
    Visit finishedNow() {
        return new Visit(newUser, longAway, streak.afterFinishingToday(), readyForStandard);
    }

    public boolean finishedToday() {
        return streak.doneToday();
    }
}
