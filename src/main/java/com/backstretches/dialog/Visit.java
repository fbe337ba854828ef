package com.backstretches.dialog;

/**
 * What the skill knows about this visit before anything is said: a user new to the routine hears
 * the full welcome; one who finished today is offered another round; one who has been away more
 * than a day is offered a fresh start first.
 */
public record Visit(boolean newUser, boolean finishedToday, boolean longAway) {

    public static Visit firstEver() {
        return new Visit(true, false, false);
    }
}
