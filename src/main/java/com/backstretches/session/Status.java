package com.backstretches.session;

/** Where the user is in the routine as a whole. */
public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    FINISHED
}
