package com.backstretches.session;

/** Why the user arrived at a step; speech opens the turn differently for each. */
public enum Move {
    STARTED,
    NEXT_SET,
    OTHER_SIDE,
    NEXT_STRETCH,
    PREVIOUS,
    SKIPPED,
    WENT_TO,
    STARTED_OVER,
    REPEATED,
    RESUMED,
    /** The current stretch changed version, so its set starts again. */
    VERSION_CHANGED
}
