package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.Turn;

/** Reads the skill's own session state out of a response, for tests that follow where the user is. */
final class SessionState {

    private SessionState() {
    }

    /** The step the session is at after this turn, as "stretch SIDE set". */
    static String where(Turn turn) {
        var s = turn.sessionAttributes().path("backStretches");
        assertThat(s.isMissingNode()).as("session state in %s", turn.raw()).isFalse();
        return s.path("stretch").asText() + " " + s.path("side").asText() + " " + s.path("set").asInt();
    }
}
