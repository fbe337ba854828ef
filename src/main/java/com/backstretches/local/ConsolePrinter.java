package com.backstretches.local;

import com.backstretches.local.ConsoleSession.Answer;
import com.backstretches.local.ConsoleSession.Closed;
import com.backstretches.local.ConsoleSession.ConsentAnswer;
import com.backstretches.local.ConsoleSession.Failure;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.local.ConsoleSession.Nothing;
import com.backstretches.local.ConsoleSession.Reprompt;
import com.backstretches.local.SpokenText.Pause;
import com.backstretches.local.SpokenText.Piece;
import com.backstretches.local.SpokenText.Words;
import com.backstretches.speech.SpeechTiming;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Shows each response as a block of lines: what Alexa says with its pauses inline, the reprompt
 * marked, and "(session ended)" when the session is over. In real time the words come out piece by
 * piece, each taking as long as it would to say, and each pause is waited, counting down on a
 * terminal; with a speaker the words are spoken instead.
 *
 * <p>When the skill hands over to Alexa to ask for a permission, what Alexa itself would say follows
 * the skill's words, marked "(Alexa)", and the block ends "(listening)": the next line answers Alexa.
 * What the skill changed in Alexa's own world (a reminder set in the Alexa app) is shown as a note.
 *
 * <p>Given the terminal's width, lines break between words, continuing under the text after the
 * prompt; the raw SSML ({@code --ssml}) is left whole, for copying. Without a width (piped output)
 * every line is printed as it is.
 */
public final class ConsolePrinter {

    /** Waits out a pause; tests pass one that returns at once. */
    @FunctionalInterface
    public interface Waiter {
        void waitMillis(long millis) throws InterruptedException;
    }

    public record Style(boolean terminal, boolean echo, boolean ssml, boolean realTime) {
    }

    /** The skill's name as Alexa says it when it speaks about the skill. */
    static final String SKILL_NAME = "Back Stretches";
    /** Marks Alexa's own words, as opposed to the skill's. */
    static final String ALEXAS_OWN = "(Alexa) ";

    private static final String ALEXA = "alexa> ";
    private static final String INDENT = "       ";

    private final PrintStream out;
    private final Style style;
    private final Optional<Speaker> speaker;
    private final Waiter waiter;
    private final Supplier<List<String>> alexaChanges;
    /** The terminal's width, asked at each line (it can be resized); 0 for no wrapping. */
    private final IntSupplier columns;
    /** The language Alexa speaks its own words in, and the skill's name as it says it. */
    private final SpokenLanguage language;
    private final String skillName;

    public ConsolePrinter(PrintStream out, Style style, Optional<Speaker> speaker, Waiter waiter) {
        this(out, style, speaker, waiter, List::of);
    }

    public ConsolePrinter(PrintStream out, Style style, Optional<Speaker> speaker, Waiter waiter,
            Supplier<List<String>> alexaChanges) {
        this(out, style, speaker, waiter, alexaChanges, () -> 0);
    }

    /**
     * {@code alexaChanges}: what changed in Alexa's world since it was last asked (such as
     * {@link LocalAlexaApi#takeChanges()}), one note each, shown with the response that made them.
     * {@code columns}: the width to wrap lines at, asked before each line; 0 (or less) for none.
     */
    public ConsolePrinter(PrintStream out, Style style, Optional<Speaker> speaker, Waiter waiter,
            Supplier<List<String>> alexaChanges, IntSupplier columns) {
        this(out, style, speaker, waiter, alexaChanges, columns, SpokenLanguage.ENGLISH, SKILL_NAME);
    }

    private ConsolePrinter(PrintStream out, Style style, Optional<Speaker> speaker, Waiter waiter,
            Supplier<List<String>> alexaChanges, IntSupplier columns, SpokenLanguage language, String skillName) {
        this.language = language;
        this.skillName = skillName;
        this.out = out;
        this.style = style;
        this.speaker = speaker;
        this.waiter = waiter;
        this.alexaChanges = alexaChanges;
        this.columns = columns;
    }

