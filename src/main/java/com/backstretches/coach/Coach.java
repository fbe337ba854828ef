package com.backstretches.coach;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Command;
import com.backstretches.session.Move;
import com.backstretches.session.Navigator;
import com.backstretches.session.Outcome;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.Replies;
import com.backstretches.speech.SetRequest;
import com.backstretches.speech.SetRequest.Upcoming;
import com.backstretches.speech.Spoken;
import com.backstretches.speech.TurnWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one command: moves the position (through the navigator) and words the result (through
 * the turn writer and replies). A set spoken over several turns is stepped through here, so
 * "next" finishes the set before the navigator moves on. Pure: same state and command, same reply.
 */
public final class Coach {

    private final Navigator navigator;
    private final TurnWriter writer;
    private final Replies replies;

    public Coach(Routine routine, TurnWriter writer) {
        this.navigator = new Navigator(routine);
        this.writer = writer;
        this.replies = new Replies(routine, writer.words());
    }

    public TurnWriter writer() {
        return writer;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** How long the whole routine plays at this hold time, as planned: every part of every set, in order. */
    public Duration plannedLength(int holdSeconds) {
        return plannedLength(holdSeconds, RoutineLength.FULL, Pace.NORMAL);
    }

    public Duration plannedLength(int holdSeconds, RoutineLength length, Pace pace) {
        return plannedLength(new Position(Status.NOT_STARTED, navigator.fresh().step(), Map.of(), holdSeconds, pace, RoutineLength.FULL),
                length, false);
    }

    /** How long a run plays for someone with these settings (hold time, pace, versions), walked from its start. */
    public Duration plannedLength(Position settings, RoutineLength length, boolean newUser) {
        Position start = new Position(Status.NOT_STARTED, navigator.fresh().step(), settings.versions(), settings.holdSeconds(),
                settings.pace(), RoutineLength.FULL);
        Command begin = length.isFull() ? new Command.Start() : new Command.StartPlan(length);
        Reply reply = handle(CoachState.newSession(start, newUser), begin);
        Duration total = Duration.ZERO;
        while (reply.turn().isPresent()) {
            total = total.plus(writer.timing().planned(reply.spoken().speech()));
            reply = handle(reply.state(), new Command.Next());
        }
        return total;
    }

    public Reply handle(CoachState state, Command command) {
        Position p = state.position();
        // Within a set spoken over several turns, next and previous move between its parts.
        if (p.status() == Status.IN_PROGRESS && state.turn().isPresent()) {
            int part = state.turn().get().part();
            if (command instanceof Command.Next || command instanceof Command.Previous) {
                // Moving between parts does not change the plan, so it is written once.
                List<Spoken> parts = parts(state);
                int target = command instanceof Command.Next ? part + 1 : part - 1;
                if (target >= 0 && target < parts.size()) {
                    return partOf(state.atPart(target), parts);
                }
            }
        }
        Outcome outcome = navigator.apply(p, command);
        Position next = outcome.position();
        Outcome.Result result = outcome.result();
        if (result instanceof Outcome.Coach c) {
            return startSet(state, next, c.move());
        } else if (result instanceof Outcome.VersionChanged v) {
            return v.restartsSet()
                    ? startSet(state, next, Move.VERSION_CHANGED, gettingIntoPosition(state))
                    : say(state.at(next), replies.versionNoted(navigator.routine().stretch(v.stretchId()), v.to(), next.status()));
        } else if (result instanceof Outcome.Finished) {
            return say(state.at(next), replies.finished());
        } else if (result instanceof Outcome.PaceChanged c) {
            return say(state.at(next), replies.paceChanged(c.from(), c.to(), next.status()));
        } else if (result instanceof Outcome.HoldChanged h) {
            return say(state.at(next), replies.holdChanged(h.seconds(), h.clamp(), next.status()));
        } else if (result instanceof Outcome.Summary s) {
            Optional<TurnWriter.PartEnd> within = Optional.empty();
            if (p.status() == Status.IN_PROGRESS && state.turn().isPresent()) {
                List<TurnWriter.PartEnd> ends = writer.partEnds(request(state));
                within = Optional.of(ends.get(currentPart(state, ends.size())));
            }
            return say(state, replies.whereAmI(s.progress(), within));
        } else if (result instanceof Outcome.NotPossible n) {
            Optional<Stretch> stretch = n.stretchId().flatMap(navigator.routine()::byId);
            return say(state, replies.notPossible(n.reason(), stretch,
                    stretch.map(s -> p.levelOf(s.id())).orElse(Level.STANDARD), p.status()));
        }
        throw new IllegalArgumentException("unhandled result " + result);
    }

    private Reply startSet(CoachState state, Position position, Move move) {
        return startSet(state, position, move, false);
    }

    /** {@code setUpAgain}: the setup is said in full even if heard before, and the set waits for "ready" again. */
    private Reply startSet(CoachState state, Position position, Move move, boolean setUpAgain) {
        String stretchId = position.step().stretchId();
        boolean fullSetup = setUpAgain || !state.introduced().contains(stretchId);
        CoachState coaching = state.coaching(position, stretchId, new TurnState(move, fullSetup, 0, position.holdSeconds(), position.pace()));
        return partOf(coaching, parts(coaching));
    }

    /** Of a cycle, the rounds done before the part being spoken: 0 at its first part, or with no set being spoken. */
    public int roundsBefore(CoachState state) {
        if (state.position().status() != Status.IN_PROGRESS || state.turn().isEmpty()
                || navigator.stretchOf(state.position().step()).dose().cycle().isEmpty()) {
            return 0;
        }
        List<TurnWriter.PartEnd> ends = writer.partEnds(request(state));
        int part = currentPart(state, ends.size());
        return part == 0 ? 0 : ends.get(part - 1).roundsDone();
    }

    /** The last turn only set the person up and asked for "ready": they are still getting into position. */
    private boolean gettingIntoPosition(CoachState state) {
        if (state.position().status() != Status.IN_PROGRESS || state.turn().isEmpty()) {
            return false;
        }
        List<TurnWriter.PartEnd> ends = writer.partEnds(request(state));
        return ends.get(currentPart(state, ends.size())).inPositionOnly();
    }

    private static Reply partOf(CoachState state, List<Spoken> parts) {
        int part = currentPart(state, parts.size());
        return new Reply(state, parts.get(part), Optional.of(new TurnRef(state.position().step(), part + 1, parts.size())));
    }

    private static int currentPart(CoachState state, int parts) {
        // A hold-time change mid-set can shorten the plan; never point past its end.
        return Math.min(state.turn().map(TurnState::part).orElse(0), parts - 1);
    }

    private List<Spoken> parts(CoachState state) {
        return writer.write(request(state));
    }

    /** Only called once something has been coached this session, so the turn is there. */
    private SetRequest request(CoachState state) {
        TurnState turn = state.turn().orElseThrow();
        Position p = state.position();
        Step step = p.step();
        Routine routine = navigator.routine();
        // The stretch as this run does it: a plan may do fewer reps or rounds, and hold for less.
        Stretch stretch = p.length().applyTo(navigator.stretchOf(step));
        return new SetRequest(stretch, routine.numberOf(stretch.id()), routine.stretches().size(), step,
                p.levelOf(stretch.id()), p.length().holdFor(turn.holdSeconds()), turn.fullSetup(), state.newUser(),
                turn.lead(), upcoming(step, p.length()), navigator.indexOf(step), turn.pace(), Navigator.setsOf(stretch, p.length()),
                step.equals(firstRest(p.length())));
    }

    /** The first set of the run followed by another set of the same stretch and side: where the rest is first heard. */
    private Step firstRest(RoutineLength length) {
        List<Step> steps = navigator.steps(length);
        for (int i = 0; i + 1 < steps.size(); i++) {
            Step here = steps.get(i);
            Step after = steps.get(i + 1);
            if (here.stretchId().equals(after.stretchId()) && here.side() == after.side()) {
                return steps.get(i);
            }
        }
        return null;
    }

    private Upcoming upcoming(Step step, RoutineLength length) {
        Optional<Step> after = navigator.after(step, length);
        if (after.isEmpty()) {
            return new SetRequest.Finish();
        }
        Step next = after.get();
        if (!next.stretchId().equals(step.stretchId())) {
            Routine routine = navigator.routine();
            return new SetRequest.NextStretch(routine.numberOf(next.stretchId()), routine.stretch(next.stretchId()).name());
        }
        return next.side() == step.side() ? new SetRequest.NextSet(next.set()) : new SetRequest.OtherSide(next.side());
    }

    private static Reply say(CoachState state, Spoken spoken) {
        return new Reply(state, spoken, Optional.empty());
    }
}
