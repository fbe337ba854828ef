package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole console with a person at a terminal (an in-memory xterm through JLine): what they typed
 * in one run is there with the up arrow in the next, kept in the data folder, and the answers fit the
 * terminal's width.
 */
class ConsoleAtATerminalTest {

    private static final String UP = "\u001bOA";
    private static final String ENTER = "\r";
    private static final String CTRL_D = "\u0004";

    @Test
    void the_line_typed_in_one_run_comes_back_with_the_up_arrow_in_the_next_from_the_data_folder(@TempDir Path data) {
        String first = console(data, 100, "exit" + ENTER + "quit" + ENTER);
        assertThat(first).contains("(you said exit; no session was open)");
        assertThat(data.resolve(Console.HISTORY_FILE)).content().contains("exit", "quit");

        // Up twice: past "quit" to the line before it, as typed in the first run.
        String second = console(data, 100, UP + UP + ENTER + CTRL_D);
        assertThat(second).contains("(you said exit; no session was open)");
    }

    @Test
    void answers_are_wrapped_between_words_at_the_terminals_width(@TempDir Path data) {
        String output = console(data, 50, "open back stretches" + ENTER + CTRL_D);

        assertThat(output.lines()).hasSizeGreaterThan(8)
                .allSatisfy(line -> assertThat(WordWrap.width(line)).isLessThanOrEqualTo(50));
        assertThat(output.replaceAll("\\s+", " ")).contains("Welcome to Back Stretches.");
    }

    @Test
    void the_history_file_is_in_the_data_folder_and_there_is_none_without_one() {
        assertThat(Console.historyFile(new ConsoleOptions.OnDisk(Path.of("somewhere"))))
                .contains(Path.of("somewhere", Console.HISTORY_FILE));
        assertThat(Console.historyFile(new ConsoleOptions.InMemory())).isEmpty();
        assertThat(Console.historyFile(new ConsoleOptions.Endpoint(URI.create("http://localhost:8000")))).isEmpty();
    }

    /** One run of the console at a terminal {@code columns} wide, with these keys typed; what it printed. */
    private static String console(Path data, int columns, String keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Console.run(new String[] {"--data", data.toString(), "--user", "at-a-terminal"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true,
                history -> new TerminalInput(terminal(keys, columns), history, Console.PROMPT));
        assertThat(code).as("exit code; stderr:%n%s", err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Terminal terminal(String keys, int columns) {
        try {
            Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), StandardCharsets.UTF_8);
            terminal.setSize(Size.of(columns, 24));
            return terminal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
