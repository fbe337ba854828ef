package com.backstretches.routine;

import java.util.List;

/**
 * One position held for a fixed time inside a cycle, with the cues that move the user into it:
 * several wordings, taken in turn, so ten rounds do not sound like a loop.
 */
public record TimedHold(String name, int seconds, List<String> cues) {

    public TimedHold {
        cues = List.copyOf(cues);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("a timed hold needs at least one cue");
        }
    }

    /** The cue for a 1-based round. */
    public String cue(int round) {
        return cues.get(Math.floorMod(round - 1, cues.size()));
    }
}
