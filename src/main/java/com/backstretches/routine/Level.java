package com.backstretches.routine;

/** How hard a stretch is made; every stretch has EASIER and STANDARD, some have HARDER. */
public enum Level {
    EASIER("easier"),
    STANDARD("standard"),
    HARDER("harder");

    /** The version's field name in the routine file; what is said is in the message files. */
    private final String key;

    Level(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isStandard() {
        return this == STANDARD;
    }
}
