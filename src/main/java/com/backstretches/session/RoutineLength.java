package com.backstretches.session;

/** The whole routine, or the quick version: one set of each stretch (each side where it has two). */
public enum RoutineLength {
    FULL,
    QUICK
}
