package com.backstretches.session;

import java.util.Objects;

/** One set of one stretch on one side: the unit a user is "at", saved and resumed. {@code set} is 1-based. */
public record Step(String stretchId, Side side, int set) {

    public Step {
        Objects.requireNonNull(stretchId, "stretchId");
        Objects.requireNonNull(side, "side");
        if (set < 1) {
            throw new IllegalArgumentException("set is 1-based, got " + set);
        }
    }
}
