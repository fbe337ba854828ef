package com.backstretches.logging;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where finished lines go: stdout or stderr, looked up at each write so a stream swapped later (the
 * console, tests capturing output) is honoured. Each line is written whole, in one call, so lines from
 * two threads never interleave. {@link #capture()} lets a test read exactly what would be printed.
 */
public final class LogOutput {

    private static volatile Consumer<String> capture;

    private final LogSettings.Target target;

    private LogOutput(LogSettings.Target target) {
        this.target = target;
    }

    static LogOutput of(LogSettings.Target target) {
        return new LogOutput(target);
    }

    void write(String line) {
        Consumer<String> captured = capture;
        if (captured != null) {
            captured.accept(line);
            return;
        }
        PrintStream stream = target == LogSettings.Target.STDERR ? System.err : System.out;
        stream.print(line + System.lineSeparator());
    }

    /** Until closed, lines are collected instead of printed, from every logger. */
    public static Captured capture() {
        Captured captured = new Captured();
        capture = captured::add;
        return captured;
    }

    public static final class Captured implements AutoCloseable {

        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        private void add(String line) {
            lines.add(line);
        }

        /** The lines so far, each one JSON object without its line break. */
        public List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        @Override
        public void close() {
            capture = null;
        }
    }
}
