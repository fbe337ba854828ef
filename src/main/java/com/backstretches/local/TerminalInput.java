package com.backstretches.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A person typing at a terminal, through JLine: the line can be edited (arrows, Home and End, Ctrl-A
 * and Ctrl-E, Ctrl-W, ...), the up and down arrows go through earlier lines, and with a history file
 * those lines are kept for the next run. The only class of the console that touches JLine, which is
 * on the console's class path and not in the Lambda jar; {@link Console} loads it only when standard
 * input and output are a terminal.
 *
 * <p>The line comes back exactly as typed: quotes, backslashes and "!" mean nothing here, as people
 * type "what's next" and "I don't know!". Ctrl-D on an empty line, or Ctrl-C on one, ends the input as
 * "quit" does; Ctrl-C with words typed drops them and asks again.
 */
final class TerminalInput implements LineInput {

    /** Lines kept, in memory and in the file. */
    static final int HISTORY_SIZE = 1000;
    /** When the terminal cannot tell its width (0): the width terminals start with. */
    static final int FALLBACK_COLUMNS = 80;

    private final Terminal terminal;
    private final LineReader reader;
    private final String prompt;

    TerminalInput(Terminal terminal, Optional<Path> historyFile, String prompt) {
        this.terminal = terminal;
        this.prompt = prompt;
        // Words as typed: no quoting, no escapes, so an apostrophe never asks for a second line.
        DefaultParser words = new DefaultParser();
        words.setQuoteChars(new char[0]);
        words.setEscapeChars(new char[0]);
        words.setEofOnUnclosedQuote(false);
        words.setEofOnEscapedNewLine(false);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("back-stretches")
                .parser(words)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE);
        historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        this.reader = builder.build();
        bindCursorKeys(reader.getKeyMaps().get(LineReader.MAIN));
    }

    /**
     * JLine binds the keys the terminal's description names, which for an xterm are those it sends in
     * application mode (ESC O A for up); terminals that stay in normal mode send ESC [ A instead, which
     * would otherwise come out as "[A" in the line. Both work.
     */
    private static void bindCursorKeys(KeyMap<Binding> keys) {
        Map<String, String> normalMode = Map.of(
                "\u001b[A", LineReader.UP_LINE_OR_SEARCH,
                "\u001b[B", LineReader.DOWN_LINE_OR_SEARCH,
                "\u001b[C", LineReader.FORWARD_CHAR,
                "\u001b[D", LineReader.BACKWARD_CHAR,
                "\u001b[H", LineReader.BEGINNING_OF_LINE,
                "\u001b[F", LineReader.END_OF_LINE,
                "\u001b[1~", LineReader.BEGINNING_OF_LINE,
                "\u001b[4~", LineReader.END_OF_LINE);
        normalMode.forEach((sequence, widget) -> {
            if (keys.getBound(sequence) == null) {
                keys.bind(new Reference(widget), sequence);
            }
        });
    }

    /**
     * This process's terminal, its history in {@code historyFile} (or in memory for this run only).
     *
     * @throws IOException when no terminal can be opened
     */
    static LineInput open(Optional<Path> historyFile, String prompt) throws IOException {
        // No grapheme-cluster probing: its queries to the terminal (JLine 4) drain whatever was typed
        // while the console was starting, and the console's words need no emoji widths.
        Terminal terminal = TerminalBuilder.builder().system(true).name("back-stretches").graphemeCluster(false).build();
        return new TerminalInput(terminal, historyFile, prompt);
    }

    @Override
    public String readLine() {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (EndOfFileException e) {
                return null;
            } catch (UserInterruptException e) {
                if (e.getPartialLine() == null || e.getPartialLine().isBlank()) {
                    return null;
                }
                // Words typed and Ctrl-C: dropped, as in a shell; ask again.
            }
        }
    }

    /** The terminal's width now (it may have been resized), or {@link #FALLBACK_COLUMNS} when it cannot tell. */
    @Override
    public int columns() {
        int width = terminal.getColumns();
        return width > 0 ? width : FALLBACK_COLUMNS;
    }

    /** Saves the history (each line is also written as it is entered) and gives the terminal back. */
    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // Lines entered are already in the file; a history that cannot be written only loses this save.
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // Leaving anyway; the terminal's own settings were put back when the last line was read.
        }
    }
}
