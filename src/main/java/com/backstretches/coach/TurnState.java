package com.backstretches.coach;

import com.backstretches.session.Move;
import com.backstretches.session.Pace;

/**
 * How the current set is being spoken: how the user arrived ({@code lead}), whether its setup is in
 * full, which part of a set spoken over several turns they are on (0-based), and the hold time its
 * plan was written for, and its pace. Kept so that the next part is worded from the same plan as the
 * first: a hold or pace change mid-set applies from the next set, so a set is never cut short or played twice.
 */
public record TurnState(Move lead, boolean fullSetup, int part, int holdSeconds, Pace pace) {

    public TurnState(Move lead, boolean fullSetup, int part, int holdSeconds) {
        this(lead, fullSetup, part, holdSeconds, Pace.NORMAL);
    }

    public TurnState {
        if (part < 0) {
            throw new IllegalArgumentException("part is 0-based, got " + part);
        }
    }

    TurnState atPart(int newPart) {
        return new TurnState(lead, fullSetup, newPart, holdSeconds, pace);
    }
}
