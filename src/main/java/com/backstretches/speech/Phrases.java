package com.backstretches.speech;

import com.backstretches.routine.Level;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Move;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Pace;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import java.util.List;
import java.util.Optional;

/**
 * The fixed sentences of a set and of the short replies, worded from the language's message file
 * (speech/speech*.properties). The stretch content itself lives in the routine file. Where a phrase
 * recurs there are a few wordings; {@code seed} picks one deterministically, so repeated sets sound
 * different but a test run is repeatable.
 */
final class Phrases {

    private final Words words;

    Phrases(Words words) {
        this.words = words;
    }

    Words words() {
        return words;
    }

    String number(int n) {
        return words.number(n);
    }

    String clock(java.time.LocalTime t) {
        return words.clock(t);
    }

    /** The side as a cue says it: "walk your hands to the left". */
    String side(Side side) {
        return side == Side.NONE ? "" : words.text("side." + side.name());
    }

    /** A sentence from the routine file, with its side filled in and a capital to start. */
    String fill(String text, Side side) {
        return words.capitalize(withSide(text, side));
    }

    /** Puts the side into a cue: "walk your hands to the {side}". */
    String withSide(String text, Side side) {
        return side == Side.NONE ? text : text.replace("{side}", side(side));
    }

    // ---- opening a set ----

    String lead(Move move, int seed) {
        return switch (move) {
            case STARTED -> words.pick("lead.STARTED", seed);
            case STARTED_OVER, PREVIOUS, SKIPPED, WENT_TO, REPEATED, RESUMED -> words.text("lead." + move.name());
            // The header already names the stretch, side and set for these.
            case NEXT_SET, OTHER_SIDE, NEXT_STRETCH, VERSION_CHANGED -> "";
        };
    }

    String versionSwitched(Level level, String change) {
        return words.text("versionSwitched." + level.name()) + " " + change;
    }

    String stretchHeader(int number, int count, String name) {
        return words.text("stretchHeader", "number", number, "count", count, "name", name);
    }

    String sideAndSet(Side side, int set, int sets) {
        if (side == Side.NONE) {
            return sets > 1 ? words.text("sideAndSet.set", "set", set, "sets", sets) : "";
        }
        String named = words.text("side." + side.name() + ".named");
        return sets > 1 ? words.text("sideAndSet.both", "side", named, "set", set, "sets", sets) : words.text("sideAndSet.side", "side", named);
    }

    String usingVersion(Level level) {
        return words.text("usingVersion." + level.name());
    }

    String switchSides(int seed) {
        return words.pick("switchSides", seed);
    }

    String rest(int seconds, boolean explain) {
        return words.plural(explain ? "rest.explained" : "rest", seconds, "seconds", seconds);
    }

    String moreRest(int seconds) {
        return words.text("moreRest", "seconds", seconds);
    }

    // ---- reps, holds, cycles ----

    String repsIntro(int reps, boolean alternating) {
        return words.plural(alternating ? "reps.alternating" : "reps", reps, "reps", reps);
    }

    String repIn(int rep, String in) {
        return words.text("repIn", "rep", rep, "cue", in);
    }

    String repOut(String out) {
        return words.text("repOut", "cue", out);
    }

    String remaining(int seconds, int holdSeconds, int seed) {
        if (seconds * 2 == holdSeconds && holdSeconds >= 40) {
            return words.pick("halfway", seed);
        }
        return words.pick("remaining", seed, "seconds", seconds);
    }

    String tenMore(int seed) {
        return words.pick("tenMore", seed);
    }

    String three() {
        return words.text("three");
    }

    String two() {
        return words.text("two");
    }

    String release(int seed) {
        return words.pick("release", seed);
    }

    String round(int n, String cue) {
        return words.text("round", "round", n, "cue", cue);
    }

    String moreSeconds(int seconds) {
        return words.plural("moreSeconds", seconds, "seconds", seconds);
    }

    String keepGoing(int seed) {
        return words.pick("keepGoing", seed);
    }