    /**
     * The same printer for a device in another language: Alexa's own words (its permission question)
     * in {@code language}, naming the skill {@code skillName}. The default is English and "Back Stretches".
     */
    public ConsolePrinter speaking(SpokenLanguage language, String skillName) {
        return new ConsolePrinter(out, style, speaker, waiter, alexaChanges, columns, language, skillName);
    }

    /** What Alexa says, in its own words, to ask the user for these permissions on the skill's behalf. */
    static String consentQuestion(List<String> scopes) {
        return consentQuestion(scopes, SpokenLanguage.ENGLISH, SKILL_NAME);
    }

    static String consentQuestion(List<String> scopes, SpokenLanguage language, String skillName) {
        boolean reminders = scopes.isEmpty() || scopes.stream().allMatch(Envelopes.REMINDERS_SCOPE::equals);
        String and = switch (language) {
            case GERMAN -> " und ";
            case SPANISH -> " y ";
            case ENGLISH -> " and ";
        };
        return language.consentQuestion(skillName, reminders ? null : String.join(and, scopes));
    }

    /** Prints one block for one line of input, then an empty line to separate it from the next. */
    public void print(String line, Heard heard) throws InterruptedException {
        if (style.echo()) {
            out.println("> " + line);
        }
        if (heard instanceof Answer answer) {
            answer(answer.turn());
        } else if (heard instanceof ConsentAnswer consent) {
            note("(Alexa took that as " + consent.payloadStatus() + " and told the skill, in a new session)");
            answer(consent.turn());
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
        changes();
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
        changes();
        if (turn.asksForConsent()) {
            // Alexa ended the skill's session to ask; the next line is the user's answer to Alexa.
            speech("<speak>" + consentQuestion(turn.consentScopes(), language, skillName) + "</speak>", ALEXAS_OWN);
            note("(listening)");
        } else if (turn.sessionOpen()) {
            turn.reprompt().ifPresent(r -> {
                line(INDENT + dim("reprompt, after about 8 s of silence: ") + SpokenText.ofSsml(r).inline());
                if (style.ssml()) {
                    out.println(INDENT + dim("ssml: " + r));
                }
            });
            note(turn.reprompt().isPresent() ? "(listening)" : "(session open)");
        } else {
            note("(session ended)");
        }
    }

    /** Notes for what changed in Alexa's world, each shown once. */
    private void changes() {
        for (String change : alexaChanges.get()) {
            note("(" + change + ")");
        }
    }

    private void speech(String ssml) throws InterruptedException {
        speech(ssml, "");
    }

    /** {@code mark} is printed after the prompt and never spoken. */
    private void speech(String ssml, String mark) throws InterruptedException {
        SpokenText spoken = SpokenText.ofSsml(ssml);
        String prompt = colour(ALEXA) + (mark.isEmpty() ? "" : dim(mark));
        if (!style.realTime() && speaker.isEmpty()) {
            line(prompt + spoken.inline());
            return;
        }
        // Piece by piece, so what is shown (and heard) keeps pace with the pauses.
        boolean first = true;
        for (Piece piece : spoken.pieces()) {
            String lead = first ? prompt : INDENT;
            first = false;
            if (piece instanceof Words words) {
                line(lead + words.text());
                out.flush();
                if (speaker.isPresent()) {
                    speaker.get().say(words.text());
                } else if (style.realTime()) {
                    // Silent, the words still take time to say; the routine's timings count on it.
                    waiter.waitMillis(SpeechTiming.DEFAULT.saying(words.text()).toMillis());
                }
            } else {
                out.print(lead);
                pause((Pause) piece);
            }
        }
        if (first) {
            out.println(prompt);
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
        line(INDENT + dim(text));
    }

    /** One line, broken between words to the terminal's width, continuing under the text after the prompt. */
    private void line(String text) {
        out.println(WordWrap.wrap(text, columns.getAsInt(), INDENT));
    }

    private String colour(String text) {
        return style.terminal() ? "\u001b[36m" + text + "\u001b[0m" : text;
    }

    private String dim(String text) {
        return style.terminal() ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
