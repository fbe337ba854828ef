package com.backstretches.routine;

import java.util.Optional;

/**
 * How much of a stretch to do, as the article gives it. A set is: {@code reps} moves in and out
 * (per side when the sides alternate), then a hold in {@code hold}'s range; or {@code cycle}.
 */
public record Dose(int sets, int reps, Optional<HoldRange> hold, Optional<Cycle> cycle) {

    public boolean hasReps() {
        return reps > 0;
    }
}
