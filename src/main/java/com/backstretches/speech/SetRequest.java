package com.backstretches.speech;

import com.backstretches.routine.Level;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Move;
import com.backstretches.session.Pace;
import com.backstretches.session.Side;
import com.backstretches.session.Step;

/**
 * Everything needed to word one set: which set, how the user got there ({@code lead}), whether the
 * stretch is new this session ({@code fullSetup}), and what comes after it ({@code upcoming}).
 * {@code holdSeconds} is the user's preference; the writer fits it into the stretch's own range.
 * {@code seed} varies the fixed phrases between sets. {@code pace} is how fast the reps are counted;
 * {@code sets} how many sets of this side this run does (one in the quick version);
 * {@code explainRest} whether this is the routine's first rest between sets, where the coach says
 * once that "next" ends a rest early.
 */
public record SetRequest(
        Stretch stretch,
        int stretchNumber,
        int stretchCount,
        Step step,
        Level level,
        int holdSeconds,
        boolean fullSetup,
        boolean newUser,
        Move lead,
        Upcoming upcoming,
        int seed,
        Pace pace,
        int sets,
        boolean explainRest) {

    public SetRequest(Stretch stretch, int stretchNumber, int stretchCount, Step step, Level level, int holdSeconds,
            boolean fullSetup, boolean newUser, Move lead, Upcoming upcoming, int seed, Pace pace, int sets) {
        this(stretch, stretchNumber, stretchCount, step, level, holdSeconds, fullSetup, newUser, lead, upcoming, seed, pace, sets, false);
    }

    /** At the normal pace, with the stretch's own number of sets. */
    public SetRequest(Stretch stretch, int stretchNumber, int stretchCount, Step step, Level level, int holdSeconds,
            boolean fullSetup, boolean newUser, Move lead, Upcoming upcoming, int seed) {
        this(stretch, stretchNumber, stretchCount, step, level, holdSeconds, fullSetup, newUser, lead, upcoming, seed,
                Pace.NORMAL, stretch.dose().sets());
    }

    /** What the closing line points to. */
    public sealed interface Upcoming {
    }

    public record NextSet(int set) implements Upcoming {
    }

    public record OtherSide(Side side) implements Upcoming {
    }

    public record NextStretch(int number, String name) implements Upcoming {
    }

    public record Finish() implements Upcoming {
    }
}
