package com.backstretches.skill;

import com.amazon.ask.model.RequestEnvelope;
import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.AlexaApiException;
import com.backstretches.alexa.ApiAccess;
import com.backstretches.alexa.DailyReminder;
import com.backstretches.dialog.ReminderOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Sets the one daily reminder this skill keeps for a user through Alexa's Reminders API: an
 * existing one is moved to the new time rather than a second one added, so asking again never
 * leaves two. All of it is bounded in time, so the answer still comes inside Alexa's wait.
 */
final class Reminders {

    /** Up to three calls (time zone, list, create or update), each bounded by the client's own timeout. */
    static final Duration PATIENCE = Duration.ofMillis(3500);
    /**
     * Waiting ends this long after the request began, whatever the calls are doing, so a slow
     * profile read before them and a write after them (2 s each at most) still fit in Lambda's 7 s.
     */
    static final Duration REQUEST_DEADLINE = Duration.ofMillis(4500);

    private final AlexaApi api;
    private final Clock clock;
    private final Duration patience;
    /** What Alexa says when the reminder fires, in the user's language. */
    private final String text;

    Reminders(AlexaApi api, Clock clock, String text) {
        this(api, clock, PATIENCE, text);
    }

    Reminders(AlexaApi api, Clock clock, Duration patience, String text) {
        this.api = api;
        this.text = text;
        this.clock = clock;
        this.patience = patience;
    }

    /**
     * {@code mayAsk}: whether a missing permission should be asked for by voice (not right after the
     * user was asked); {@code knownZone}: the session's or profile's zone, used when Alexa cannot say.
     */
    ReminderOutcome schedule(RequestScope scope, RequestEnvelope envelope, LocalTime time, boolean mayAsk, Optional<ZoneId> knownZone,
            String locale) {
        Duration left = REQUEST_DEADLINE.minusNanos(System.nanoTime() - scope.startedNanos());
        Duration wait = left.compareTo(patience) < 0 ? left : patience;
        ReminderOutcome outcome = schedule(envelope, time, mayAsk, knownZone, locale, wait, scope::alexaApi);
        scope.alexaApi("reminder " + outcome.getClass().getSimpleName());
        return outcome;
    }

    private ReminderOutcome schedule(RequestEnvelope envelope, LocalTime time, boolean mayAsk, Optional<ZoneId> knownZone, String locale,
            Duration wait, Consumer<String> note) {
        Optional<ApiAccess> access = AlexaAccess.api(envelope);
        if (access.isEmpty()) {
            return new ReminderOutcome.NotSupported();
        }
        if (mayAsk && !AlexaAccess.remindersGranted(envelope)) {
            return new ReminderOutcome.AskingPermission(time);
        }
        Optional<String> device = AlexaAccess.deviceId(envelope);
        CompletableFuture<ReminderOutcome> work = CompletableFuture.supplyAsync(
                () -> set(access.get(), device, time, knownZone, locale), AlexaCalls.THREADS);
        try {
            return work.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            note.accept("reminders: no answer in " + Math.max(0, wait.toMillis()) + " ms");
            return new ReminderOutcome.Failed();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // AlexaApiException messages carry only the operation and a status; anything else, only its type.
            note.accept(cause instanceof AlexaApiException ? cause.getMessage() : "reminders: " + cause.getClass().getSimpleName());
            if (cause instanceof AlexaApiException a && a.reason() == AlexaApiException.Reason.NO_PERMISSION) {
                // The permission was taken back since Alexa listed it, or never came: ask, once.
                return mayAsk ? new ReminderOutcome.AskingPermission(time) : new ReminderOutcome.NoPermission();
            }
            return new ReminderOutcome.Failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReminderOutcome.Failed();
        }
    }

    private ReminderOutcome set(ApiAccess access, Optional<String> device, LocalTime time, Optional<ZoneId> knownZone, String locale) {
        // A reminder at the wrong hour is worse than none: without a zone from Alexa or from before, it fails.
        ZoneId zone = device.flatMap(d -> zoneOf(access, d)).or(() -> knownZone)
                .orElseThrow(() -> new AlexaApiException(AlexaApiException.Reason.UNAVAILABLE, "settings.timeZone", 0, null));
        DailyReminder reminder = new DailyReminder(time, zone, LocalDateTime.now(clock.withZone(zone)), locale, text);
        List<String> existing = api.reminderTokens(access);
        if (existing.isEmpty()) {
            api.createDailyReminder(access, reminder);
            return new ReminderOutcome.Set(time, false);
        }
        api.updateDailyReminder(access, existing.get(0), reminder);
        for (String extra : existing.subList(1, existing.size())) {
            api.deleteReminder(access, extra);
        }
        return new ReminderOutcome.Set(time, true);
    }

    private Optional<ZoneId> zoneOf(ApiAccess access, String deviceId) {
        try {
            return Optional.of(api.timeZone(access, deviceId));
        } catch (AlexaApiException e) {
            return Optional.empty();
        }
    }
}
