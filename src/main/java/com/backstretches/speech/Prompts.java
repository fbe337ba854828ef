package com.backstretches.speech;

import com.backstretches.practice.Streak;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Progress;
import com.backstretches.session.Status;
import java.util.List;

/**
 * Words the conversation around the routine: welcomes, help, pain, pausing, goodbyes and the
 * answers to unclear requests. Every one that asks something carries its reprompt; the ones that
 * close the session carry none.
 */
public final class Prompts {

    private static final String CONTROLS =
            "Between sets, say next to carry on, repeat to hear it again, easier for a gentler version, pause to stop and pick up later, or stop to finish.";

    private Prompts() {
    }

    // ---- opening a session ----

    public static Spoken welcomeNewUser(int stretchCount, int minutes) {
        return ask("Welcome to Back Stretches. I'll talk you through " + Phrases.number(stretchCount)
                        + " gentle stretches for your spine, one set at a time, with the holds timed for you. "
                        + "It takes about " + Phrases.number(minutes) + " minutes.",
                "Move only as far as feels comfortable, and never force a position. "
                        + "This is not medical advice, so if you're unsure about any stretch, check with your doctor first.",
                CONTROLS,
                "Ready to start?",
                "Say yes to start the first stretch, or stop to leave it for now.");
    }

    /** The streak is said when there is one worth saying, and never held against anyone when there is not. */
    public static Spoken welcomeBack(Streak streak) {
        return ask("Welcome back to Back Stretches." + streakSoFar(streak), "Ready for your stretches?",
                "Say yes to start, or stop to leave it for now.");
    }

    public static Spoken offerResume(Progress where, Streak streak) {
        return ask("Welcome back." + streakSoFar(streak) + " Last time you stopped at " + whereYouWere(where),
                "Shall we pick up there? You can also say start over.",
                "Say yes to pick up where you left off, or start over to begin again.");
    }

    public static Spoken offerFreshStart(Progress where, Streak streak) {
        return ask("Welcome back." + streakSoFar(streak) + " Last time you got as far as " + whereYouWere(where),
                "It's been a while, so shall we start fresh from the top? Or say resume to pick up where you left off.",
                "Say yes to start from the top, or resume to pick up where you left off.");
    }

    public static Spoken finishedToday(Streak streak) {
        String days = streak.worthSaying() ? " That's " + Phrases.number(streak.current()) + " days in a row." : "";
        return ask("Welcome back. You've already done your stretches today. Nicely done!" + days,
                "Would you like another round?",
                "Say yes for another round, or stop to finish.");
    }

    public static Spoken confirmAnotherRound() {
        return ask("You've finished the routine already.", "Would you like another round? Say yes to start it.",
                "Say yes for another round, or stop to finish.");
    }

    /** " You've stretched four days in a row." for a streak still alive, else nothing. */
    private static String streakSoFar(Streak streak) {
        return streak.worthSaying() ? " You've stretched " + Phrases.number(streak.current()) + " days in a row." : "";
    }

    // ---- practice: history, the quick version, pace, adapting ----

    public static Spoken history(Streak streak, Status status) {
        String record;
        if (streak.longest() == 0) {
            record = "You haven't finished the whole routine yet. Once you do, I'll keep count of your days.";
        } else {
            // "This past week" is the last seven days, today included: no calendar week to explain.
            String week = streak.lastSevenDays() == 0 ? "You haven't finished the routine this past week."
                    : "This past week you've finished the routine on " + days(streak.lastSevenDays()) + ".";
            String current = streak.current() >= Streak.WORTH_SAYING
                    ? " You're on " + Phrases.number(streak.current()) + " days in a row"
                            + (streak.doneToday() ? ", counting today." : ". Stretch today to make it " + Phrases.number(streak.current() + 1) + ".")
                    : "";
            String longest = " Your longest run is " + days(streak.longest()) + (streak.longest() > 1 ? " in a row." : ".");
            record = week + current + longest;
        }
        return carryOn(record, status);
    }

    private static String days(int n) {
        return n == 1 ? "one day" : Phrases.number(n) + " days";
    }

