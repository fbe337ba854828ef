package com.backstretches.local;

import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.AlexaApiException;
import com.backstretches.alexa.ApiAccess;
import com.backstretches.alexa.DailyReminder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the console uses instead of Alexa's settings and reminders APIs: the device's time zone is the
 * one it is given, and reminders are kept in memory for as long as the console runs (create returns a
 * new token, list returns the tokens in the order they were made, update replaces, delete removes).
 * Each change is also kept as a line for the console to show ({@link #takeChanges()}), since there is
 * no Alexa app to look at.
 *
 * <p>The skill calls it from its own worker threads, so every method is synchronized.
 */
public final class LocalAlexaApi implements AlexaApi {

    static final String TOKEN_PREFIX = "local-reminder-";

    private final ZoneId zone;
    private final Map<String, DailyReminder> reminders = new LinkedHashMap<>();
    private final List<String> changes = new ArrayList<>();
    private int created;

    /** {@code zone}: the device's time zone, as Alexa would report it; the console passes the system's. */
    public LocalAlexaApi(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public synchronized ZoneId timeZone(ApiAccess access, String deviceId) {
        Objects.requireNonNull(access, "access");
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("the deviceId is missing");
        }
        return zone;
    }

    @Override
    public synchronized List<String> reminderTokens(ApiAccess access) {
        Objects.requireNonNull(access, "access");
        return List.copyOf(reminders.keySet());
    }

    @Override
    public synchronized String createDailyReminder(ApiAccess access, DailyReminder reminder) {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(reminder, "reminder");
        String token = TOKEN_PREFIX + ++created;
        reminders.put(token, reminder);
        changes.add("reminder set in the Alexa app: " + describe(reminder));
        return token;
    }

    /** An unknown token fails as Alexa's 404 would reach the skill: the service did not do it. */
    @Override
    public synchronized void updateDailyReminder(ApiAccess access, String alertToken, DailyReminder reminder) {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(reminder, "reminder");
        if (!reminders.containsKey(alertToken)) {
            throw new AlexaApiException(AlexaApiException.Reason.UNAVAILABLE, "reminders.update", 404, null);
        }
        reminders.put(alertToken, reminder);
        changes.add("reminder changed in the Alexa app: " + describe(reminder));
    }

    /** Deleting one that is already gone is not an error, as with Alexa. */
    @Override
    public synchronized void deleteReminder(ApiAccess access, String alertToken) {
        Objects.requireNonNull(access, "access");
        if (reminders.remove(alertToken) != null) {
            changes.add("reminder deleted in the Alexa app");
        }
    }

    /** The zone {@link #timeZone} answers. */
    public ZoneId zone() {
        return zone;
    }

    /** The reminders kept now, by token, in the order they were made. */
    public synchronized Map<String, DailyReminder> reminders() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(reminders));
    }

    /**
     * What changed since the last call, one line each, such as
     * "reminder set in the Alexa app: every day at 07:00, Europe/London"; the list is then emptied.
     */
    public synchronized List<String> takeChanges() {
        List<String> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    static String describe(DailyReminder reminder) {
        return "every day at " + reminder.time() + ", " + reminder.zone().getId();
    }
}
