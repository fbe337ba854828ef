package com.backstretches.dialog;

import com.backstretches.coach.Coach;
import com.backstretches.coach.CoachState;
import com.backstretches.coach.Reply;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Command;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.speech.Prompts;
import com.backstretches.speech.Replies;
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
    private final Map<Integer, Integer> minutesByHold = new ConcurrentHashMap<>();

    public Dialog(Coach coach) {
        this.coach = coach;
        this.routine = coach.navigator().routine();
        this.replies = new Replies(routine);
    }

    /** The state at the start of a session, before anything is said. */
    public DialogState begin(Position position, Visit visit) {
        return new DialogState(CoachState.newSession(position, visit.newUser()), Question.NONE, visit, false);
    }

    /** The welcome when the user opens the skill. */
    public Turn open(DialogState state) {
        Position p = state.coach().position();
        Visit visit = state.visit();
        if (visit.newUser()) {
            return ask(state, Prompts.welcomeNewUser(routine.stretches().size(), minutes(p.holdSeconds())), Question.START);
        }
        if (p.status() == Status.IN_PROGRESS) {
            var where = coach.navigator().progress(p);
            return visit.longAway()
                    ? ask(state, Prompts.offerFreshStart(where), Question.START_FRESH)
                    : ask(state, Prompts.offerResume(where), Question.RESUME);
        }
        if (visit.finishedToday()) {
            return ask(state, Prompts.finishedToday(), Question.ANOTHER_ROUND);
        }
        return ask(state, Prompts.welcomeBack(), Question.START);
    }

    public Turn handle(DialogState state, Ask ask) {
        Status status = state.coach().position().status();
        if (ask instanceof Ask.Do d) {
            return coach(state, d.command());
        } else if (ask instanceof Ask.Start) {
            // "Alexa, start my back stretches" with a routine under way should not throw that place away unasked.
            return !state.greeted() && status == Status.IN_PROGRESS ? open(state) : coach(state, new Command.Start());
        } else if (ask instanceof Ask.Next) {
            return switch (state.question()) {
                case START, RESUME, START_FRESH, START_OVER_INSTEAD, ANOTHER_ROUND -> yes(state);
                default -> next(state);
            };
        } else if (ask instanceof Ask.Yes) {
            return yes(state);
        } else if (ask instanceof Ask.No) {
            return no(state);
        } else if (ask instanceof Ask.Pause) {
            return status == Status.IN_PROGRESS
                    ? new Turn(answered(state, state.coach(), Question.NONE),
                            Prompts.paused(coach.navigator().progress(state.coach().position())), Optional.empty(), true)
                    : ask(state, Prompts.nothingToPause(status), questionFor(status));
        } else if (ask instanceof Ask.Repeat) {
            return coach(state, new Command.RepeatSet());
        } else if (ask instanceof Ask.Help) {
            return ask(state, Prompts.help(status), questionFor(status));
        } else if (ask instanceof Ask.Pain) {
            return pain(state);
        } else if (ask instanceof Ask.Describe d) {
            return describe(state, d.stretchName());
        } else if (ask instanceof Ask.Stop) {
            return ask(state, Prompts.goodbye(status), Question.NONE);
        } else if (ask instanceof Ask.Fallback) {
            return ask(state, Prompts.didNotCatch(status), state.question());
        } else if (ask instanceof Ask.MissingStretch) {
            return ask(state, Prompts.whichStretch(routine.stretches().stream().map(Stretch::name).toList()), state.question());
        } else if (ask instanceof Ask.MissingHoldTime) {
            return ask(state, Prompts.whatHoldTime(), state.question());
        } else if (ask instanceof Ask.HoldTimeOutOfRange) {
            return ask(state, Prompts.holdTimeOutOfRange(state.coach().position().holdSeconds()), state.question());
        }
        throw new IllegalArgumentException("unhandled request " + ask);
    }

    /** About how many minutes the routine takes at this hold time, to the nearest five. */
    public int minutes(int holdSeconds) {
        return minutesByHold.computeIfAbsent(holdSeconds, hold -> {
            Duration planned = coach.plannedLength(hold);
            return (int) Math.max(5, Math.round(planned.toSeconds() / 300.0) * 5);
        });
    }

    private Turn yes(DialogState state) {
        return switch (state.question()) {
            case START -> coach(state, new Command.Start());
            case RESUME -> coach(state, new Command.Resume());
            case START_FRESH, START_OVER_INSTEAD, ANOTHER_ROUND -> coach(state, new Command.StartOver());
            case CONTINUE -> next(state);
            case TRY_EASIER -> coach(state, new Command.Easier(Optional.empty()));
            case SKIP_STRETCH -> coach(state, new Command.SkipStretch());
            case NONE -> unclearAnswer(state);
        };
    }

    private Turn no(DialogState state) {
        Status status = state.coach().position().status();
        return switch (state.question()) {
            case START, START_OVER_INSTEAD, ANOTHER_ROUND -> ask(state, Prompts.goodbye(status), Question.NONE);
            case RESUME -> ask(state, Prompts.offerStartOverInstead(), Question.START_OVER_INSTEAD);
            case START_FRESH -> coach(state, new Command.Resume());
            case CONTINUE -> ask(state, Prompts.noRush(), Question.CONTINUE);
            case TRY_EASIER -> ask(state, Prompts.offerSkip(currentStretch(state).name()), Question.SKIP_STRETCH);
            case SKIP_STRETCH -> ask(state, Prompts.stayWithStretch(), Question.CONTINUE);
            case NONE -> unclearAnswer(state);
        };
    }

    private Turn unclearAnswer(DialogState state) {
        Status status = state.coach().position().status();
        return ask(state, Prompts.notSureWhatYes(status), questionFor(status));
    }

    /** Moves on from the saved set; "resume" is the way to do the interrupted set again. */
    private Turn next(DialogState state) {
        return coach(state, new Command.Next());
    }

    private Turn pain(DialogState state) {
        Position p = state.coach().position();
        if (p.status() != Status.IN_PROGRESS) {
            return ask(state, Prompts.painOutsideStretch(p.status()), questionFor(p.status()));
        }
        Stretch stretch = currentStretch(state);
        boolean gentlerExists = p.levelOf(stretch.id()) != Level.EASIER;
        return ask(state, Prompts.painDuringStretch(stretch.name(), gentlerExists),
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
        Question question = !reply.spoken().asks() ? Question.NONE
                : reply.turn().isPresent() ? Question.CONTINUE
                : questionFor(reply.state().position().status());
        return new Turn(answered(state, reply.state(), question), reply.spoken(), reply.turn(), false);
    }

    private static Turn ask(DialogState state, Spoken spoken, Question question) {
        return new Turn(answered(state, state.coach(), spoken.asks() ? question : Question.NONE), spoken, Optional.empty(), false);
    }

    private static DialogState answered(DialogState state, CoachState coachState, Question question) {
        return new DialogState(coachState, question, state.visit(), true);
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
