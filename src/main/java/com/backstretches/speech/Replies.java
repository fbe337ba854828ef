package com.backstretches.speech;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.SideMode;
import com.backstretches.routine.Stretch;
import com.backstretches.routine.Version;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Pace;
import com.backstretches.session.Progress;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import java.util.Optional;

/** Words every reply that is not a set: the end of the routine, changes of settings, summaries, refusals. */
public final class Replies {

    private final Routine routine;
    private final Phrases phrases;

    public Replies(Routine routine, Words words) {
        this.routine = routine;
        this.phrases = new Phrases(words);
    }

    public Spoken finished() {
        return finished(0);
    }

    /** The end of the routine; {@code daysInARow} is mentioned from two days on, and never nags below that. */
    public Spoken finished(int daysInARow) {
        return new Spoken(Script.say(phrases.finished(routine.stretches().size(), daysInARow)), Script.empty());
    }

    public Spoken paceChanged(Pace from, Pace to, Status status) {
        Script.Builder b = Script.builder().say(phrases.paceChanged(from, to));
        if (status == Status.IN_PROGRESS && from != to) {
            b.say(phrases.holdAppliesNext());
        }
        return withCarryOn(b, status);
    }

    public Spoken holdChanged(int seconds, HoldTime.Clamp clamp, Status status) {
        Script.Builder b = Script.builder().say(phrases.holdChanged(seconds, clamp));
        if (status == Status.IN_PROGRESS) {
            b.say(phrases.holdAppliesNext());
        }
        return withCarryOn(b, status);
    }

    public Spoken versionNoted(Stretch stretch, Level level, Status status) {
        return withCarryOn(Script.builder().say(phrases.versionNoted(stretch.name(), level)), status);
    }

    /** {@code within}: where the last part spoken left the person in the set, when a set is under way this session. */
    public Spoken whereAmI(Progress p, Optional<TurnWriter.PartEnd> within) {
        int count = p.stretchCount();
        Script.Builder b = Script.builder();
        switch (p.status()) {
            case NOT_STARTED -> b.say(phrases.whereNotStarted(count));
            case FINISHED -> b.say(phrases.whereFinished(count));
            case IN_PROGRESS -> {
                b.say(phrases.whereInProgress(p.stretchNumber(), count, p.stretchName(),
                        phrases.sideAndSet(p.side(), p.set(), p.setsOnThisSide())));
                within.flatMap(phrases::withinSet).ifPresent(b::say);
                b.say(phrases.whatsLeft(p.stretchesAfterThis(), p.nextStretchName().orElse("")));
            }
        }
        return withCarryOn(b, p.status());
    }

    public Spoken notPossible(Reason reason, Optional<Stretch> stretch, Level level, Status status) {
        Script.Builder b = Script.builder()
                .say(phrases.notPossible(reason, stretch.map(Stretch::name).orElse(phrases.anyStretch()), level));
        if (reason == Reason.UNKNOWN_STRETCH) {
            b.say(phrases.stretchList(routine.stretches().stream().map(Stretch::name).toList()));
        }
        return withCarryOn(b, status);
    }

    /** How to do a stretch, in full, at the user's version; {@code side} is the one they're on, if any. */
    public Spoken describe(Stretch stretch, Level level, Side side, Status status) {
        Version version = stretch.version(level);
        // A stretch done on each side is described on the side in hand, or on the side it starts with.
        Side shown = stretch.sides() == SideMode.EACH && side == Side.NONE ? Side.LEFT : side;
        Script.Builder b = Script.builder().say(phrases.describing(stretch.name(), level));
        version.setup().forEach(line -> b.say(phrases.fill(line, shown)));
        version.movement().forEach(line -> b.say(phrases.fill(line, shown)));
        return withCarryOn(b, status);
    }

    private Spoken withCarryOn(Script.Builder b, Status status) {
        String carryOn = phrases.carryOn(status);
        return new Spoken(b.say(carryOn).build(), Script.say(carryOn));
    }
}
