package com.backstretches.routine;

/** How a stretch uses the two sides of the body. */
public enum SideMode {
    /** Symmetric: no sides at all. */
    NONE,
    /** Every set on one side, then every set on the other (the article's "then switch sides"). */
    EACH,
    /** Both sides within each set, one rep to each side in turn (wag tail). */
    ALTERNATING
}
