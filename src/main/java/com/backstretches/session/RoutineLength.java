package com.backstretches.session;

import com.backstretches.routine.Cycle;
import com.backstretches.routine.Dose;
import com.backstretches.routine.Stretch;
import java.util.Optional;

/**
 * How much of the routine this run does: the whole routine, the quick version (one set of each
 * stretch), or a plan fitted to the minutes a person has. Each field is a ceiling on the routine's
 * own dose, 0 meaning none: sets of each stretch (on each side), hold seconds, reps, and rounds of
 * a cycle. {@code minutes} is the time the plan was made for (0: not planned to a time). The six
 * stretches and their order never change.
 */
public record RoutineLength(int sets, int holdSeconds, int reps, int rounds, int minutes) {

    public static final RoutineLength FULL = new RoutineLength(0, 0, 0, 0, 0);
    public static final RoutineLength QUICK = new RoutineLength(1, 0, 0, 0, 0);

    private static final String PLAN = "PLAN";

    public RoutineLength {
        if (sets < 0 || reps < 0 || rounds < 0 || minutes < 0) {
            throw new IllegalArgumentException("a routine length is never negative");
        }
        if (holdSeconds != 0 && !HoldTime.isValid(holdSeconds)) {
            throw new IllegalArgumentException("a plan's holds stay within " + HoldTime.MIN + "-" + HoldTime.MAX + " s, got " + holdSeconds);
        }
    }

    /** A plan made for {@code minutes}. */
    public static RoutineLength planned(int minutes, int sets, int holdSeconds, int reps, int rounds) {
        return new RoutineLength(sets, holdSeconds, reps, rounds, minutes);
    }

    public boolean isFull() {
        return equals(FULL);
    }

    public boolean isQuick() {
        return equals(QUICK);
    }

    /** Sets of this stretch (on each side) in this run. */
    public int setsOf(Stretch stretch) {
        return setsFrom(stretch.dose().sets());
    }

    /** Of a stretch's {@code sets}, how many this run does. */
    public int setsFrom(int setsOfTheRoutine) {
        return cap(setsOfTheRoutine, sets);
    }

    public int repsFrom(int repsOfTheRoutine) {
        return cap(repsOfTheRoutine, reps);
    }

    public int roundsFrom(int roundsOfTheRoutine) {
        return cap(roundsOfTheRoutine, rounds);
    }

    /** The hold a user with this preference gets in this run. */
    public int holdFor(int preferredSeconds) {
        return cap(preferredSeconds, holdSeconds);
    }

    /** The stretch as this run does it: its dose cut down to the run's ceilings. */
    public Stretch applyTo(Stretch stretch) {
        if (isFull()) {
            return stretch;
        }
        Dose d = stretch.dose();
        Optional<Cycle> cycle = d.cycle().map(c -> new Cycle(roundsFrom(c.times()), c.holds()));
        return stretch.withDose(new Dose(setsOf(stretch), repsFrom(d.reps()), d.hold(), cycle));
    }

    /** The same run with the user's own hold time in charge: they chose it after the plan was made. */
    public RoutineLength withoutHoldCeiling() {
        return new RoutineLength(sets, 0, reps, rounds, minutes);
    }

    /** The name stored with a profile and in the session: FULL, QUICK, or PLAN:minutes:sets:hold:reps:rounds. */
    public String name() {
        if (isFull()) {
            return "FULL";
        }
        if (isQuick()) {
            return "QUICK";
        }
        return String.join(":", PLAN, String.valueOf(minutes), String.valueOf(sets), String.valueOf(holdSeconds),
                String.valueOf(reps), String.valueOf(rounds));
    }

    /** Reads a stored name back; throws IllegalArgumentException for anything {@link #name()} never writes. */
    public static RoutineLength valueOf(String name) {
        if ("FULL".equals(name)) {
            return FULL;
        }
        if ("QUICK".equals(name)) {
            return QUICK;
        }
        String[] parts = name == null ? new String[0] : name.split(":", -1);
        if (parts.length != 6 || !PLAN.equals(parts[0])) {
            throw new IllegalArgumentException("not a routine length: " + name);
        }
        try {
            return new RoutineLength(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]),
                    Integer.parseInt(parts[5]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a routine length: " + name, e);
        }
    }

    /** Reads a stored name back, or empty for a value this version cannot read. */
    public static Optional<RoutineLength> parse(String name) {
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int cap(int value, int ceiling) {
        return ceiling == 0 ? value : Math.min(value, ceiling);
    }

    @Override
    public String toString() {
        return name();
    }
}
