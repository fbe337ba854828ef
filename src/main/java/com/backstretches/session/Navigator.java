package com.backstretches.session;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Outcome.Coach;
import com.backstretches.session.Outcome.Finished;
import com.backstretches.session.Outcome.HoldChanged;
import com.backstretches.session.Outcome.NotPossible;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Outcome.Summary;
import com.backstretches.session.Outcome.VersionChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routine's order and the user's moves through it. Pure and total: every command from every
 * valid position gives a valid position, or says why it is not possible there.
 */
public final class Navigator {

    private final Routine routine;
    private final List<Step> steps;

    public Navigator(Routine routine) {
        this.routine = routine;
        this.steps = List.copyOf(stepsOf(routine));
    }

    /** Every set in order: all sets of a side before the other side, all of a stretch before the next. */
    static List<Step> stepsOf(Routine routine) {
        List<Step> steps = new ArrayList<>();
        for (Stretch stretch : routine.stretches()) {
            List<Side> sides = stretch.hasSides() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
            for (Side side : sides) {
                for (int set = 1; set <= stretch.dose().sets(); set++) {
                    steps.add(new Step(stretch.id(), side, set));
                }
            }
        }
        return steps;
    }

    public Routine routine() {
        return routine;
    }

    public List<Step> steps() {
        return steps;
    }

    public Position fresh() {
        return new Position(Status.NOT_STARTED, first(), Map.of(), HoldTime.DEFAULT);
    }

    public boolean isValid(Position p) {
        if (p == null || !steps.contains(p.step())) {
            return false;
        }
        boolean versionsOk = p.versions().entrySet().stream().allMatch(e -> routine.byId(e.getKey())
                .map(s -> s.has(e.getValue()) && e.getValue() != Level.STANDARD).orElse(false));
        boolean stepMatchesStatus = switch (p.status()) {
            case NOT_STARTED -> p.step().equals(first());
            case FINISHED -> p.step().equals(last());
            case IN_PROGRESS -> true;
        };
        return versionsOk && stepMatchesStatus && HoldTime.isValid(p.holdSeconds());
    }

    public int indexOf(Step step) {
        int i = steps.indexOf(step);
        if (i < 0) {
            throw new IllegalArgumentException("not a step of this routine: " + step);
        }
        return i;
    }

    /** The step after this one, or empty after the last. */
    public Optional<Step> after(Step step) {
        int i = indexOf(step) + 1;
        return i < steps.size() ? Optional.of(steps.get(i)) : Optional.empty();
    }

    public Stretch stretchOf(Step step) {
        return routine.stretch(step.stretchId());
    }

    public Outcome apply(Position p, Command command) {
        // Java 17 has no pattern switch; Command is sealed, so this chain covers every case.
        if (command instanceof Command.Start) {
            return coach(p.with(Status.IN_PROGRESS, first()), Move.STARTED);
        } else if (command instanceof Command.StartOver) {
            return coach(p.with(Status.IN_PROGRESS, first()), Move.STARTED_OVER);
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
                    ? coach(p.with(Status.IN_PROGRESS, first()), Move.STARTED)
                    : again(p, Move.RESUMED);
        } else if (command instanceof Command.GoTo g) {
            return routine.byName(g.stretchName())
                    .map(s -> coach(p.with(Status.IN_PROGRESS, firstOf(s)), Move.WENT_TO))
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
                stretch.dose().sets(), count - number, next);
    }

    private Outcome next(Position p) {
        return switch (p.status()) {
            case NOT_STARTED -> coach(p.with(Status.IN_PROGRESS, first()), Move.STARTED);
            case FINISHED -> notPossible(p, Reason.ALREADY_FINISHED);
            case IN_PROGRESS -> after(p.step())
                    .map(s -> coach(p.with(Status.IN_PROGRESS, s), moveBetween(p.step(), s)))
                    .orElseGet(() -> finished(p));
        };
    }

    private Outcome previous(Position p) {
        return switch (p.status()) {
            case NOT_STARTED -> notPossible(p, Reason.AT_START);
            case FINISHED -> coach(p.with(Status.IN_PROGRESS, last()), Move.PREVIOUS);
            case IN_PROGRESS -> {
                int i = indexOf(p.step());
                yield i == 0 ? notPossible(p, Reason.AT_START) : coach(p.with(Status.IN_PROGRESS, steps.get(i - 1)), Move.PREVIOUS);
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
        return coach(p.with(Status.IN_PROGRESS, firstOf(routine.stretches().get(number))), Move.SKIPPED);
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
        return new Outcome(p.withHoldSeconds(choice.seconds()), new HoldChanged(choice.seconds(), choice.clamp()));
    }

    private Move moveBetween(Step from, Step to) {
        if (!from.stretchId().equals(to.stretchId())) {
            return Move.NEXT_STRETCH;
        }
        return from.side() == to.side() ? Move.NEXT_SET : Move.OTHER_SIDE;
    }

    private Outcome finished(Position p) {
        return new Outcome(p.with(Status.FINISHED, last()), new Finished());
    }

    private static Outcome coach(Position p, Move move) {
        return new Outcome(p, new Coach(move));
    }

    private static Outcome notPossible(Position p, Reason reason) {
        return new Outcome(p, new NotPossible(reason));
    }

    private Step first() {
        return steps.get(0);
    }

    private Step last() {
        return steps.get(steps.size() - 1);
    }

    private Step firstOf(Stretch stretch) {
        return steps.stream().filter(s -> s.stretchId().equals(stretch.id())).findFirst().orElseThrow();
    }
}