    public static String quickVersion(int minutes) {
        return "Here's the quick version: one set of each stretch, about " + (minutes == 1 ? "one minute" : Phrases.number(minutes) + " minutes") + ".";
    }

    // ---- runs planned to the time a person has ----

    private static final String PLAN_REPROMPT = "Say yes to start, or tell me how many minutes you have.";

    public static Spoken planFits(int minutes, String details) {
        return ask("Here's a " + Phrases.number(minutes) + "-minute version: " + details + ".", "Ready?", PLAN_REPROMPT);
    }

    public static Spoken shortestPlan(int minutes, String details) {
        return ask("The shortest version I can do is about " + minutesWord(minutes) + ": " + details + ".",
                "Shall we do that?", PLAN_REPROMPT);
    }

    public static Spoken wholeRoutineFits(int minutes) {
        return ask("You have time for the whole routine. It takes about " + minutesWord(minutes) + ".", "Ready?", PLAN_REPROMPT);
    }

    public static Spoken offerQuickVersion(int minutes) {
        return ask("The quick version does one set of each stretch, in about " + minutesWord(minutes) + ".",
                "Shall we do that? Or tell me how many minutes you have.", PLAN_REPROMPT);
    }

    public static Spoken planDeclined(Status status) {
        return carryOn("Okay, no change.", status);
    }

    /**
     * What a plan does, against the whole routine: "one set of each stretch, thirty-second holds,
     * five reps instead of ten, and three rounds of the A-frame to squat". Only what is cut is named,
     * besides the sets and the hold.
     */
    public static String planDetails(int sets, int mostSets, int holdSeconds, int reps, int mostReps, int rounds, int mostRounds,
            String cycleName) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(sets == 1 ? "one set of each stretch"
                : sets < mostSets ? Phrases.number(sets) + " sets instead of " + Phrases.number(mostSets) : "every set");
        parts.add(Phrases.number(holdSeconds) + "-second holds");
        if (reps < mostReps) {
            parts.add(Phrases.number(reps) + " reps instead of " + Phrases.number(mostReps));
        }
        if (rounds < mostRounds) {
            parts.add(Phrases.number(rounds) + " rounds of the " + cycleName);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + (parts.size() > 2 ? "," : "") + " and " + parts.get(parts.size() - 1);
    }

    private static String minutesWord(int minutes) {
        return minutes == 1 ? "one minute" : Phrases.number(minutes) + " minutes";
    }

    public static Spoken whatPace() {
        return ask("I can count the reps slower, faster, or at the usual pace.",
                "Say slower or faster.",
                "Say slower or faster, or say next to carry on.");
    }

    public static Spoken offerStandard(String stretchName) {
        return ask("Next is the " + stretchName + ". You've done its easier version for a few sessions now.",
                "Would you like to try the standard " + stretchName + " today?",
                "Say yes to try the standard version, or no to keep the easier one.");
    }

    public static String standardAccepted() {
        return "Great, the standard version it is. Go gently.";
    }

    public static String easierKept() {
        return "Sure, the easier version it is.";
    }

    /** Easier asked for twice on one stretch: skipping it today is a fine answer too. */
    public static Spoken offerSkipAfterEasier(String stretchName, boolean gentlerExists) {
        return ask("That's twice the " + stretchName + " has felt like too much. It's fine to leave it for today.",
                "Would you like to skip the " + stretchName + "?",
                gentlerExists ? "Say yes to skip it, or no to try the easier version."
                        : "Say yes to skip it, or no to stay with it.");
    }

    // ---- daily reminders ----

    /** Alexa's guidelines ask for the user's explicit yes to each reminder, with its time and how often. */
    public static Spoken confirmReminder(java.time.LocalTime time) {
        return ask("Shall I remind you to stretch every day at " + Phrases.clock(time) + "?",
                "Say yes to set the daily reminder, or no to leave it.");
    }

    public static Spoken noReminder(Status status) {
        return carryOn("Okay, no reminder.", status);
    }

