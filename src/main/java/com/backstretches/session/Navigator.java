package com.backstretches.session;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Outcome.Coach;
import com.backstretches.session.Outcome.Finished;
import com.backstretches.session.Outcome.HoldChanged;
import com.backstretches.session.Outcome.NotPossible;
import com.backstretches.session.Outcome.PaceChanged;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Outcome.Summary;
import com.backstretches.session.Outcome.VersionChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routine's order and the user's moves through it. Pure and total: every command from every
 * valid position gives a valid position, or says why it is not possible there.
 */
public final class Navigator {

    private final Routine routine;
    /** Steps by the run's ceiling on sets: nothing else about a run changes which steps it has. */
    private final Map<Integer, List<Step>> stepsBySets = new ConcurrentHashMap<>();

    public Navigator(Routine routine) {
        this.routine = routine;
        steps(RoutineLength.FULL);
        steps(RoutineLength.QUICK);
    }

    /** Every set in order: all sets of a side before the other side, all of a stretch before the next. */
    static List<Step> stepsOf(Routine routine, RoutineLength length) {
        List<Step> steps = new ArrayList<>();
        for (Stretch stretch : routine.stretches()) {
            List<Side> sides = stretch.hasSides() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
            for (Side side : sides) {
                for (int set = 1; set <= setsOf(stretch, length); set++) {
                    steps.add(new Step(stretch.id(), side, set));
                }
            }
        }
        return steps;
    }

    /** The quick version does one set of each stretch (on each side); a plan may do fewer sets too. */
    public static int setsOf(Stretch stretch, RoutineLength length) {
        return length.setsOf(stretch);
    }

    public Routine routine() {
        return routine;
    }

    /** The full routine's steps. */
    public List<Step> steps() {
        return steps(RoutineLength.FULL);
    }

    public List<Step> steps(RoutineLength length) {
        return stepsBySets.computeIfAbsent(length.sets(), sets -> List.copyOf(stepsOf(routine, new RoutineLength(sets, 0, 0, 0, 0))));
    }

    public Position fresh() {
        return new Position(Status.NOT_STARTED, first(RoutineLength.FULL), Map.of(), HoldTime.DEFAULT);
    }

    public boolean isValid(Position p) {
        if (p == null || !steps(p.length()).contains(p.step())) {
            return false;
        }
        boolean versionsOk = p.versions().entrySet().stream().allMatch(e -> routine.byId(e.getKey())
                .map(s -> s.has(e.getValue()) && e.getValue() != Level.STANDARD).orElse(false));
        boolean stepMatchesStatus = switch (p.status()) {
            case NOT_STARTED -> p.step().equals(first(p.length()));
            case FINISHED -> p.step().equals(last(p.length()));
            case IN_PROGRESS -> true;
        };
        return versionsOk && stepMatchesStatus && HoldTime.isValid(p.holdSeconds());
    }

    /** Where the step is in the full routine (the quick version's steps are all in it). */
    public int indexOf(Step step) {
        return indexOf(step, RoutineLength.FULL);
    }

    int indexOf(Step step, RoutineLength length) {
        int i = steps(length).indexOf(step);
        if (i < 0) {
            throw new IllegalArgumentException("not a step of this routine: " + step);
        }
        return i;
    }

    /** The step after this one in the full routine, or empty after the last. */
    public Optional<Step> after(Step step) {
        return after(step, RoutineLength.FULL);
    }

    public Optional<Step> after(Step step, RoutineLength length) {
        List<Step> steps = steps(length);
        int i = indexOf(step, length) + 1;
        return i < steps.size() ? Optional.of(steps.get(i)) : Optional.empty();
    }

    public Stretch stretchOf(Step step) {
        return routine.stretch(step.stretchId());
    }

