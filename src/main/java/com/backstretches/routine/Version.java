package com.backstretches.routine;

import java.util.List;

/**
 * One version of a stretch. {@code setup} gets the user into position and {@code movement} explains
 * the motion, both spoken in full the first time; {@code reminder} replaces them afterwards;
 * {@code change} says what differs when the user switches to this version.
 */
public record Version(Level level, List<String> setup, List<String> movement, String reminder, String change) {

    public Version {
        setup = List.copyOf(setup);
        movement = List.copyOf(movement);
    }
}
