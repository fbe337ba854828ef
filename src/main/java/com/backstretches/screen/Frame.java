package com.backstretches.screen;

/**
 * A stretch of a spoken turn, in milliseconds from its first word, and what the screen shows during
 * it: the pose (an index into the stretch's poses) and, during a hold, its length in seconds (0: no hold).
 */
public record Frame(long fromMillis, long toMillis, int holdSeconds, int pose) {

    /** The end of the last frame: the screen keeps its final look until the next response replaces it. */
    public static final long FOREVER = 24L * 60 * 60 * 1000;

    public Frame {
        if (fromMillis < 0 || toMillis <= fromMillis || toMillis > FOREVER) {
            throw new IllegalArgumentException("frame " + fromMillis + "-" + toMillis + " ms");
        }
        if (holdSeconds < 0 || pose < 0) {
            throw new IllegalArgumentException("hold " + holdSeconds + " s, pose " + pose);
        }
    }

    public boolean isHold() {
        return holdSeconds > 0;
    }
}
