package com.backstretches.store;

import com.backstretches.session.Position;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is kept about one user between sessions: their position and choices, whether they paused on
 * purpose, when they were last here, and the days they finished the routine (newest last, capped so
 * the item stays small).
 */
public record Profile(Position position, boolean paused, Instant lastActive, List<LocalDate> finishedOn) {

    public static final int MAX_FINISHED_DAYS = 60;

    public Profile {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lastActive, "lastActive");
        List<LocalDate> days = List.copyOf(finishedOn);
        finishedOn = days.size() > MAX_FINISHED_DAYS ? days.subList(days.size() - MAX_FINISHED_DAYS, days.size()) : days;
    }

    public boolean finishedOn(LocalDate day) {
        return finishedOn.contains(day);
    }
}
