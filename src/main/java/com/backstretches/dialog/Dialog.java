package com.backstretches.dialog;

import com.backstretches.coach.Coach;
import com.backstretches.coach.CoachState;
import com.backstretches.coach.Planner;
import com.backstretches.coach.Reply;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.practice.Streak;
import com.backstretches.session.Command;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.speech.Prompts;
import com.backstretches.speech.Replies;
import com.backstretches.speech.Script;
import com.backstretches.speech.Spoken;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversation around the routine: how a session opens, what yes, no and "ready" mean after
 * each question, and the requests that are about the user rather than the position (help, pain,
 * pause, stop). Routine commands go to the coach. Pure: same state and request, same answer.
 */
public final class Dialog {

    private final Coach coach;
    private final Routine routine;
    private final Replies replies;
    private final Prompts prompts;
    private final Map<Plan, Integer> minutesByPlan = new ConcurrentHashMap<>();
    private final Planner planner;

    public Dialog(Coach coach) {
        this.coach = coach;
        this.planner = new Planner(coach);
        this.routine = coach.navigator().routine();
        this.replies = new Replies(routine, coach.writer().words());
        this.prompts = new Prompts(coach.writer().words());
    }

    /** The state at the start of a session, before anything is said. */
    public Prompts prompts() {
        return prompts;
    }

    public DialogState begin(Position position, Visit visit) {
        return new DialogState(CoachState.newSession(position, visit.newUser()), Question.NONE, visit, false);
    }

    /** Of the A-frame's rounds, how many come before the part just spoken (for the screen's round numbers). */
    public int roundsBefore(DialogState state) {
        return coach.roundsBefore(state.coach());
    }

    /** The welcome when the user opens the skill. */
    public Turn open(DialogState state) {
        Position p = state.coach().position();
        Visit visit = state.visit();
        if (visit.newUser()) {
            return ask(state, prompts.welcomeNewUser(routine.stretches().size(), minutes(p.holdSeconds())), Question.START);
        }
        Streak streak = visit.streak();
        if (p.status() == Status.IN_PROGRESS) {
            var where = coach.navigator().progress(p);
            return visit.longAway()
                    ? ask(state, prompts.offerFreshStart(where, streak), Question.START_FRESH)
                    : ask(state, prompts.offerResume(where, streak), Question.RESUME);
        }
        if (visit.finishedToday()) {
            return ask(state, prompts.finishedToday(streak), Question.ANOTHER_ROUND);
        }
        return ask(state, prompts.welcomeBack(streak), Question.START);
    }

