package com.backstretches.routine;

import java.util.List;
import java.util.Map;

/**
 * One version of a stretch. {@code setup} gets the user into position and {@code movement} explains
 * the motion, both spoken in full the first time; {@code reminder} replaces them afterwards;
 * {@code change} says what differs when the user switches to this version. {@code cycleCues}, by
 * timed hold name, replaces the cycle's own cues where this version moves differently.
 */
public record Version(Level level, List<String> setup, List<String> movement, String reminder, String change,
        Map<String, List<String>> cycleCues) {

    public Version(Level level, List<String> setup, List<String> movement, String reminder, String change) {
        this(level, setup, movement, reminder, change, Map.of());
    }

    public Version {
        setup = List.copyOf(setup);
        movement = List.copyOf(movement);
        cycleCues = Map.copyOf(cycleCues);
    }

    /** The cue for a 1-based round of this timed hold, in this version's words where it has its own. */
    public String cue(TimedHold hold, int round) {
        List<String> own = cycleCues.get(hold.name());
        return own == null || own.isEmpty() ? hold.cue(round) : own.get(Math.floorMod(round - 1, own.size()));
    }
}
