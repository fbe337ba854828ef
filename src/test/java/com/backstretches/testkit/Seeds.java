package com.backstretches.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for the randomised tests. Each run draws new ones, so runs together explore more than one
 * fixed set would; a failure names its seed, and {@code -Dseed=N} (Maven passes it to the tests)
 * replays exactly that case and nothing else.
 */
public final class Seeds {

    public static final String PROPERTY = "seed";

    private Seeds() {
    }

    /** {@code count} new seeds, or only the one given with -Dseed. */
    public static List<Long> forRun(int count) {
        if (replaying()) {
            return List.of(given());
        }
        SplittableRandom fresh = new SplittableRandom();
        // Non-negative, so the replay flag needs no quoting or sign.
        return LongStream.generate(() -> fresh.nextLong() & Long.MAX_VALUE).limit(count).boxed().toList();
    }

    /** Whether this run replays one seed given with -Dseed, rather than drawing new ones. */
    public static boolean replaying() {
        String given = System.getProperty(PROPERTY);
        return given != null && !given.isBlank();
    }

    private static long given() {
        String given = System.getProperty(PROPERTY).strip();
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number (a seed a failure printed), not " + given, e);
        }
    }

    /** What runs {@code body} for {@code seed}; anything it throws comes back with the seed and how to replay it. */
    public static void replayable(Class<?> test, long seed, Body body) {
        try {
            body.run();
        } catch (Exception | Error failure) {
            throw new AssertionError("seed " + seed + " failed; replay it alone with: mvn -B test -Dtest=" + test.getSimpleName()
                    + " -D" + PROPERTY + "=" + seed + "\n" + failure, failure);
        }
    }

    /**
     * Runs {@code body} for every seed, cheaper than one test per seed when each is quick; fails
     * after all have run, naming every failing seed and showing the first failures in full.
     */
    public static void each(Class<?> test, List<Long> seeds, Case body) {
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (long seed : seeds) {
            try {
                replayable(test, seed, () -> body.run(seed));
            } catch (AssertionError failure) {
                if (failed++ < 3) {
                    failures.add(failure.getMessage());
                } else {
                    failures.add("seed " + seed + " failed too");
                }
            }
        }
        if (failed > 0) {
            throw new AssertionError(failed + " of " + seeds.size() + " seeds failed:\n" + String.join("\n\n", failures));
        }
    }

    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    @FunctionalInterface
    public interface Case {
        void run(long seed) throws Exception;
    }
}
