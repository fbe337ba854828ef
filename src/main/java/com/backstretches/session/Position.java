package com.backstretches.session;

import com.backstretches.routine.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a user is and what they chose: the step they are at (the first step before they start, the
 * last after they finish), the version chosen for each stretch (absent means standard), the hold
 * time, the counting pace, and whether this run is the whole routine or the quick version.
 * Everything a user would expect to find again tomorrow.
 */
public record Position(Status status, Step step, Map<String, Level> versions, int holdSeconds, Pace pace, RoutineLength length) {

    /** A full-length run at the normal pace. */
    public Position(Status status, Step step, Map<String, Level> versions, int holdSeconds) {
        this(status, step, versions, holdSeconds, Pace.NORMAL, RoutineLength.FULL);
    }

    public Position {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(length, "length");
        versions = Map.copyOf(versions);
        if (!HoldTime.isValid(holdSeconds)) {
            throw new IllegalArgumentException("hold time " + holdSeconds + " s is outside " + HoldTime.MIN + "-" + HoldTime.MAX);
        }
    }

    public Level levelOf(String stretchId) {
        return versions.getOrDefault(stretchId, Level.STANDARD);
    }

    Position with(Status newStatus, Step newStep) {
        return new Position(newStatus, newStep, versions, holdSeconds, pace, length);
    }

    Position with(Status newStatus, Step newStep, RoutineLength newLength) {
        return new Position(newStatus, newStep, versions, holdSeconds, pace, newLength);
    }

    Position withPace(Pace newPace) {
        return new Position(status, step, versions, holdSeconds, newPace, length);
    }

    Position withLevel(String stretchId, Level level) {
        Map<String, Level> copy = new HashMap<>(versions);
        if (level == Level.STANDARD) {
            copy.remove(stretchId);
        } else {
            copy.put(stretchId, level);
        }
        return new Position(status, step, copy, holdSeconds, pace, length);
    }

    Position withLength(RoutineLength newLength) {
        return new Position(status, step, versions, holdSeconds, pace, newLength);
    }

    Position withHoldSeconds(int seconds) {
        return new Position(status, step, versions, seconds, pace, length);
    }
}
