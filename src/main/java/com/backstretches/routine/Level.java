package com.backstretches.routine;

/** How hard a stretch is made; every stretch has EASIER and STANDARD, some have HARDER. */
public enum Level {
    EASIER("easier"),
    STANDARD("standard"),
    HARDER("harder");

    private final String spoken;

    Level(String spoken) {
        this.spoken = spoken;
    }

    public String spoken() {
        return spoken;
    }

    public boolean isStandard() {
        return this == STANDARD;
    }
}
