package com.backstretches.routine;

import java.util.List;

/** A sequence of fixed holds repeated a number of times (the A-frame to squat: 10 s, 10 s, ten times). */
public record Cycle(int times, List<TimedHold> holds) {

    public Cycle {
        holds = List.copyOf(holds);
    }
}
