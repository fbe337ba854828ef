package com.backstretches.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines read as they come, UTF-8, with no editing and no wrapping: piped input, files, tests. At a
 * terminal where line editing could not start, it still shows the prompt.
 */
final class PlainInput implements LineInput {

    private final BufferedReader lines;
    private final PrintStream out;
    private final boolean prompt;

    PlainInput(InputStream input, PrintStream out, boolean prompt) {
        this.lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        this.out = out;
        this.prompt = prompt;
    }

    @Override
    public String readLine() throws IOException {
        if (prompt) {
            out.print(Console.PROMPT);
            out.flush();
        }
        return lines.readLine();
    }

    @Override
    public int columns() {
        return 0;
    }

    /** Leaves the stream open: it is the caller's (standard input, or a test's). */
    @Override
    public void close() {
    }
}
