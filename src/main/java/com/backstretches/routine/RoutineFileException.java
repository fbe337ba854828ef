package com.backstretches.routine;

import java.util.List;

/** The routine file cannot be used; the message lists every problem, each naming the stretch and field. */
public final class RoutineFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RoutineFileException(String source, List<String> problems) {
        super("Routine file " + source + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
