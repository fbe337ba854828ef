package com.backstretches.speech;

import com.backstretches.routine.Level;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Move;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Pace;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every fixed sentence the coach says, in one place. The stretch content itself lives in the
 * routine file. Where a phrase recurs, there are a few wordings; {@code seed} picks one
 * deterministically so repeated sets sound different but a test run is repeatable.
 */
final class Phrases {

    private Phrases() {
    }

    static String pick(List<String> options, int seed) {
        return options.get(Math.floorMod(seed, options.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String number(int n) {
        return NumberWords.of(n);
    }

    /** A time of day as said aloud: "seven a.m.", "six thirty p.m.", "seven oh five a.m.", "noon", "midnight". */
    static String clock(java.time.LocalTime t) {
        if (t.getMinute() == 0 && t.getHour() == 12) {
            return "noon";
        }
        if (t.getMinute() == 0 && t.getHour() == 0) {
            return "midnight";
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : t.getMinute() < 10 ? " oh " + number(t.getMinute()) : " " + number(t.getMinute());
        return number(hour) + minutes + (t.getHour() < 12 ? " a.m." : " p.m.");
    }

    // ---- opening a set ----

    static String lead(Move move, int seed) {
        return switch (move) {
            case STARTED -> pick(List.of("Let's begin.", "Here we go."), seed);
            case STARTED_OVER -> "Starting again from the top.";
            case PREVIOUS -> "Going back.";
            case SKIPPED -> "Skipping ahead.";
            case WENT_TO -> "Sure.";
            case REPEATED -> "Once more, from the top of the set.";
            case RESUMED -> "Picking up where you left off.";
            // The header already names the stretch, side and set for these.
            case NEXT_SET, OTHER_SIDE, NEXT_STRETCH, VERSION_CHANGED -> "";
        };
    }

    static String versionSwitched(Level level, String change) {
        return "Okay, the " + level.spoken() + " version. " + change;
    }

    static String stretchHeader(int number, int count, String name) {
        return "Stretch " + number(number) + " of " + number(count) + ": the " + name + ".";
    }

    static String sideAndSet(Side side, int set, int sets) {
        String setPart = sets > 1 ? "set " + number(set) + " of " + number(sets) : "";
        if (side == Side.NONE) {
            return setPart.isEmpty() ? "" : capitalize(setPart) + ".";
        }
        return capitalize(side.spoken()) + " side" + (setPart.isEmpty() ? "." : ", " + setPart + ".");
    }

    static String usingVersion(Level level) {
        return "Using your " + level.spoken() + " version.";
    }

    static String switchSides(int seed) {
        return pick(List.of("Take your time changing sides.", "Switch over, and settle in.", "Change sides at your own pace."), seed);
    }

    static String rest(int seconds, boolean explain) {
        return "Rest for " + number(seconds) + " seconds." + (explain ? " If you're ready sooner, just say: Alexa, next." : "");
    }

    static String moreRest(int seconds) {
        return capitalize(number(seconds)) + " more.";
    }

    // ---- reps, holds, cycles ----

    static String repsIntro(int reps, boolean alternating) {
        return alternating
                ? capitalize(number(reps)) + " swings each way, with me."
                : capitalize(number(reps)) + " times, with me.";
    }

    static String repIn(int rep, String in) {
        return capitalize(number(rep)) + ", " + in + ".";
    }

    static String repOut(String out) {
        return out + ".";
    }

    static String remaining(int seconds, int holdSeconds, int seed) {
        if (seconds * 2 == holdSeconds && holdSeconds >= 40) {
            return pick(List.of("Halfway.", "Halfway. Keep breathing."), seed);
        }
        String n = capitalize(number(seconds));
        return pick(List.of(n + " to go.", n + " left.", n + " more."), seed);
    }

    static String tenMore(int seed) {
        return pick(List.of("Ten more seconds.", "Last ten.", "Ten more."), seed);
    }

    static final String THREE = "Three.";
    static final String TWO = "Two.";

    static String release(int seed) {
        return pick(List.of("One, and release.", "One, and relax.", "One, and ease off."), seed);
    }

    static String round(int n, String cue) {
        return "Round " + number(n) + ". " + cue;
    }

    static String moreSeconds(int seconds) {
        return capitalize(number(seconds)) + " more seconds.";
    }

    static String keepGoing(int seed) {
        return pick(List.of("Let's keep going.", "Back to it.", "Here we go again."), seed);
    }

    // ---- closing a turn ----

    static String closeNextSet(int set, int seed) {
        String n = number(set);
        return pick(List.of(
                "Ready for more? Say next for set " + n + ".",
                "Nicely done. Say next when you're ready for set " + n + ".",
                "Good. Say next for set " + n + "."), seed);
    }

    static String closeOtherSide(Side side, int seed) {
        return pick(List.of(
                "That side's done. Say next for the " + side.spoken() + " side.",
                "Good. Say next to switch to the " + side.spoken() + " side."), seed);
    }

    static String closeNextStretch(int number, String name, int seed) {
        return pick(List.of(
                "Well done. Say next for the " + name + ".",
                "Nice work. Say next for stretch " + number(number) + ", the " + name + "."), seed);
    }

    static String closeLastSet() {
        return "That was the last set of the routine. Say next to finish.";
    }

    static String repromptAfterSet() {
        return "Say next when you're ready, or say pause to stop here.";
    }

    static String closeInPosition() {
        return "Say ready when you're in position.";
    }

    static String repromptInPosition() {
        return "When you're in position, say ready. Or say pause to stop here.";
    }

    static String closeMoreRounds(int seed) {
        return pick(List.of("Take a breath. Say next for more rounds.", "Shake it out. Say next to carry on."), seed);
    }

    static String repromptMoreRounds() {
        return "Say next to keep going, or say pause to stop here.";
    }

    // ---- replies that are not a set ----

    static String finished(int stretchCount, int daysInARow) {
        return "That's all " + number(stretchCount) + " stretches done. Nicely done! "
                + (daysInARow >= 2 ? "That's " + number(daysInARow) + " days in a row. " : "")
                + "A little every day is what makes the difference. See you next time.";
    }

    static String paceChanged(Pace from, Pace to) {
        if (from == to) {
            return switch (to) {
                case SLOWER -> "I'm already counting as slowly as I go.";
                case FASTER -> "I'm already counting as fast as I go.";
                case NORMAL -> "I'm already counting at the usual pace.";
            };
        }
        return switch (to) {
            case SLOWER -> "Okay, I'll count the reps more slowly.";
            case FASTER -> "Okay, I'll count the reps a little faster.";
            case NORMAL -> "Okay, back to the usual pace.";
        };
    }

    static String holdChanged(int seconds, HoldTime.Clamp clamp) {
        return switch (clamp) {
            case NONE -> "Okay, holds are now " + number(seconds) + " seconds.";
            case RAISED_TO_MIN -> "The shortest hold in this routine is " + number(HoldTime.MIN)
                    + " seconds, so I've set your holds to " + number(seconds) + ".";
            case LOWERED_TO_MAX -> "The longest hold in this routine is " + number(HoldTime.MAX)
                    + " seconds, so I've set your holds to " + number(seconds) + ".";
        };
    }

    static String holdAppliesNext() {
        return "That starts with the next set.";
    }

    static String versionNoted(String stretchName, Level level) {
        return level.isStandard()
                ? "Okay, the " + stretchName + " is back to its standard version."
                : "Okay, the " + stretchName + " will use the " + level.spoken() + " version from now on.";
    }

    static String whereNotStarted(int stretchCount) {
        return "You haven't started yet. The routine is " + number(stretchCount) + " gentle stretches.";
    }

    static String whereFinished(int stretchCount) {
        return "You've finished all " + number(stretchCount) + " stretches.";
    }

    static String whereInProgress(int number, int count, String name, String sideAndSet) {
        String detail = sideAndSet.isEmpty() ? "" : " " + sideAndSet;
        return "You're on stretch " + number(number) + " of " + number(count) + ", the " + name + "." + detail;
    }

    /** Where in the set: getting into position, or the person's round of a cycle; nothing to add otherwise. */
    static Optional<String> withinSet(TurnWriter.PartEnd end) {
        if (end.inPositionOnly()) {
            return Optional.of("You're getting into position for it.");
        }
        if (end.rounds() == 0) {
            return Optional.empty();
        }
        return Optional.of(end.roundsDone() >= end.rounds()
                ? "You've done all " + number(end.rounds()) + " rounds."
                : "You're at round " + number(end.roundsDone()) + " of " + number(end.rounds()) + ".");
    }

    static String whatsLeft(int stretchesAfter, String next) {
        if (stretchesAfter == 0) {
            return "This is the last stretch.";
        }
        return (stretchesAfter == 1 ? "One more stretch" : capitalize(number(stretchesAfter)) + " more stretches")
                + " after this one. Next is the " + next + ".";
    }

    static String notPossible(Reason reason, String stretchName, Level level) {
        return switch (reason) {
            case AT_START -> "This is the very first set, so there's nothing before it.";
            case NOT_STARTED -> "We haven't started the routine yet.";
            case ALREADY_FINISHED -> "You've already finished the routine.";
            case UNKNOWN_STRETCH -> "I don't know that stretch.";
            case NO_CURRENT_STRETCH -> "There's no stretch under way right now. Tell me which one you mean, by name.";
            case NO_EASIER_VERSION -> "You're already on the easiest version of the " + stretchName
                    + ". If it still doesn't feel right, you can skip it.";
            case NO_HARDER_VERSION -> level == Level.HARDER
                    ? "You're already on the hardest version of the " + stretchName + "."
                    : "The " + stretchName + " has no harder version; going only as deep as feels good is the goal.";
            case ALREADY_STANDARD -> "The " + stretchName + " is already on its standard version.";
        };
    }

    static String describing(String stretchName, Level level) {
        return level.isStandard() ? "Here's the " + stretchName + "." : "Here's the " + level.spoken() + " version of the " + stretchName + ".";
    }

    static String stretchList(List<String> names) {
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
        return "The stretches are: " + joined + ".";
    }

    static String carryOn(Status status) {
        return switch (status) {
            case NOT_STARTED -> "Say start when you're ready.";
            case IN_PROGRESS -> "Say next to move on, or resume to do this set again.";
            case FINISHED -> "Say start over for another round, or stop to finish.";
        };
    }
}