    public Turn handle(DialogState state, Ask ask) {
        Status status = state.coach().position().status();
        if (ask instanceof Ask.Do d && d.command() instanceof Command.Easier e) {
            return easier(state, e);
        } else if (ask instanceof Ask.Do d) {
            return coach(state, d.command());
        } else if (ask instanceof Ask.Quick) {
            Position p = state.coach().position();
            Turn started = coach(state, new Command.StartQuick());
            return prefixed(started, prompts.quickVersion(minutes(p.holdSeconds(), RoutineLength.QUICK, p.pace())));
        } else if (ask instanceof Ask.TimeBudget t) {
            return timeBudget(state, t.minutes());
        } else if (ask instanceof Ask.History) {
            return ask(state, prompts.history(state.visit().streak(), status), questionFor(status));
        } else if (ask instanceof Ask.MissingPace) {
            return ask(state, prompts.whatPace(), state.question());
        } else if (ask instanceof Ask.ReminderAt r) {
            DialogState offering = withOffers(state, state.offers().offeringReminder(r.time()));
            return ask(offering, prompts.confirmReminder(r.time()), Question.CONFIRM_REMINDER);
        } else if (ask instanceof Ask.Reminder r) {
            return reminder(state, r.outcome());
        } else if (ask instanceof Ask.Start) {
            // "Alexa, start my back stretches" with a routine under way should not throw that place away unasked.
            return !state.greeted() && status == Status.IN_PROGRESS ? open(state) : coach(state, new Command.Start());
        } else if (ask instanceof Ask.Next) {
            return switch (state.question()) {
                case START, RESUME, START_FRESH, START_OVER_INSTEAD, START_PLAN -> yes(state);
                // A whole routine again is a bigger step than "next" implies: only a yes starts it.
                case ANOTHER_ROUND -> ask(state, prompts.confirmAnotherRound(), Question.ANOTHER_ROUND);
                // "Next" after the offer of the standard version carries on as the user was going.
                case TRY_STANDARD -> no(state);
                default -> next(state);
            };
        } else if (ask instanceof Ask.Yes) {
            return yes(state);
        } else if (ask instanceof Ask.No) {
            return no(state);
        } else if (ask instanceof Ask.Pause) {
            return status == Status.IN_PROGRESS
                    ? new Turn(answered(state, state.coach(), Question.NONE),
                            prompts.paused(coach.navigator().progress(state.coach().position())), Optional.empty(), true)
                    : ask(state, prompts.nothingToPause(status), questionFor(status));
        } else if (ask instanceof Ask.Repeat) {
            return coach(state, new Command.RepeatSet());
        } else if (ask instanceof Ask.Help) {
            return ask(state, prompts.help(status), questionFor(status));
        } else if (ask instanceof Ask.Pain) {
            return pain(state);
        } else if (ask instanceof Ask.Describe d) {
            return describe(state, d.stretchName());
        } else if (ask instanceof Ask.Stop) {
            return ask(state, prompts.goodbye(status), Question.NONE);
        } else if (ask instanceof Ask.Fallback) {
            return ask(state, prompts.didNotCatch(status), state.question());
        } else if (ask instanceof Ask.MissingStretch) {
            return ask(state, prompts.whichStretch(routine.stretches().stream().map(Stretch::name).toList()), state.question());
        } else if (ask instanceof Ask.MissingHoldTime) {
            return ask(state, prompts.whatHoldTime(), state.question());
        } else if (ask instanceof Ask.HoldTimeOutOfRange) {
            return ask(state, prompts.holdTimeOutOfRange(state.coach().position().holdSeconds()), state.question());
        }
        throw new IllegalArgumentException("unhandled request " + ask);
    }

    /** About how many minutes the whole routine takes at this hold time, to the nearest five. */
    public int minutes(int holdSeconds) {
        return minutes(holdSeconds, RoutineLength.FULL, Pace.NORMAL);
    }

    /** About how many minutes a run takes: the whole routine to the nearest five, the quick version to the nearest minute. */
    public int minutes(int holdSeconds, RoutineLength length, Pace pace) {
        return minutesByPlan.computeIfAbsent(new Plan(holdSeconds, length, pace),
                plan -> aboutMinutes(coach.plannedLength(plan.holdSeconds(), plan.length(), plan.pace()), plan.length()));
    }

    private static int aboutMinutes(Duration planned, RoutineLength length) {
        return length.isQuick()
                ? (int) Math.max(1, Math.round(planned.toSeconds() / 60.0))
                : (int) Math.max(5, Math.round(planned.toSeconds() / 300.0) * 5);
    }

    private record Plan(int holdSeconds, RoutineLength length, Pace pace) {
    }

    /** The run that fits the minutes asked for, said in a sentence and started only on a yes. */
    private Turn timeBudget(DialogState state, Optional<Integer> minutes) {
        Position p = state.coach().position();
        if (minutes.isEmpty()) {
            int quick = minutes(p.holdSeconds(), RoutineLength.QUICK, p.pace());
            return ask(withOffers(state, state.offers().offeringPlan(RoutineLength.QUICK)), prompts.offerQuickVersion(quick), Question.START_PLAN);
        }
        Planner.Plan plan = planner.plan(minutes.get(), p, state.visit().newUser());
        Spoken offer = switch (plan.fit()) {
            case WHOLE_ROUTINE -> prompts.wholeRoutineFits(aboutMinutes(plan.planned(), RoutineLength.FULL));
            case PLANNED -> prompts.planFits(minutes.get(), planDetails(plan.length(), p));
            // Rounded up: the stated length is never shorter than what plays.
            case SHORTEST -> prompts.shortestPlan((int) ((plan.planned().toSeconds() + 59) / 60), planDetails(plan.length(), p));
        };
        return ask(withOffers(state, state.offers().offeringPlan(plan.length())), offer, Question.START_PLAN);
    }

