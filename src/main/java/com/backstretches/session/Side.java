package com.backstretches.session;

/** Which side a step is done on; NONE for stretches without sides (or with sides inside each set). */
public enum Side {
    NONE,
    LEFT,
    RIGHT
}
