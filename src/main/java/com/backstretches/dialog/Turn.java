package com.backstretches.dialog;

import com.backstretches.coach.TurnRef;
import com.backstretches.speech.Spoken;
import java.util.Optional;

/** One answer: the state after it, what to say, the set it coached (if any), and whether the user paused. */
public record Turn(DialogState state, Spoken spoken, Optional<TurnRef> coached, boolean paused) {

    /** A response that asks nothing closes the session: Alexa should not listen for an answer. */
    public boolean endsSession() {
        return !spoken.asks();
    }
}
