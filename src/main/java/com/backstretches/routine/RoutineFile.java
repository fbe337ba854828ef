package com.backstretches.routine;

import java.util.List;
import java.util.Map;

/**
 * The routine file exactly as written, every field nullable, so that the validator can name what
 * is missing instead of Jackson failing on the first gap. Field names here are the file's format.
 */
final class RoutineFile {

    private RoutineFile() {
    }

    record StretchFile(
            String id,
            String name,
            List<String> alsoCalled,
            String targets,
            String sides,
            DoseFile dose,
            RhythmFile rhythm,
            String holdCue,
            Integer switchSeconds,
            Map<String, VersionFile> versions) {
    }

    record DoseFile(Integer sets, Integer reps, HoldFile hold, CycleFile cycle) {
    }

    record HoldFile(Integer minSeconds, Integer maxSeconds) {
    }

    record CycleFile(Integer times, List<TimedHoldFile> holds) {
    }

    record TimedHoldFile(String name, Integer seconds, List<String> cues) {
    }

    record RhythmFile(String in, String out) {
    }

    record VersionFile(List<String> setup, List<String> movement, String reminder, String change, Map<String, List<String>> cycleCues) {
    }
}
