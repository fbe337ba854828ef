package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.ConsolePrinter.Style;
import com.backstretches.local.ConsoleSession.Answer;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.local.ConsoleSession.Nothing;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Answers at a terminal break between words at its width; piped output is never wrapped. */
class ConsolePrinterWrappingTest {

    private static final String WELCOME = "<speak>Welcome to Back Stretches. I'll talk you through six gentle stretches"
            + " for your spine. <break time=\"2s\"/> Ready to start?</speak>";
    private static final String REPROMPT = "<speak>Say yes to start the first stretch, or stop to leave it for now.</speak>";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Long> waited = new ArrayList<>();

    @Test
    void at_a_width_the_answer_and_the_reprompt_break_between_words_and_line_up_under_the_text() throws Exception {
        printer(new Style(false, false, false, false), () -> 40).print("open back stretches", welcome());

        assertThat(output()).isEqualTo("""
                alexa> Welcome to Back Stretches. I'll
                       talk you through six gentle
                       stretches for your spine.
                       [pause 2s] Ready to start?
                       reprompt, after about 8 s of
                       silence: Say yes to start the
                       first stretch, or stop to leave
                       it for now.
                       (listening)

                """);
    }

    @Test
    void coloured_lines_at_a_terminal_wrap_at_the_visible_width() throws Exception {
        printer(new Style(true, false, false, false), () -> 40).print("open back stretches", welcome());

        List<String> lines = output().lines().filter(line -> !line.isEmpty()).toList();
        assertThat(lines).hasSize(9);
        assertThat(lines).allSatisfy(line -> assertThat(WordWrap.width(line)).isLessThanOrEqualTo(40));
        assertThat(lines.get(0)).isEqualTo("\u001b[36malexa> \u001b[0mWelcome to Back Stretches. I'll");
    }

    @Test
    void notes_wrap_too() throws Exception {
        printer(new Style(false, false, false, false), () -> 40)
                .print("", new Nothing("silence, and no session is open: say \"open back stretches\" to start one"));

        assertThat(output()).isEqualTo("       (silence, and no session is open:\n"
                + "       say \"open back stretches\" to\n"
                + "       start one)\n\n");
    }

    @Test
    void the_raw_ssml_is_left_whole_for_copying() throws Exception {
        printer(new Style(false, false, true, false), () -> 40).print("x", welcome());

        assertThat(output()).contains("       ssml: " + WELCOME + "\n");
    }

    @Test
    void without_a_width_every_line_is_printed_whole_exactly_as_before() throws Exception {
        Heard heard = welcome();
        printer(new Style(false, true, true, false), () -> 0).print("open back stretches", heard);
        String unwrapped = output();
        bytes.reset();
        new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), new Style(false, true, true, false),
                Optional.empty(), waited::add).print("open back stretches", heard);

        assertThat(unwrapped).isEqualTo(output());
        assertThat(unwrapped).contains("alexa> Welcome to Back Stretches. I'll talk you through six gentle stretches for"
                + " your spine. [pause 2s] Ready to start?\n");
    }

    @Test
    void in_real_time_each_piece_is_wrapped_as_it_is_said() throws Exception {
        printer(new Style(false, false, false, true), () -> 40).print("x", welcome());

        assertThat(output()).startsWith("""
                alexa> Welcome to Back Stretches. I'll
                       talk you through six gentle
                       stretches for your spine.
                       [pause 2s]
                       Ready to start?
                """);
        assertThat(waited).isNotEmpty();
    }

    @Test
    void the_width_is_asked_at_each_line_so_a_resized_terminal_is_followed() throws Exception {
        AtomicInteger columns = new AtomicInteger(200);
        ConsolePrinter printer = printer(new Style(false, false, false, false), columns::get);
        printer.print("x", welcome());
        assertThat(output().lines().findFirst().orElseThrow()).endsWith("Ready to start?");

        bytes.reset();
        columns.set(30);
        printer.print("x", welcome());
        assertThat(output().lines().findFirst().orElseThrow()).isEqualTo("alexa> Welcome to Back");
    }

    private ConsolePrinter printer(Style style, IntSupplier columns) {
        return new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), style, Optional.empty(),
                waited::add, List::of, columns);
    }

    private static Answer welcome() {
        return new Answer(new Turn(JsonNodeFactory.instance.objectNode(), WELCOME, Optional.of(REPROMPT), Optional.of(false),
                true, "LaunchRequest"));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