    // ---- closing a turn ----

    String closeNextSet(int set, int seed) {
        return words.pick("close.nextSet", seed, "set", set);
    }

    String closeOtherSide(Side side, int seed) {
        return words.pick("close.otherSide", seed, "side", words.text("side." + side.name() + ".named"));
    }

    String closeNextStretch(int number, String name, int seed) {
        return words.pick("close.nextStretch", seed, "number", number, "name", name);
    }

    String closeLastSet() {
        return words.text("close.lastSet");
    }

    String repromptAfterSet() {
        return words.text("reprompt.afterSet");
    }

    String closeInPosition() {
        return words.text("close.inPosition");
    }

    String repromptInPosition() {
        return words.text("reprompt.inPosition");
    }

    String closeMoreRounds(int seed) {
        return words.pick("close.moreRounds", seed);
    }

    String repromptMoreRounds() {
        return words.text("reprompt.moreRounds");
    }

    // ---- replies that are not a set ----

    String finished(int stretchCount, int daysInARow) {
        return words.text("finished", "count", stretchCount)
                + (daysInARow >= 2 ? " " + words.text("finished.daysInARow", "days", daysInARow) : "")
                + " " + words.text("finished.goodbye");
    }

    String paceChanged(Pace from, Pace to) {
        return words.text((from == to ? "pace.same." : "pace.changed.") + to.name());
    }

    String holdChanged(int seconds, HoldTime.Clamp clamp) {
        return switch (clamp) {
            case NONE -> words.plural("hold.changed", seconds, "seconds", seconds);
            case RAISED_TO_MIN -> words.text("hold.raisedToMin", "min", HoldTime.MIN, "seconds", seconds);
            case LOWERED_TO_MAX -> words.text("hold.loweredToMax", "max", HoldTime.MAX, "seconds", seconds);
        };
    }

    String holdAppliesNext() {
        return words.text("hold.appliesNext");
    }

    String versionNoted(String stretchName, Level level) {
        return words.text("versionNoted." + level.name(), "name", stretchName);
    }

    String whereNotStarted(int stretchCount) {
        return words.text("where.notStarted", "count", stretchCount);
    }

    String whereFinished(int stretchCount) {
        return words.text("where.finished", "count", stretchCount);
    }

    String whereInProgress(int number, int count, String name, String sideAndSet) {
        return words.text("where.inProgress", "number", number, "count", count, "name", name)
                + (sideAndSet.isEmpty() ? "" : " " + sideAndSet);
    }

    /** Where in the set: getting into position, or the person's round of a cycle; nothing to add otherwise. */
    Optional<String> withinSet(TurnWriter.PartEnd end) {
        if (end.inPositionOnly()) {
            return Optional.of(words.text("where.gettingIntoPosition"));
        }
        if (end.rounds() == 0) {
            return Optional.empty();
        }
        return Optional.of(end.roundsDone() >= end.rounds()
                ? words.text("where.allRoundsDone", "rounds", end.rounds())
                : words.text("where.atRound", "round", end.roundsDone(), "rounds", end.rounds()));
    }

    String whatsLeft(int stretchesAfter, String next) {
        return stretchesAfter == 0 ? words.text("where.lastStretch") : words.plural("where.stretchesLeft", stretchesAfter, "next", next);
    }

    String notPossible(Reason reason, String stretchName, Level level) {
        String key = "notPossible." + reason.name() + (reason == Reason.NO_HARDER_VERSION && level == Level.HARDER ? ".atHardest" : "");
        return words.text(key, "name", stretchName);
    }

    /** What a refusal calls a stretch when none is named. */
    String anyStretch() {
        return words.text("notPossible.anyStretch");
    }

    String describing(String stretchName, Level level) {
        return words.text("describing." + level.name(), "name", stretchName);
    }

    String stretchList(List<String> names) {
        return words.text("stretchList", "names", words.list(names));
    }

    String carryOn(Status status) {
        return words.text("carryOn." + status.name());
    }
}
