package com.backstretches.speech;

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

    public static Spoken welcomeBack() {
        return ask("Welcome back to Back Stretches. Ready for your stretches?",
                "Say yes to start, or stop to leave it for now.");
    }

    public static Spoken offerResume(Progress where) {
        return ask("Welcome back. Last time you stopped at " + whereYouWere(where),
                "Shall we pick up there? You can also say start over.",
                "Say yes to pick up where you left off, or start over to begin again.");
    }

    public static Spoken offerFreshStart(Progress where) {
        return ask("Welcome back. Last time you got as far as " + whereYouWere(where),
                "It's been a while, so shall we start fresh from the top? Or say resume to pick up where you left off.",
                "Say yes to start from the top, or resume to pick up where you left off.");
    }

    public static Spoken finishedToday() {
        return ask("Welcome back. You've already done your stretches today. Nicely done!",
                "Would you like another round?",
                "Say yes for another round, or stop to finish.");
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
                + "or hold for forty five seconds. If anything hurts, just say it hurts.";
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
