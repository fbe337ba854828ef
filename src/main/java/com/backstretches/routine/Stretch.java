package com.backstretches.routine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One stretch of the routine, its dose and its versions. */
public record Stretch(
        String id,
        String name,
        List<String> alsoCalled,
        String targets,
        SideMode sides,
        Dose dose,
        Optional<Rhythm> rhythm,
        String holdCue,
        Map<Level, Version> versions) {

    public Stretch {
        alsoCalled = List.copyOf(alsoCalled);
        versions = Map.copyOf(new EnumMap<>(versions));
    }

    public boolean has(Level level) {
        return versions.containsKey(level);
    }

    /** The version at {@code level}, or the standard one when this stretch has no such version. */
    public Version version(Level level) {
        return versions.getOrDefault(level, versions.get(Level.STANDARD));
    }

    public boolean hasSides() {
        return sides == SideMode.EACH;
    }
}
