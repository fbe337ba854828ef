package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing at the console's terminal, played through JLine on an in-memory xterm: the keys a person
 * presses go in as the bytes their terminal would send.
 */
class TerminalInputTest {

    /** What an xterm sends for each key once JLine has switched it to application mode, as it does. */
    private static final String UP = "\u001bOA";
    private static final String DOWN = "\u001bOB";
    private static final String LEFT = "\u001bOD";
    private static final String HOME = "\u001bOH";
    private static final String END = "\u001bOF";
    private static final String CTRL_D = "\u0004";
    private static final String ENTER = "\r";

    @Test
    void the_arrow_keys_move_in_the_line_instead_of_typing_escape_codes() throws IOException {
        List<String> lines = type(Optional.empty(), "open back stretche" + LEFT + "x" + END + "s" + HOME + "alexa " + ENTER);

        assertThat(lines).containsExactly("alexa open back stretchxes");
    }

    @Test
    void the_arrow_keys_work_from_a_terminal_that_stays_in_normal_mode_too() throws IOException {
        String up = "\u001b[A";
        String left = "\u001b[D";
        String right = "\u001b[C";
        String home = "\u001b[H";
        String end = "\u001b[F";
        List<String> lines = type(Optional.empty(),
                "yes" + ENTER + up + left + "a" + right + "!" + home + ">" + end + "<" + ENTER + home + "x" + "\u001b[4~" + "y" + ENTER);

        assertThat(lines).containsExactly("yes", ">yeas!<", "xy");
    }

    @Test
    void the_up_arrow_brings_back_the_line_before_and_down_goes_forward_again() throws IOException {
        List<String> lines = type(Optional.empty(),
                "open back stretches" + ENTER + "yes" + ENTER + UP + UP + ENTER + UP + UP + DOWN + ENTER);

        assertThat(lines).containsExactly("open back stretches", "yes", "open back stretches", "open back stretches");
    }

    @Test
    void lines_typed_are_kept_in_the_history_file_and_come_back_with_the_up_arrow_next_run(@TempDir Path data)
            throws IOException {
        Path history = data.resolve(Console.HISTORY_FILE);
        type(Optional.of(history), "hold for forty five seconds" + ENTER + "pause" + ENTER);

        assertThat(Files.readString(history)).contains("hold for forty five seconds", "pause");

        List<String> nextRun = type(Optional.of(history), UP + UP + ENTER);
        assertThat(nextRun).containsExactly("hold for forty five seconds");
    }

    @Test
    void without_a_history_file_nothing_is_remembered_by_the_next_run(@TempDir Path data) throws IOException {
        type(Optional.empty(), "pause" + ENTER);

        assertThat(type(Optional.empty(), UP + "resume" + ENTER)).containsExactly("resume");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void a_line_comes_back_exactly_as_typed_with_apostrophes_backslashes_and_exclamation_marks() throws IOException {
        List<String> lines = type(Optional.empty(), "what's next" + ENTER + "I don't know!" + ENTER + "a\\ b \"c" + ENTER
                + "!!" + ENTER);

        assertThat(lines).containsExactly("what's next", "I don't know!", "a\\ b \"c", "!!");
    }

    @Test
    void an_empty_line_is_read_as_an_empty_line_for_silence() throws IOException {
        assertThat(type(Optional.empty(), ENTER + "yes" + ENTER)).containsExactly("", "yes");
    }

    @Test
    void ctrl_d_on_an_empty_line_ends_the_input() throws IOException {
        assertThat(type(Optional.empty(), "yes" + ENTER + CTRL_D + "never read" + ENTER)).containsExactly("yes");
    }

    @Test
    void answers_wrap_at_the_terminals_width_or_at_eighty_columns_when_it_cannot_tell() throws IOException {
        try (LineInput input = new TerminalInput(terminal("", 57), Optional.empty(), "you> ")) {
            assertThat(input.columns()).isEqualTo(57);
        }
        try (LineInput input = new TerminalInput(terminal("", 0), Optional.empty(), "you> ")) {
            assertThat(input.columns()).isEqualTo(TerminalInput.FALLBACK_COLUMNS).isEqualTo(80);
        }
    }

    /** Every line read from {@code keys} until the end of input. */
    private static List<String> type(Optional<Path> history, String keys) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineInput input = new TerminalInput(terminal(keys, 80), history, Console.PROMPT)) {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Terminal terminal(String keys, int columns) throws IOException {
        Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        terminal.setSize(Size.of(columns, 24));
        return terminal;
    }
}
