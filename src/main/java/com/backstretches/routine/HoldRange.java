package com.backstretches.routine;

/** The article's hold window for a stretch, in seconds; the user's preference is clamped into it. */
public record HoldRange(int minSeconds, int maxSeconds) {

    public HoldRange {
        if (minSeconds < Routine.MIN_HOLD_SECONDS || maxSeconds > Routine.MAX_HOLD_SECONDS || minSeconds > maxSeconds) {
            throw new IllegalArgumentException("hold range " + minSeconds + "-" + maxSeconds + " is outside "
                    + Routine.MIN_HOLD_SECONDS + "-" + Routine.MAX_HOLD_SECONDS + " s or reversed");
        }
    }

    public int clamp(int seconds) {
        return Math.max(minSeconds, Math.min(maxSeconds, seconds));
    }
}
