package com.backstretches.speech;

import com.backstretches.practice.Streak;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Progress;
import com.backstretches.session.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Words the conversation around the routine: welcomes, help, pain, pausing, goodbyes and the
 * answers to unclear requests, in one language. Every one that asks something carries its
 * reprompt; the ones that close the session carry none.
 */
public final class Prompts {

    private final Words words;
    private final Phrases phrases;

    public Prompts(Words words) {
        this.words = words;
        this.phrases = new Phrases(words);
    }

    public Words words() {
        return words;
    }

    // ---- opening a session ----

    public Spoken welcomeNewUser(int stretchCount, int minutes) {
        return ask(words.text("welcome.new", "count", stretchCount, "minutes", minutes),
                words.text("welcome.new.safety"),
                words.text("controls"),
                words.text("welcome.new.question"),
                words.text("welcome.new.reprompt"));
    }

    /** The streak is said when there is one worth saying, and never held against anyone when there is not. */
    public Spoken welcomeBack(Streak streak) {
        String welcome = words.text("welcome.back") + (streak.worthSaying() ? " " + streakSoFar(streak) : "");
        return ask(welcome, words.text("welcome.back.question"), words.text("welcome.back.reprompt"));
    }

    public Spoken offerResume(Progress where, Streak streak) {
        return ask(withStreak("resume.offer", streak, whereYouWere(where)),
                words.text("resume.offer.question"), words.text("resume.offer.reprompt"));
    }

    public Spoken offerFreshStart(Progress where, Streak streak) {
        return ask(withStreak("fresh.offer", streak, whereYouWere(where)),
                words.text("fresh.offer.question"), words.text("fresh.offer.reprompt"));
    }

    private String withStreak(String key, Streak streak, String where) {
        return streak.worthSaying() ? words.text(key + ".withStreak", "streak", streakSoFar(streak), "where", where)
                : words.text(key, "where", where);
    }

    public Spoken finishedToday(Streak streak) {
        String welcome = streak.worthSaying() ? words.text("finishedToday.withStreak", "days", streak.current())
                : words.text("finishedToday");
        return ask(welcome, words.text("anotherRound.question"), words.text("anotherRound.reprompt"));
    }

    public Spoken confirmAnotherRound() {
        return ask(words.text("anotherRound.confirm"), words.text("anotherRound.confirm.question"), words.text("anotherRound.reprompt"));
    }

    /** "You've stretched four days in a row." */
    private String streakSoFar(Streak streak) {
        return words.text("streakSoFar", "days", streak.current());
    }

    // ---- practice: history, the quick version, pace, adapting ----

    public Spoken history(Streak streak, Status status) {
        String record;
        if (streak.longest() == 0) {
            record = words.text("history.none");
        } else {
            // "This past week" is the last seven days, today included: no calendar week to explain.
            String week = streak.lastSevenDays() == 0 ? words.text("history.noneThisWeek")
                    : words.text("history.thisWeek", "days", days(streak.lastSevenDays()));
            String current = streak.current() >= Streak.WORTH_SAYING
                    ? " " + (streak.doneToday() ? words.text("history.streak.today", "days", streak.current())
                            : words.text("history.streak.notYetToday", "days", streak.current(), "next", streak.current() + 1))
                    : "";
            String longest = " " + words.plural("history.longest", streak.longest(), "days", days(streak.longest()));
            record = week + current + longest;
        }
        return carryOn(record, status);
    }

    private String days(int n) {
        return words.plural("days", n);
    }

    private String minutesWord(int minutes) {
        return words.plural("minutes", minutes);
    }

    public String quickVersion(int minutes) {
        return words.text("quickVersion", "minutes", minutesWord(minutes));
    }

    // ---- runs planned to the time a person has ----

    public Spoken planFits(int minutes, String details) {
        return ask(words.text("plan.fits", "minutes", minutes, "details", details), words.text("plan.fits.question"),
                words.text("plan.reprompt"));
    }

    public Spoken shortestPlan(int minutes, String details) {
        return ask(words.text("plan.shortest", "minutes", minutesWord(minutes), "details", details),
                words.text("plan.shortest.question"), words.text("plan.reprompt"));
    }

