package com.backstretches.screen;

import com.backstretches.coach.TurnRef;
import com.backstretches.dialog.DialogState;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a screen is drawn from, all of it from the answer that made the speech: the state after
 * it, the set it coached (if any), whether the user paused, whether the session ends, the timeline
 * of the words being said, and of a cycle the rounds done before this part (its rounds are numbered on).
 */
public record ScreenFacts(DialogState state, Optional<TurnRef> coached, boolean paused, boolean endsSession, Timeline timeline,
        int roundsBefore) {

    public ScreenFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(coached, "coached");
        Objects.requireNonNull(timeline, "timeline");
        if (roundsBefore < 0) {
            throw new IllegalArgumentException("rounds before: " + roundsBefore);
        }
    }
}
