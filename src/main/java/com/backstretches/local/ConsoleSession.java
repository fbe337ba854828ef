package com.backstretches.local;

import java.util.Optional;

/**
 * One person at the console, line by line, as Alexa would treat what they say: words go to the skill
 * through {@link AlexaClient}; an empty line is silence, which plays the reprompt and then closes the
 * session; "exit" closes it as on a device; "quit" closes it and leaves the console.
 *
 * <p>While Alexa is asking for a permission on the skill's behalf ({@link AlexaClient#consentPending()}),
 * the line is the answer to Alexa, never the skill's: words (even "exit") are taken as yes, no or no
 * answer, as {@link AlexaClient#say} takes them, and silence is no answer (NOT_ANSWERED).
 */
public final class ConsoleSession {

    /** What came of one line. */
    public sealed interface Heard {
    }

    /** The skill answered. */
    public record Answer(Turn turn) implements Heard {
    }

    /**
     * The line answered Alexa's own permission question: Alexa took it as {@code payloadStatus}
     * (ACCEPTED, DENIED or NOT_ANSWERED) and told the skill, whose answer is {@code turn}.
     */
    public record ConsentAnswer(String payloadStatus, Turn turn) implements Heard {
    }

    /** Silence while the skill waited for an answer: Alexa speaks the reprompt, the skill is not called. */
    public record Reprompt(String ssml) implements Heard {
    }

    /** Alexa closed the session and told the skill so (a SessionEndedRequest). */
    public record Closed(String why) implements Heard {
    }

    /** Nothing reached the skill. */
    public record Nothing(String why) implements Heard {
    }

    /** The skill failed to answer at all; on a device, Alexa would say there was a problem with the skill. */
    public record Failure(String why) implements Heard {
    }

    private static final String USER_INITIATED = "USER_INITIATED";

    private final AlexaClient alexa;
    private Optional<String> reprompt = Optional.empty();
    private boolean reprompted;
    private boolean finished;

    public ConsoleSession(AlexaClient alexa) {
        this.alexa = alexa;
    }

    public Heard hear(String line) {
        String words = UtteranceMatcher.normalize(line).replaceFirst("^alexa\\b ?", "");
        if (words.equals("quit")) {
            finished = true;
            return close("you quit the console", USER_INITIATED);
        }
        if (alexa.consentPending().isPresent()) {
            return answerToAlexa(line, words.isEmpty());
        }
        if (words.isEmpty()) {
            return silence();
        }
        if (alexa.isExit(line)) {
            return close("you said " + words, USER_INITIATED);
        }
        try {
            return answered(alexa.say(line));
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** End of input: like quit. */
    public Heard endOfInput() {
        finished = true;
        return close("the input ended", USER_INITIATED);
    }

    /** Whether the user asked to leave. */
    public boolean finished() {
        return finished;
    }

    public boolean sessionOpen() {
        return alexa.sessionOpen();
    }

    private Heard answerToAlexa(String line, boolean silent) {
        String status = silent ? AlexaClient.NOT_ANSWERED : alexa.consentAnswerFor(line);
        try {
            Turn turn = alexa.answerConsent(status);
            answered(turn);
            return new ConsentAnswer(status, turn);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private Heard silence() {
        if (!alexa.sessionOpen()) {
            return new Nothing("silence, and no session is open: say \""
                    + alexa.language().openPhrase(alexa.model().invocationName()) + "\" to start one");
        }
        if (!reprompted && reprompt.isPresent()) {
            reprompted = true;
            return new Reprompt(reprompt.get());
        }
        return close("no answer, so Alexa closed the session", "EXCEEDED_MAX_REPROMPTS");
    }

    /** {@code reason} is the SessionEndedRequest's, as Alexa would send it. */
    private Heard close(String why, String reason) {
        if (!alexa.sessionOpen()) {
            return new Nothing(why + "; no session was open");
        }
        try {
            alexa.endSession(reason);
        } catch (RuntimeException e) {
            // The session is over whatever the skill made of it; Alexa ignores what it says here.
            return new Failure("the skill failed on the end of the session: " + e.getMessage());
        } finally {
            reprompt = Optional.empty();
        }
        return new Closed(why);
    }

    /**
     * A skill that fails to answer loses the session: Alexa apologises on its behalf and sends a
     * SessionEndedRequest with reason ERROR.
     */
    private Heard failed(RuntimeException e) {
        reprompt = Optional.empty();
        if (alexa.sessionOpen()) {
            try {
                alexa.endSession("ERROR");
            } catch (RuntimeException ignored) {
                // Already failing; the session is over either way.
            }
        }
        return new Failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private Heard answered(Turn turn) {
        reprompt = turn.sessionOpen() ? turn.reprompt() : Optional.empty();
        reprompted = false;
        return new Answer(turn);
    }
}