    public Spoken wholeRoutineFits(int minutes) {
        return ask(words.text("plan.wholeRoutine", "minutes", minutesWord(minutes)), words.text("plan.fits.question"),
                words.text("plan.reprompt"));
    }

    public Spoken offerQuickVersion(int minutes) {
        return ask(words.text("plan.quick", "minutes", minutesWord(minutes)), words.text("plan.quick.question"),
                words.text("plan.reprompt"));
    }

    public Spoken planDeclined(Status status) {
        return carryOn(words.text("plan.declined"), status);
    }

    /**
     * What a plan does, against the whole routine: "one set of each stretch, thirty-second holds,
     * five reps instead of ten, and three rounds of the A-frame to squat". Only what is cut is named,
     * besides the sets and the hold.
     */
    public String planDetails(int sets, int mostSets, int holdSeconds, int reps, int mostReps, int rounds, int mostRounds,
            String cycleName) {
        List<String> parts = new ArrayList<>();
        parts.add(sets == 1 ? words.text("plan.oneSet")
                : sets < mostSets ? words.text("plan.fewerSets", "sets", sets, "most", mostSets) : words.text("plan.everySet"));
        parts.add(words.plural("plan.hold", holdSeconds, "seconds", holdSeconds));
        if (reps < mostReps) {
            parts.add(words.plural("plan.fewerReps", reps, "reps", reps, "most", mostReps));
        }
        if (rounds < mostRounds) {
            parts.add(words.plural("plan.fewerRounds", rounds, "rounds", rounds, "name", cycleName));
        }
        return words.list(parts);
    }

    public Spoken whatPace() {
        return ask(words.text("pace.which"), words.text("pace.which.question"), words.text("pace.which.reprompt"));
    }

    public Spoken offerStandard(String stretchName) {
        return ask(words.text("standard.offer", "name", stretchName), words.text("standard.offer.question", "name", stretchName),
                words.text("standard.offer.reprompt"));
    }

    public String standardAccepted() {
        return words.text("standard.accepted");
    }

    public String easierKept() {
        return words.text("easier.kept");
    }

    /** Easier asked for twice on one stretch: skipping it today is a fine answer too. */
    public Spoken offerSkipAfterEasier(String stretchName, boolean gentlerExists) {
        return ask(words.text("skipAfterEasier", "name", stretchName), words.text("skipAfterEasier.question", "name", stretchName),
                words.text(gentlerExists ? "skipAfterEasier.reprompt.gentler" : "skipAfterEasier.reprompt"));
    }

    // ---- daily reminders ----

    /** What Alexa says when the daily reminder fires. */
    public String reminderText() {
        return words.text("reminder.text");
    }

    /** Alexa's guidelines ask for the user's explicit yes to each reminder, with its time and how often. */
    public Spoken confirmReminder(java.time.LocalTime time) {
        return ask(words.text("reminder.confirm", "time", words.clock(time)), words.text("reminder.confirm.reprompt"));
    }

    public Spoken noReminder(Status status) {
        return carryOn(words.text("reminder.declined"), status);
    }

    public Spoken reminderNeedsPermission(java.time.LocalTime time) {
        return close(words.text("reminder.needsPermission", "time", words.clock(time)));
    }

    public Spoken reminderWhatTime(boolean vague) {
        return ask(words.text(vague ? "reminder.needsExactTime" : "reminder.canDo"), words.text("reminder.whatTime.question"),
                words.text("reminder.whatTime.reprompt"));
    }

    public Spoken reminderSet(java.time.LocalTime time, boolean replaced, Status status) {
        return carryOn(words.text(replaced ? "reminder.moved" : "reminder.set", "time", words.clock(time)), status);
    }

    public Spoken reminderWithoutPermission(Status status) {
        return carryOn(words.text("reminder.noPermission"), status);
    }

    public Spoken reminderFailed(Status status) {
        return carryOn(words.text("reminder.failed"), status);
    }

    public Spoken remindersNotSupported(Status status) {
        return carryOn(words.text("reminder.notSupported"), status);
    }

    // ---- answers to yes and no ----

    public Spoken offerStartOverInstead() {
        return ask(words.text("startOverInstead"), words.text("startOverInstead.reprompt"));
    }

