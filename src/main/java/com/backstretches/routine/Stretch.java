package com.backstretches.routine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stretch of the routine, its dose and its versions. {@code switchSeconds} is how long changing
 * sides takes (a stretch done on each side); 0 for the others.
 */
public record Stretch(
        String id,
        String name,
        List<String> alsoCalled,
        String targets,
        SideMode sides,
        Dose dose,
        Optional<Rhythm> rhythm,
        String holdCue,
        int switchSeconds,
        Map<Level, Version> versions) {

    public Stretch(String id, String name, List<String> alsoCalled, String targets, SideMode sides, Dose dose,
            Optional<Rhythm> rhythm, String holdCue, Map<Level, Version> versions) {
        this(id, name, alsoCalled, targets, sides, dose, rhythm, holdCue, 0, versions);
    }

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

    /** The same stretch with another dose: a shorter plan of the routine does less of it. */
    public Stretch withDose(Dose newDose) {
        return new Stretch(id, name, alsoCalled, targets, sides, newDose, rhythm, holdCue, switchSeconds, versions);
    }

    public boolean hasSides() {
        return sides == SideMode.EACH;
    }
}