    private String planDetails(RoutineLength plan, Position p) {
        Planner.Cuts c = planner.cuts(plan, p.holdSeconds());
        return prompts.planDetails(c.sets(), c.mostSets(), c.holdSeconds(), c.reps(), c.mostReps(), c.rounds(), c.mostRounds(), c.cycleName());
    }

    private Turn yes(DialogState state) {
        return switch (state.question()) {
            case START -> coach(state, new Command.Start());
            case RESUME -> coach(state, new Command.Resume());
            case START_FRESH, START_OVER_INSTEAD, ANOTHER_ROUND -> coach(state, new Command.StartOver());
            case CONTINUE -> next(state);
            case TRY_EASIER -> coach(state, new Command.Easier(Optional.empty()));
            case SKIP_STRETCH, SKIP_AFTER_EASIER -> coach(state, new Command.SkipStretch());
            case TRY_STANDARD -> acceptStandard(state);
            case START_PLAN -> state.offers().plan().map(plan -> coach(state, new Command.StartPlan(plan))).orElseGet(() -> unclearAnswer(state));
            // The skill sets the reminder itself on this yes; one that reaches here had nothing to set.
            case CONFIRM_REMINDER, NONE -> unclearAnswer(state);
        };
    }

    private Turn no(DialogState state) {
        Status status = state.coach().position().status();
        return switch (state.question()) {
            case START, START_OVER_INSTEAD, ANOTHER_ROUND -> ask(state, prompts.goodbye(status), Question.NONE);
            case RESUME -> ask(state, prompts.offerStartOverInstead(), Question.START_OVER_INSTEAD);
            case START_FRESH -> coach(state, new Command.Resume());
            case CONTINUE -> ask(state, prompts.noRush(), Question.CONTINUE);
            case TRY_EASIER -> ask(state, prompts.offerSkip(currentStretch(state).name()), Question.SKIP_STRETCH);
            case SKIP_STRETCH -> ask(state, prompts.stayWithStretch(), Question.CONTINUE);
            case SKIP_AFTER_EASIER -> gentlerExists(state)
                    ? coach(state, new Command.Easier(Optional.empty()))
                    : ask(state, prompts.stayWithStretch(), Question.CONTINUE);
            case TRY_STANDARD -> declineStandard(state);
            case CONFIRM_REMINDER -> ask(state, prompts.noReminder(status), questionFor(status));
            case START_PLAN -> ask(state, prompts.planDeclined(status), questionFor(status));
            case NONE -> unclearAnswer(state);
        };
    }

    /**
     * Easier for the stretch in hand: the first time, as asked; the second time on the same stretch,
     * skipping it is offered first, since two steps down suggest it is not the day for it.
     */
    private Turn easier(DialogState state, Command.Easier command) {
        Position p = state.coach().position();
        Optional<String> named = command.stretchName().filter(n -> !n.isBlank());
        Optional<Stretch> target = named.isPresent() ? routine.byName(named.get())
                : p.status() == Status.IN_PROGRESS ? Optional.of(currentStretch(state)) : Optional.empty();
        boolean inHand = p.status() == Status.IN_PROGRESS && target.isPresent()
                && target.get().id().equals(p.step().stretchId());
        if (!inHand) {
            return coach(state, command);
        }
        String id = target.get().id();
        if (state.offers().easierAskedOn().equals(Optional.of(id))) {
            return ask(state, prompts.offerSkipAfterEasier(target.get().name(), gentlerExists(state)), Question.SKIP_AFTER_EASIER);
        }
        return coach(withOffers(state, state.offers().easierAsked(id)), command);
    }

