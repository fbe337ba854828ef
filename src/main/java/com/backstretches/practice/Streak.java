package com.backstretches.practice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's practice record as of one day: the run of days in a row that ends today or yesterday
 * (a streak is not lost until a whole day passes without stretching), whether today is done, the
 * longest run ever, and how many of the last seven days had a finished routine.
 */
public record Streak(int current, boolean doneToday, int longest, int lastSevenDays) {

    /** A streak is worth saying from this many days in a row; below it, nothing is said. */
    public static final int WORTH_SAYING = 2;

    public static final Streak NONE = new Streak(0, false, 0, 0);

    public Streak {
        if (current < 0 || longest < current || lastSevenDays < 0 || lastSevenDays > 7) {
            throw new IllegalArgumentException("inconsistent streak " + current + "/" + longest + "/" + lastSevenDays);
        }
    }

    /**
     * {@code days}: the days a routine was finished (any order, repeats allowed); {@code longestKept}:
     * the longest run recorded, which may be older than the days still kept.
     */
    public static Streak of(Collection<LocalDate> days, int longestKept, LocalDate today) {
        // A day after today can only come from a change of time zone; it counts as today.
        Set<LocalDate> done = new TreeSet<>();
        days.forEach(d -> done.add(d.isAfter(today) ? today : d));
        boolean doneToday = done.contains(today);
        int current = 0;
        for (LocalDate d = doneToday ? today : today.minusDays(1); done.contains(d); d = d.minusDays(1)) {
            current++;
        }
        int longest = Math.max(Math.max(longestKept, current), longestRun(done));
        int week = (int) done.stream().filter(d -> !d.isBefore(today.minusDays(6))).count();
        return new Streak(current, doneToday, longest, week);
    }

    /** The record once today's routine is finished. */
    public Streak afterFinishingToday() {
        if (doneToday) {
            return this;
        }
        int next = current + 1;
        return new Streak(next, true, Math.max(longest, next), Math.min(7, lastSevenDays + 1));
    }

    public boolean worthSaying() {
        return current >= WORTH_SAYING;
    }

    private static int longestRun(Set<LocalDate> sorted) {
        int best = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : sorted) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = d;
        }
        return best;
    }
}
