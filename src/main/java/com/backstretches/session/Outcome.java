package com.backstretches.session;

import com.backstretches.routine.Level;
import java.util.Optional;

/** What a command did: the position after it, and what happened, for speech to say. */
public record Outcome(Position position, Result result) {

    public sealed interface Result {
    }

    /** Coach the step at the new position. */
    public record Coach(Move move) implements Result {
    }

    /** The routine is done (after the last set, or by skipping the last stretch). */
    public record Finished() implements Result {
    }

    /** {@code restartsSet}: the change is to the stretch being done now, so its set starts again. */
    public record VersionChanged(String stretchId, Level from, Level to, boolean restartsSet) implements Result {
    }

    public record HoldChanged(int seconds, HoldTime.Clamp clamp) implements Result {
    }

    /** {@code from == to}: already at that pace (the slowest, the fastest, or normal). */
    public record PaceChanged(Pace from, Pace to) implements Result {
    }

    public record Summary(Progress progress) implements Result {
    }

    /** {@code stretchId}: the stretch the request was about, when there was one. */
    public record NotPossible(Reason reason, Optional<String> stretchId) implements Result {

        public NotPossible(Reason reason) {
            this(reason, Optional.empty());
        }
    }

    /** Why a command could not be done here; each has a spoken explanation and a way forward. */
    public enum Reason {
        AT_START,
        NOT_STARTED,
        ALREADY_FINISHED,
        UNKNOWN_STRETCH,
        NO_CURRENT_STRETCH,
        NO_EASIER_VERSION,
        NO_HARDER_VERSION,
        ALREADY_STANDARD
    }
}
