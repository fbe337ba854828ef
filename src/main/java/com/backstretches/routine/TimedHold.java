package com.backstretches.routine;

/** One position held for a fixed time inside a cycle, with the cue that moves the user into it. */
public record TimedHold(String name, int seconds, String cue) {
}