    public static Spoken reminderNeedsPermission(java.time.LocalTime time) {
        return close("To remind you every day at " + Phrases.clock(time) + ", I need your permission to set reminders.");
    }

    public static Spoken reminderWhatTime(boolean vague) {
        return ask(vague ? "I need an exact time for a daily reminder." : "Sure, I can remind you every day.",
                "What time should it be? For example, say seven a.m.",
                "Say a time for your daily reminder, like seven a.m., or say next to carry on.");
    }

    public static Spoken reminderSet(java.time.LocalTime time, boolean replaced, Status status) {
        String at = Phrases.clock(time);
        // "seven a.m." already ends the sentence.
        return carryOn((replaced ? "Done. I've moved your daily reminder to " : "Done. I'll remind you every day at ")
                + at + (at.endsWith(".") ? "" : "."), status);
    }

    public static Spoken reminderWithoutPermission(Status status) {
        return carryOn("Without permission to set reminders, I can't set one. If you change your mind, "
                + "I've sent a card to the Alexa app where you can allow it.", status);
    }

    public static Spoken reminderFailed(Status status) {
        return carryOn("Sorry, I couldn't set the reminder just now. Please try again a bit later.", status);
    }

    public static Spoken remindersNotSupported(Status status) {
        return carryOn("Sorry, I can't set reminders on this device.", status);
    }

    // ---- answers to yes and no ----

    public static Spoken offerStartOverInstead() {
        return ask("Okay. Would you like to start from the beginning instead?",
                "Say yes to start from the first stretch, or no to leave it for now.");
    }

    public static Spoken noRush() {
        return ask("No rush. Take your time.",
                "Say next when you're ready, or pause to stop here and pick up later.");
    }

    public static Spoken notSureWhatYes(Status status) {
        return carryOn("Sorry, I'm not sure what that was a yes or no to.", status);
    }

    // ---- help, pain, description ----

    public static Spoken help(Status status) {
        String intro = "I'll coach you through the routine one set at a time and time the holds, so you can keep your eyes closed. "
                + CONTROLS + " You can also say where am I, go to the half pancake, how do I do this, "
                + "hold for forty five seconds, slower or faster, I have fifteen minutes, a quick version, how am I doing, "
                + "or remind me every day at seven a.m. If anything hurts, just say it hurts.";
        return switch (status) {
            case NOT_STARTED -> ask(intro, "Would you like to start?", "Say yes to start the first stretch, or stop to finish.");
            case IN_PROGRESS -> ask(intro, "Would you like to carry on?", "Say yes or next to carry on, or pause to stop here.");
            case FINISHED -> ask(intro, "You've finished the routine. Would you like another round?",
                    "Say yes for another round, or stop to finish.");
        };
    }

    /** Pain during a stretch: stop first, then offer the gentler way on. */
    public static Spoken painDuringStretch(String stretchName, boolean easierAvailable) {
        String advice = "Stop there, and ease gently out of the position. Pain means back off: "
                + "only move within what feels comfortable. If the pain stays, please check with a doctor or physiotherapist.";
        return easierAvailable
                ? ask(advice, "Would you like to try a gentler version of the " + stretchName + "?",
                        "Say yes for a gentler version, or no to hear other options.")
                : ask(advice, "Would you like to skip the " + stretchName + "?",
                        "Say yes to skip this stretch, or no to stay with it.");
    }

    public static Spoken painOutsideStretch(Status status) {
        return carryOn("I'm sorry it hurts. Rest for as long as you need, and only move within what feels comfortable. "
                + "If the pain stays, please check with a doctor or physiotherapist.", status);
    }

    public static Spoken offerSkip(String stretchName) {
        return ask("Okay. Would you like to skip the " + stretchName + " instead?",
                "Say yes to skip this stretch, or no to stay with it.");
    }

    public static Spoken stayWithStretch() {
        return ask("Okay. Go gently, and only as far as feels comfortable.",
                "Say resume to try this set again, next to move on, or stop to finish.");
    }

    // ---- leaving ----

    public static Spoken paused(Progress where) {
        return close("Paused at " + whereYouWere(where)
                + " I'll remember your place. When you're ready, say: Alexa, ask back stretches to resume.");
    }