    public Outcome apply(Position p, Command command) {
        // Java 17 has no pattern switch; Command is sealed, so this chain covers every case.
        if (command instanceof Command.Start) {
            return coach(p.with(Status.IN_PROGRESS, first(RoutineLength.FULL), RoutineLength.FULL), Move.STARTED);
        } else if (command instanceof Command.StartQuick) {
            return coach(p.with(Status.IN_PROGRESS, first(RoutineLength.QUICK), RoutineLength.QUICK), Move.STARTED);
        } else if (command instanceof Command.StartPlan plan) {
            return coach(p.with(Status.IN_PROGRESS, first(plan.length()), plan.length()), Move.STARTED);
        } else if (command instanceof Command.StartOver) {
            return coach(p.with(Status.IN_PROGRESS, first(p.length())), Move.STARTED_OVER);
        } else if (command instanceof Command.Next) {
            return next(p);
        } else if (command instanceof Command.Previous) {
            return previous(p);
        } else if (command instanceof Command.SkipStretch) {
            return skip(p);
        } else if (command instanceof Command.RepeatSet) {
            return again(p, Move.REPEATED);
        } else if (command instanceof Command.Resume) {
            return p.status() == Status.NOT_STARTED
                    ? coach(p.with(Status.IN_PROGRESS, first(p.length())), Move.STARTED)
                    : again(p, Move.RESUMED);
        } else if (command instanceof Command.GoTo g) {
            return routine.byName(g.stretchName())
                    .map(s -> coach(p.with(Status.IN_PROGRESS, firstOf(s, p.length())), Move.WENT_TO))
                    .orElseGet(() -> notPossible(p, Reason.UNKNOWN_STRETCH));
        } else if (command instanceof Command.Easier e) {
            return changeLevel(p, e.stretchName(), Direction.DOWN);
        } else if (command instanceof Command.Harder h) {
            return changeLevel(p, h.stretchName(), Direction.UP);
        } else if (command instanceof Command.Standard s) {
            return changeLevel(p, s.stretchName(), Direction.TO_STANDARD);
        } else if (command instanceof Command.SetHoldTime h) {
            return hold(p, h.seconds());
        } else if (command instanceof Command.LongerHolds) {
            return hold(p, p.holdSeconds() + HoldTime.STEP);
        } else if (command instanceof Command.ShorterHolds) {
            return hold(p, p.holdSeconds() - HoldTime.STEP);
        } else if (command instanceof Command.Slower) {
            return pace(p, p.pace().slower());
        } else if (command instanceof Command.Faster) {
            return pace(p, p.pace().faster());
        } else if (command instanceof Command.NormalPace) {
            return pace(p, Pace.NORMAL);
        } else if (command instanceof Command.WhereAmI) {
            return new Outcome(p, new Summary(progress(p)));
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    public Progress progress(Position p) {
        Step step = p.step();
        Stretch stretch = stretchOf(step);
        int number = routine.numberOf(stretch.id());
        int count = routine.stretches().size();
        Optional<String> next = number < count ? Optional.of(routine.stretches().get(number).name()) : Optional.empty();
        return new Progress(p.status(), number, count, stretch.name(), step.side(), step.set(),
                setsOf(stretch, p.length()), count - number, next);
    }

    private Outcome next(Position p) {
        return switch (p.status()) {
            case NOT_STARTED -> coach(p.with(Status.IN_PROGRESS, first(p.length())), Move.STARTED);
            case FINISHED -> notPossible(p, Reason.ALREADY_FINISHED);
            case IN_PROGRESS -> after(p.step(), p.length())
                    .map(s -> coach(p.with(Status.IN_PROGRESS, s), moveBetween(p.step(), s)))
                    .orElseGet(() -> finished(p));
        };
    }

    private Outcome previous(Position p) {
        return switch (p.status()) {
            case NOT_STARTED -> notPossible(p, Reason.AT_START);
            case FINISHED -> coach(p.with(Status.IN_PROGRESS, last(p.length())), Move.PREVIOUS);
            case IN_PROGRESS -> {
                int i = indexOf(p.step(), p.length());
                yield i == 0 ? notPossible(p, Reason.AT_START)
                        : coach(p.with(Status.IN_PROGRESS, steps(p.length()).get(i - 1)), Move.PREVIOUS);
            }
        };
    }

    private Outcome skip(Position p) {
        if (p.status() == Status.FINISHED) {
            return notPossible(p, Reason.ALREADY_FINISHED);
        }
        int number = routine.numberOf(p.step().stretchId());
        if (number == routine.stretches().size()) {
            return finished(p);
        }
        return coach(p.with(Status.IN_PROGRESS, firstOf(routine.stretches().get(number), p.length())), Move.SKIPPED);
    }

    private Outcome again(Position p, Move move) {
        return switch (p.status()) {
            case NOT_STARTED -> notPossible(p, Reason.NOT_STARTED);
            case FINISHED -> notPossible(p, Reason.ALREADY_FINISHED);
            case IN_PROGRESS -> coach(p, move);
        };
    }

    private enum Direction { DOWN, UP, TO_STANDARD }

    private Outcome changeLevel(Position p, Optional<String> stretchName, Direction direction) {
        Optional<Stretch> target;
        if (stretchName.isPresent() && !stretchName.get().isBlank()) {
            target = routine.byName(stretchName.get());
            if (target.isEmpty()) {
                return notPossible(p, Reason.UNKNOWN_STRETCH);
            }
        } else if (p.status() == Status.FINISHED) {
            return notPossible(p, Reason.NO_CURRENT_STRETCH);
        } else {
            target = Optional.of(stretchOf(p.step()));
        }
        Stretch stretch = target.get();
        Level from = p.levelOf(stretch.id());
        Optional<Level> to = switch (direction) {
            case DOWN -> from == Level.HARDER ? Optional.of(Level.STANDARD) : from == Level.STANDARD ? Optional.of(Level.EASIER) : Optional.empty();
            case UP -> from == Level.EASIER ? Optional.of(Level.STANDARD) : from == Level.STANDARD ? Optional.of(Level.HARDER) : Optional.empty();
            case TO_STANDARD -> from == Level.STANDARD ? Optional.empty() : Optional.of(Level.STANDARD);
        };
        if (to.isEmpty() || !stretch.has(to.get())) {
            Reason reason = switch (direction) {
                case DOWN -> Reason.NO_EASIER_VERSION;
                case UP -> Reason.NO_HARDER_VERSION;
                case TO_STANDARD -> Reason.ALREADY_STANDARD;
            };
            return new Outcome(p, new NotPossible(reason, Optional.of(stretch.id())));
        }
        boolean current = p.status() == Status.IN_PROGRESS && p.step().stretchId().equals(stretch.id());
        return new Outcome(p.withLevel(stretch.id(), to.get()), new VersionChanged(stretch.id(), from, to.get(), current));
    }

    private Outcome hold(Position p, int requested) {
        HoldTime.Choice choice = HoldTime.choose(requested);
        // A hold chosen now outranks the one a plan picked to fit the time.
        Position chosen = p.withHoldSeconds(choice.seconds()).withLength(p.length().withoutHoldCeiling());
        return new Outcome(chosen, new HoldChanged(choice.seconds(), choice.clamp()));
    }

    private static Outcome pace(Position p, Pace to) {
        return new Outcome(p.withPace(to), new PaceChanged(p.pace(), to));
    }

    private Move moveBetween(Step from, Step to) {
        if (!from.stretchId().equals(to.stretchId())) {
            return Move.NEXT_STRETCH;
        }
        return from.side() == to.side() ? Move.NEXT_SET : Move.OTHER_SIDE;
    }

    private Outcome finished(Position p) {
        return new Outcome(p.with(Status.FINISHED, last(p.length())), new Finished());
    }

    private static Outcome coach(Position p, Move move) {
        return new Outcome(p, new Coach(move));
    }

    private static Outcome notPossible(Position p, Reason reason) {
        return new Outcome(p, new NotPossible(reason));
    }

    private Step first(RoutineLength length) {
        return steps(length).get(0);
    }

    private Step last(RoutineLength length) {
        List<Step> steps = steps(length);
        return steps.get(steps.size() - 1);
    }

    private Step firstOf(Stretch stretch, RoutineLength length) {
        return steps(length).stream().filter(s -> s.stretchId().equals(stretch.id())).findFirst().orElseThrow();
    }
}