    public Spoken noRush() {
        return ask(words.text("noRush"), words.text("noRush.reprompt"));
    }

    public Spoken notSureWhatYes(Status status) {
        return carryOn(words.text("notSureWhatYes"), status);
    }

    // ---- help, pain, description ----

    public Spoken help(Status status) {
        String intro = words.text("help", "controls", words.text("controls"));
        return ask(intro, words.text("help." + status.name() + ".question"), words.text("help." + status.name() + ".reprompt"));
    }

    /** Pain during a stretch: stop first, then offer the gentler way on. */
    public Spoken painDuringStretch(String stretchName, boolean easierAvailable) {
        String advice = words.text("pain.advice");
        return easierAvailable
                ? ask(advice, words.text("pain.gentler.question", "name", stretchName), words.text("pain.gentler.reprompt"))
                : ask(advice, words.text("pain.skip.question", "name", stretchName), words.text("skip.reprompt"));
    }

    public Spoken painOutsideStretch(Status status) {
        return carryOn(words.text("pain.outsideStretch"), status);
    }

    public Spoken offerSkip(String stretchName) {
        return ask(words.text("skip.offer", "name", stretchName), words.text("skip.reprompt"));
    }

    public Spoken stayWithStretch() {
        return ask(words.text("stayWithStretch"), words.text("stayWithStretch.reprompt"));
    }

    // ---- leaving ----

    public Spoken paused(Progress where) {
        return close(words.text("paused", "where", whereYouWere(where)));
    }

    public Spoken nothingToPause(Status status) {
        return carryOn(words.text("nothingToPause"), status);
    }

    public Spoken goodbye(Status status) {
        return close(words.text("goodbye." + status.name()));
    }

    // ---- requests that were not understood ----

    public Spoken didNotCatch(Status status) {
        return carryOn(words.text("didNotCatch"), status);
    }

    public Spoken whichStretch(List<String> names) {
        return ask(phrases.stretchList(names), words.text("whichStretch.question", "name", names.get(0)),
                words.text("whichStretch.reprompt"));
    }

    public Spoken whatHoldTime() {
        return ask(words.text("holdTime.range", "min", HoldTime.MIN, "max", HoldTime.MAX), words.text("holdTime.range.question"),
                words.text("holdTime.reprompt"));
    }

    public Spoken holdTimeOutOfRange(int currentSeconds) {
        return ask(words.text("holdTime.outOfRange", "min", HoldTime.MIN, "max", HoldTime.MAX, "seconds", currentSeconds),
                words.text("holdTime.outOfRange.question"), words.text("holdTime.reprompt"));
    }

    public Spoken nothingToRepeat(Status status) {
        return carryOn(words.text("nothingToRepeat"), status);
    }

    /** Said once per session when saved progress cannot be reached, before whatever the answer was. */
    public Spoken progressMayNotBeSaved(Spoken answer) {
        Script note = Script.say(words.text("progressMayNotBeSaved"));
        return new Spoken(Script.builder().then(note).then(answer.speech()).build(), answer.reprompt());
    }

    public Spoken apology() {
        return ask(words.text("apology"), words.text("apology.reprompt"), words.text("apology.reprompt"));
    }

    /** A deployed function missing its table: nothing could be kept, so nothing is coached as if it would be. */
    public Spoken notSetUp() {
        return close(words.text("notSetUp"));
    }

    /** A request that arrived in a shape the skill could not read; the user only knows they said something. */
    public Spoken couldNotFollowRequest() {
        return ask(words.text("couldNotFollow"), words.text("couldNotFollow.question"), words.text("couldNotFollow.reprompt"));
    }

    // ---- shared wording ----

    /** "stretch three of six, the half pancake. Left side." */
    String whereYouWere(Progress p) {
        String sideAndSet = phrases.sideAndSet(p.side(), p.set(), p.setsOnThisSide());
        return words.text("whereYouWere", "number", p.stretchNumber(), "count", p.stretchCount(), "name", p.stretchName())
                + (sideAndSet.isEmpty() ? "" : " " + sideAndSet);
    }

    private Spoken carryOn(String first, Status status) {
        String next = phrases.carryOn(status);
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
