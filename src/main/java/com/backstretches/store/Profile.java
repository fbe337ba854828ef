package com.backstretches.store;

import com.backstretches.practice.EasierHistory;
import com.backstretches.practice.Streak;
import com.backstretches.session.Position;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is kept about one user between sessions: their position and choices, whether they paused on
 * purpose, when they were last here, the days they finished the routine (newest last, capped so
 * the item stays small) with the longest run of days ever (which outlives the cap), the stretches
 * they have been doing at the easier version, and their time zone once Alexa has told it.
 */
public record Profile(Position position, boolean paused, Instant lastActive, List<LocalDate> finishedOn, int longestStreak,
        EasierHistory easier, Optional<ZoneId> timeZone) {

    public static final int MAX_FINISHED_DAYS = 60;

    /** A profile with no streak record, easier history or time zone yet. */
    public Profile(Position position, boolean paused, Instant lastActive, List<LocalDate> finishedOn) {
        this(position, paused, lastActive, finishedOn, 0, EasierHistory.EMPTY, Optional.empty());
    }

    public Profile {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lastActive, "lastActive");
        Objects.requireNonNull(easier, "easier");
        Objects.requireNonNull(timeZone, "timeZone");
        List<LocalDate> days = List.copyOf(finishedOn);
        finishedOn = days.size() > MAX_FINISHED_DAYS ? days.subList(days.size() - MAX_FINISHED_DAYS, days.size()) : days;
        if (longestStreak < 0) {
            throw new IllegalArgumentException("longest streak " + longestStreak);
        }
    }

    public boolean finishedOn(LocalDate day) {
        return finishedOn.contains(day);
    }

    /** The same record and history at another position and time. */
    public Profile at(Position newPosition, Instant at) {
        return new Profile(newPosition, paused, at, finishedOn, longestStreak, easier, timeZone);
    }

    public Streak streak(LocalDate today) {
        return Streak.of(finishedOn, longestStreak, today);
    }
}
