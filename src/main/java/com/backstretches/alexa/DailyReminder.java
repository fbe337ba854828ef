package com.backstretches.alexa;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A reminder every day at {@code time} in {@code zone}. {@code requestTime} is now, on the wall
 * clock of that zone (the Reminders API reads both as local times); {@code locale} is like
 * "en-US"; {@code text} is what Alexa says when it fires.
 */
public record DailyReminder(LocalTime time, ZoneId zone, LocalDateTime requestTime, String locale, String text) {

    public DailyReminder {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(requestTime, "requestTime");
        if (locale == null || locale.isBlank()) {
            throw new IllegalArgumentException("the reminder needs a locale");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the reminder needs something to say");
        }
    }

    /** The first time the reminder fires: today at {@code time} if that is not yet past, else tomorrow. */
    public LocalDateTime firstOccurrence() {
        LocalDateTime today = requestTime.toLocalDate().atTime(time);
        return today.isBefore(requestTime) ? today.plusDays(1) : today;
    }
}
