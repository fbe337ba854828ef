package com.backstretches.coach;

import com.backstretches.routine.Cycle;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Plans a run to fit the minutes a person has. The six stretches stay, in order; the dose shrinks
 * in a fixed order until the planned audio fits: fewer sets (3, 2, 1, each side kept), then
 * shorter holds in steps of five seconds down to the article's thirty, then fewer reps and
 * A-frame rounds together, one at a time, to floors of {@value #MIN_REPS} reps and
 * {@value #MIN_ROUNDS} rounds. Each step plays no longer than the one before it, so the first
 * that fits is the one that uses the most of the time. The length is the coach's own plan of
 * every turn at the user's hold time, pace and versions, so a plan keeps the time it states.
 */
public final class Planner {

    public static final int MIN_REPS = 5;
    public static final int MIN_ROUNDS = 3;
    static final int HOLD_STEP = 5;

    private final Coach coach;
    private final int mostSets;
    private final int mostReps;
    private final int mostRounds;
    private final String cycleName;

    public Planner(Coach coach) {
        this.coach = coach;
        Routine routine = coach.navigator().routine();
        this.mostSets = routine.stretches().stream().mapToInt(s -> s.dose().sets()).max().orElse(1);
        this.mostReps = routine.stretches().stream().mapToInt(s -> s.dose().reps()).max().orElse(0);
        this.mostRounds = routine.stretches().stream().map(Stretch::dose)
                .flatMap(d -> d.cycle().stream()).mapToInt(Cycle::times).max().orElse(0);
        this.cycleName = routine.stretches().stream().filter(s -> s.dose().cycle().isPresent()).map(Stretch::name).findFirst().orElse("");
    }

    /**
     * What a plan does against the whole routine, for saying it: sets, reps and cycle rounds as
     * planned beside the routine's own most, and the hold a user with this preference gets.
     */
    public record Cuts(int sets, int mostSets, int holdSeconds, int reps, int mostReps, int rounds, int mostRounds, String cycleName) {
    }

    public Cuts cuts(RoutineLength plan, int preferredHold) {
        return new Cuts(plan.setsFrom(mostSets), mostSets, plan.holdFor(preferredHold), plan.repsFrom(mostReps), mostReps,
                plan.roundsFrom(mostRounds), mostRounds, cycleName);
    }

    /** What fits: the whole routine, a shorter plan, or nothing, in which case the shortest there is. */
    public enum Fit { WHOLE_ROUTINE, PLANNED, SHORTEST }

    /** A plan and how long it plays, as planned. */
    public record Plan(RoutineLength length, Duration planned, Fit fit) {
    }

    /** The longest run that plays within {@code minutes} for someone with these settings. */
    public Plan plan(int minutes, Position settings, boolean newUser) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be positive, got " + minutes);
        }
        Duration available = Duration.ofMinutes(minutes);
        List<RoutineLength> steps = shrinking(minutes, settings.holdSeconds());
        Map<Integer, Duration> planned = new HashMap<>();
        IntFunction<Duration> lengthAt = i -> planned.computeIfAbsent(i, k -> length(steps.get(k), settings, newUser));
        int last = steps.size() - 1;
        if (lengthAt.apply(last).compareTo(available) > 0) {
            return new Plan(steps.get(last), lengthAt.apply(last), Fit.SHORTEST);
        }
        // Lengths never grow along the steps, so the first that fits is found by halving; the last always fits here.
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (lengthAt.apply(mid).compareTo(available) <= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        RoutineLength chosen = steps.get(lo);
        return new Plan(chosen, lengthAt.apply(lo), chosen.isFull() ? Fit.WHOLE_ROUTINE : Fit.PLANNED);
    }

    /** How long a run plays for someone with these settings. */
    public Duration length(RoutineLength length, Position settings, boolean newUser) {
        return coach.plannedLength(settings, length, newUser);
    }

    /** Every step of the shrinking order, longest first: the whole routine, then ever smaller plans. */
    List<RoutineLength> shrinking(int minutes, int preferredHold) {
        List<RoutineLength> steps = new ArrayList<>();
        steps.add(RoutineLength.FULL);
        for (int sets = mostSets - 1; sets >= 1; sets--) {
            steps.add(RoutineLength.planned(minutes, sets, 0, 0, 0));
        }
        int hold = 0;
        for (int h = preferredHold - HOLD_STEP; h > HoldTime.MIN - HOLD_STEP; h -= HOLD_STEP) {
            hold = Math.max(HoldTime.MIN, h);
            steps.add(RoutineLength.planned(minutes, 1, hold, 0, 0));
        }
        for (int less = 1; mostReps - less >= MIN_REPS || mostRounds - less >= MIN_ROUNDS; less++) {
            int reps = mostReps == 0 ? 0 : Math.max(MIN_REPS, mostReps - less);
            int rounds = mostRounds == 0 ? 0 : Math.max(MIN_ROUNDS, mostRounds - less);
            steps.add(RoutineLength.planned(minutes, 1, hold, reps, rounds));
        }
        return List.copyOf(steps);
    }
}
