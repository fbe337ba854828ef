package com.backstretches.session;

/** How fast the rep cues are counted: the user's choice, kept like the hold time. */
public enum Pace {
    SLOWER,
    NORMAL,
    FASTER;

    public Pace slower() {
        return this == FASTER ? NORMAL : SLOWER;
    }

    public Pace faster() {
        return this == SLOWER ? NORMAL : FASTER;
    }
}
