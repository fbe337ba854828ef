package com.backstretches.local;

import com.backstretches.local.ConsoleSession.Answer;
import com.backstretches.local.ConsoleSession.Closed;
import com.backstretches.local.ConsoleSession.Failure;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.local.ConsoleSession.Nothing;
import com.backstretches.local.ConsoleSession.Reprompt;
import com.backstretches.local.SpokenText.Pause;
import com.backstretches.local.SpokenText.Piece;
import com.backstretches.local.SpokenText.Words;
import com.backstretches.speech.SpeechTiming;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Shows each response as a block of lines: what Alexa says with its pauses inline, the reprompt
 * marked, and "(session ended)" when the session is over. In real time the words come out piece by
 * piece, each taking as long as it would to say, and each pause is waited, counting down on a
 * terminal; with a speaker the words are spoken instead.
 */
public final class ConsolePrinter {

    /** Waits out a pause; tests pass one that returns at once. */
    @FunctionalInterface
    public interface Waiter {
        void waitMillis(long millis) throws InterruptedException;
    }

    public record Style(boolean terminal, boolean echo, boolean ssml, boolean realTime) {
    }

    private static final String ALEXA = "alexa> ";
    private static final String INDENT = "       ";

    private final PrintStream out;
    private final Style style;
    private final Optional<Speaker> speaker;
    private final Waiter waiter;

    public ConsolePrinter(PrintStream out, Style style, Optional<Speaker> speaker, Waiter waiter) {
        this.out = out;
        this.style = style;
        this.speaker = speaker;
        this.waiter = waiter;
    }

    /** Prints one block for one line of input, then an empty line to separate it from the next. */
    public void print(String line, Heard heard) throws InterruptedException {
        if (style.echo()) {
            out.println("> " + line);
        }
        if (heard instanceof Answer answer) {
            answer(answer.turn());
        } else if (heard instanceof Reprompt reprompt) {
            note("(silence: Alexa plays the reprompt)");
            speech(reprompt.ssml());
        } else if (heard instanceof Closed closed) {
            note("(" + closed.why() + ")");
            note("(session ended)");
        } else if (heard instanceof Nothing nothing) {
            note("(" + nothing.why() + ")");
        } else if (heard instanceof Failure failure) {
            note("(the skill did not answer: " + failure.why() + ")");
            note("(on a device: \"There was a problem with the requested skill's response\")");
            note("(session ended)");
        }
        out.println();
        out.flush();
    }

    private void answer(Turn turn) throws InterruptedException {
        if (turn.speech().isEmpty()) {
            note("(the skill said nothing)");
        } else {
            speech(turn.speech());
        }
        if (style.ssml()) {
            out.println(INDENT + dim("ssml: " + turn.speech()));
        }
        if (turn.sessionOpen()) {
            turn.reprompt().ifPresent(r -> {
                out.println(INDENT + dim("reprompt, after about 8 s of silence: ") + SpokenText.ofSsml(r).inline());
                if (style.ssml()) {
                    out.println(INDENT + dim("ssml: " + r));
                }
            });
            note(turn.reprompt().isPresent() ? "(listening)" : "(session open)");
        } else {
            note("(session ended)");
        }
    }

    private void speech(String ssml) throws InterruptedException {
        SpokenText spoken = SpokenText.ofSsml(ssml);
        if (!style.realTime() && speaker.isEmpty()) {
            out.println(colour(ALEXA) + spoken.inline());
            return;
        }
        // Piece by piece, so what is shown (and heard) keeps pace with the pauses.
        out.print(colour(ALEXA));
        boolean first = true;
        for (Piece piece : spoken.pieces()) {
            if (!first) {
                out.print(INDENT);
            }
            first = false;
            if (piece instanceof Words words) {
                out.println(words.text());
                out.flush();
                if (speaker.isPresent()) {
                    speaker.get().say(words.text());
                } else if (style.realTime()) {
                    // Silent, the words still take time to say; the routine's timings count on it.
                    waiter.waitMillis(SpeechTiming.DEFAULT.saying(words.text()).toMillis());
                }
            } else {
                pause((Pause) piece);
            }
        }
        if (first) {
            out.println();
        }
    }

    private void pause(Pause pause) throws InterruptedException {
        String label = "[pause " + pause.label() + "]";
        if (!style.realTime()) {
            out.println(label);
            return;
        }
        long left = pause.millis();
        while (left > 0) {
            if (style.terminal()) {
                out.print("\r" + INDENT + label + dim(" " + (left + 999) / 1000 + "s left ") + "\u001b[K");
                out.flush();
            }
            long step = Math.min(1000, left);
            waiter.waitMillis(step);
            left -= step;
        }
        if (style.terminal()) {
            out.print("\r" + INDENT + label + "\u001b[K");
        } else {
            out.print(label);
        }
        out.println();
    }

    private void note(String text) {
        out.println(INDENT + dim(text));
    }

    private String colour(String text) {
        return style.terminal() ? "\u001b[36m" + text + "\u001b[0m" : text;
    }

    private String dim(String text) {
        return style.terminal() ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
