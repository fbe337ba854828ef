package com.backstretches.session;

/** The user's hold-time preference: the article's 30 to 60 seconds, 30 unless they choose otherwise. */
public final class HoldTime {

    public static final int MIN = 30;
    public static final int MAX = 60;
    public static final int DEFAULT = 30;
    /** "Longer" / "shorter" moves by this much. */
    public static final int STEP = 15;

    private HoldTime() {
    }

    public static boolean isValid(int seconds) {
        return seconds >= MIN && seconds <= MAX;
    }

    /** Why a requested hold time was changed before it was applied; speech explains it. */
    public enum Clamp {
        NONE,
        RAISED_TO_MIN,
        LOWERED_TO_MAX
    }

    public record Choice(int seconds, Clamp clamp) {
    }

    public static Choice choose(int requested) {
        if (requested < MIN) {
            return new Choice(MIN, Clamp.RAISED_TO_MIN);
        }
        if (requested > MAX) {
            return new Choice(MAX, Clamp.LOWERED_TO_MAX);
        }
        return new Choice(requested, Clamp.NONE);
    }
}