    private boolean gentlerExists(DialogState state) {
        Position p = state.coach().position();
        if (p.status() != Status.IN_PROGRESS) {
            return false;
        }
        Stretch stretch = currentStretch(state);
        return p.levelOf(stretch.id()) != Level.EASIER && stretch.has(Level.EASIER);
    }

    /** Yes to the standard version: switch, then do what the user had asked for, which now starts at standard. */
    private Turn acceptStandard(DialogState state) {
        Optional<Offers.StandardOffer> pending = state.offers().pending();
        if (pending.isEmpty()) {
            return unclearAnswer(state);
        }
        Stretch stretch = routine.stretch(pending.get().stretchId());
        CoachState c = state.coach();
        Position standard = coach.navigator().apply(c.position(), new Command.Standard(Optional.of(stretch.name()))).position();
        DialogState switched = withCoach(withOffers(state, state.offers().settled()), new CoachState(standard, c.introduced(), c.turn(), c.newUser()));
        return prefixed(coach(switched, pending.get().deferred()), prompts.standardAccepted());
    }

    private Turn declineStandard(DialogState state) {
        Optional<Offers.StandardOffer> pending = state.offers().pending();
        if (pending.isEmpty()) {
            return unclearAnswer(state);
        }
        return prefixed(coach(withOffers(state, state.offers().settled()), pending.get().deferred()), prompts.easierKept());
    }

    private Turn reminder(DialogState state, ReminderOutcome outcome) {
        Status status = state.coach().position().status();
        if (outcome instanceof ReminderOutcome.AskingPermission a) {
            // Alexa asks for the permission next, in its own words; nothing of ours waits for an answer.
            return ask(state, prompts.reminderNeedsPermission(a.time()), Question.NONE);
        }
        if (outcome instanceof ReminderOutcome.NeedTime || outcome instanceof ReminderOutcome.VagueTime) {
            return ask(state, prompts.reminderWhatTime(outcome instanceof ReminderOutcome.VagueTime), state.question());
        }
        Spoken spoken;
        if (outcome instanceof ReminderOutcome.Set set) {
            spoken = prompts.reminderSet(set.time(), set.replaced(), status);
        } else if (outcome instanceof ReminderOutcome.NoPermission) {
            spoken = prompts.reminderWithoutPermission(status);
        } else if (outcome instanceof ReminderOutcome.NotSupported) {
            spoken = prompts.remindersNotSupported(status);
        } else {
            spoken = prompts.reminderFailed(status);
        }
        return ask(state, spoken, questionFor(status));
    }

    private Turn unclearAnswer(DialogState state) {
        Status status = state.coach().position().status();
        return ask(state, prompts.notSureWhatYes(status), questionFor(status));
    }

    /** Moves on from the saved set; "resume" is the way to do the interrupted set again. */
    private Turn next(DialogState state) {
        return coach(state, new Command.Next());
    }

    private Turn pain(DialogState state) {
        Position p = state.coach().position();
        if (p.status() != Status.IN_PROGRESS) {
            return ask(state, prompts.painOutsideStretch(p.status()), questionFor(p.status()));
        }
        Stretch stretch = currentStretch(state);
        boolean gentlerExists = p.levelOf(stretch.id()) != Level.EASIER;
        return ask(state, prompts.painDuringStretch(stretch.name(), gentlerExists),
                gentlerExists ? Question.TRY_EASIER : Question.SKIP_STRETCH);
    }

    private Turn describe(DialogState state, Optional<String> name) {
        Position p = state.coach().position();
        Optional<String> wanted = name.filter(n -> !n.isBlank());
        Optional<Stretch> stretch;
        if (wanted.isPresent()) {
            stretch = routine.byName(wanted.get());
            if (stretch.isEmpty()) {
                return ask(state, replies.notPossible(Reason.UNKNOWN_STRETCH, Optional.empty(), Level.STANDARD, p.status()),
                        questionFor(p.status()));
            }
        } else if (p.status() == Status.FINISHED) {
            return ask(state, replies.notPossible(Reason.NO_CURRENT_STRETCH, Optional.empty(), Level.STANDARD, p.status()),
                    questionFor(p.status()));
        } else {
            stretch = Optional.of(currentStretch(state));
        }
        Stretch s = stretch.get();
        boolean current = p.status() == Status.IN_PROGRESS && p.step().stretchId().equals(s.id());
        Spoken spoken = replies.describe(s, p.levelOf(s.id()), current ? p.step().side() : Side.NONE, p.status());
        return ask(state, spoken, questionFor(p.status()));
    }