    public static Spoken nothingToPause(Status status) {
        return carryOn("There's nothing under way to pause.", status);
    }

    public static Spoken goodbye(Status status) {
        return close(switch (status) {
            case IN_PROGRESS -> "Okay, stopping here. Your place is saved, so you can pick up where you left off next time. Goodbye!";
            case NOT_STARTED -> "Okay. Come back whenever you're ready to stretch. Goodbye!";
            case FINISHED -> "Okay. Well done today, and see you next time. Goodbye!";
        });
    }

    // ---- requests that were not understood ----

    public static Spoken didNotCatch(Status status) {
        return carryOn("Sorry, I didn't catch that.", status);
    }

    public static Spoken whichStretch(List<String> names) {
        return ask(Phrases.stretchList(names), "Which one would you like? For example, say go to the " + names.get(0) + ".",
                "Say go to, and the name of a stretch. Or say next to carry on.");
    }

    public static Spoken whatHoldTime() {
        return ask("Holds can be anywhere from " + Phrases.number(HoldTime.MIN) + " to " + Phrases.number(HoldTime.MAX) + " seconds.",
                "Say, for example, hold for forty five seconds, or make the holds longer.",
                "Say hold for, and a number of seconds between thirty and sixty. Or say next to carry on.");
    }

    public static Spoken holdTimeOutOfRange(int currentSeconds) {
        return ask("Holds in this routine go from " + Phrases.number(HoldTime.MIN) + " to " + Phrases.number(HoldTime.MAX)
                        + " seconds, so I've kept yours at " + Phrases.number(currentSeconds) + ".",
                "To change it, say hold for, and a number in that range.",
                "Say hold for, and a number of seconds between thirty and sixty. Or say next to carry on.");
    }

    public static Spoken nothingToRepeat(Status status) {
        return carryOn("There's nothing to repeat yet.", status);
    }

    /** Said once per session when saved progress cannot be reached, before whatever the answer was. */
    public static Spoken progressMayNotBeSaved(Spoken answer) {
        Script note = Script.say("I can't reach your saved progress right now, so what you do this session may not be kept.");
        return new Spoken(Script.builder().then(note).then(answer.speech()).build(), answer.reprompt());
    }

    public static Spoken apology() {
        return ask("Sorry, something went wrong on my side.", "Please say that again, or say stop to finish.",
                "Please say that again, or say stop to finish.");
    }

    /** A deployed function missing its table: nothing could be kept, so nothing is coached as if it would be. */
    public static Spoken notSetUp() {
        return close("Sorry, Back Stretches isn't set up properly right now, so it can't keep track of your stretches. "
                + "Please try again later.");
    }

    /** A request that arrived in a shape the skill could not read; the user only knows they said something. */
    public static Spoken couldNotFollowRequest() {
        return ask("Sorry, I didn't quite get that.", "Could you say it again? Or say help to hear what you can say.",
                "Please say that again, or say help.");
    }

    // ---- shared wording ----

    /** "stretch three of six, the half pancake. Left side." */
    static String whereYouWere(Progress p) {
        String sideAndSet = Phrases.sideAndSet(p.side(), p.set(), p.setsOnThisSide());
        return "stretch " + Phrases.number(p.stretchNumber()) + " of " + Phrases.number(p.stretchCount())
                + ", the " + p.stretchName() + "." + (sideAndSet.isEmpty() ? "" : " " + sideAndSet);
    }

    private static Spoken carryOn(String first, Status status) {
        String next = Phrases.carryOn(status);
        return new Spoken(Script.builder().say(first).say(next).build(), Script.say(next));
    }

    /** The last sentence is the reprompt; all others are said once. */
    private static Spoken ask(String... sentences) {
        Script.Builder b = Script.builder();
        for (int i = 0; i < sentences.length - 1; i++) {
            b.say(sentences[i]);
        }
        return new Spoken(b.build(), Script.say(sentences[sentences.length - 1]));
    }

    private static Spoken close(String text) {
        return new Spoken(Script.say(text), Script.empty());
    }
}
