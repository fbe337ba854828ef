package com.backstretches.coach;

import com.backstretches.session.Move;

/**
 * How the current set is being spoken: how the user arrived ({@code lead}), whether its setup is in
 * full, and which part of a set spoken over several turns they are on (0-based). Kept so that the
 * next part is worded from the same plan as the first.
 */
public record TurnState(Move lead, boolean fullSetup, int part) {

    public TurnState {
        if (part < 0) {
            throw new IllegalArgumentException("part is 0-based, got " + part);
        }
    }

    TurnState atPart(int newPart) {
        return new TurnState(lead, fullSetup, newPart);
    }
}