    private Stretch currentStretch(DialogState state) {
        return coach.navigator().stretchOf(state.coach().position().step());
    }

    private Turn coach(DialogState state, Command command) {
        Reply reply = coach.handle(state.coach(), command);
        Optional<Stretch> offer = standardWorthOffering(state, command, reply);
        if (offer.isPresent()) {
            DialogState offering = withOffers(state, state.offers().offering(new Offers.StandardOffer(offer.get().id(), command)));
            return ask(offering, prompts.offerStandard(offer.get().name()), Question.TRY_STANDARD);
        }
        Question question = !reply.spoken().asks() ? Question.NONE
                : reply.turn().isPresent() ? Question.CONTINUE
                : questionFor(reply.state().position().status());
        boolean finishedNow = state.coach().position().status() != Status.FINISHED
                && reply.state().position().status() == Status.FINISHED;
        if (finishedNow) {
            Visit visit = state.visit().finishedNow();
            DialogState finished = new DialogState(state.coach(), state.question(), visit, state.greeted(), state.offers());
            return new Turn(answered(finished, reply.state(), question), replies.finished(visit.streak().current()), reply.turn(), false);
        }
        return new Turn(answered(state, reply.state(), question), reply.spoken(), reply.turn(), false);
    }

    /**
     * The standard version is offered, once, just before the first set of a stretch this session
     * when the user has done it at the easier version in several recent sessions.
     */
    private Optional<Stretch> standardWorthOffering(DialogState state, Command command, Reply reply) {
        if (reply.turn().isEmpty() || reply.turn().get().part() != 1 || command instanceof Command.Easier
                || command instanceof Command.Harder || command instanceof Command.Standard) {
            return Optional.empty();
        }
        String id = reply.turn().get().step().stretchId();
        boolean ready = state.visit().readyForStandard().contains(id) && !state.offers().standardOffered().contains(id)
                && !state.coach().introduced().contains(id) && reply.state().position().levelOf(id) == Level.EASIER;
        return ready ? Optional.of(routine.stretch(id)) : Optional.empty();
    }

    /** The same answer with a sentence before it. */
    private static Turn prefixed(Turn turn, String sentence) {
        Spoken s = turn.spoken();
        return new Turn(turn.state(), new Spoken(Script.builder().say(sentence).then(s.speech()).build(), s.reprompt()),
                turn.coached(), turn.paused());
    }

    private static DialogState withOffers(DialogState state, Offers offers) {
        return new DialogState(state.coach(), state.question(), state.visit(), state.greeted(), offers);
    }

    private static DialogState withCoach(DialogState state, CoachState coachState) {
        return new DialogState(coachState, state.question(), state.visit(), state.greeted(), state.offers());
    }

    private static Turn ask(DialogState state, Spoken spoken, Question question) {
        return new Turn(answered(state, state.coach(), spoken.asks() ? question : Question.NONE), spoken, Optional.empty(), false);
    }

    private static DialogState answered(DialogState state, CoachState coachState, Question question) {
        // An offer waits only for the answer right after it.
        Offers offers = question == Question.TRY_STANDARD || question == Question.CONFIRM_REMINDER || question == Question.START_PLAN
                ? state.offers() : state.offers().settled();
        return new DialogState(coachState, question, state.visit(), true, offers);
    }

    /** The question that the closing line for this status asks ("say start", "say next", "another round"). */
    private static Question questionFor(Status status) {
        return switch (status) {
            case NOT_STARTED -> Question.START;
            case IN_PROGRESS -> Question.CONTINUE;
            case FINISHED -> Question.ANOTHER_ROUND;
        };
    }
}
