package com.backstretches.coach;

import com.backstretches.speech.Spoken;
import java.util.Optional;

/** The coach's answer: the state after it, what to say, and the set it coached, if it coached one. */
public record Reply(CoachState state, Spoken spoken, Optional<TurnRef> turn) {
}
