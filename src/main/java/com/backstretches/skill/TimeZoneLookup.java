package com.backstretches.skill;

import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.AlexaApiException;
import com.backstretches.alexa.ApiAccess;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks Alexa for the device's time zone, beside the profile read rather than after it, and waits
 * only a short, fixed time for the answer: a name lookup or a connection can hang past any socket
 * timeout, and a streak's "today" is not worth keeping the user waiting for. Without an answer the
 * stored zone is used, then UTC.
 */
final class TimeZoneLookup {

    static final Duration PATIENCE = Duration.ofMillis(700);


    private final AlexaApi api;
    private final Duration patience;

    TimeZoneLookup(AlexaApi api) {
        this(api, PATIENCE);
    }

    TimeZoneLookup(AlexaApi api, Duration patience) {
        this.api = api;
        this.patience = patience;
    }

    /** A lookup under way. */
    interface Pending {
        /** The zone, or empty when Alexa did not say in time or could not. */
        Optional<ZoneId> zone();

        /** How the lookup went, for the request's log line; empty when nothing was asked. */
        default Optional<String> note() {
            return Optional.empty();
        }
    }

    Pending start(ApiAccess access, String deviceId) {
        Future<ZoneId> call = CompletableFuture.supplyAsync(() -> api.timeZone(access, deviceId), AlexaCalls.THREADS);
        long deadline = System.nanoTime() + patience.toNanos();
        return new Pending() {
            private String note;

            @Override
            public Optional<ZoneId> zone() {
                try {
                    ZoneId zone = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    note = "timeZone answered";
                    return Optional.of(zone);
                } catch (TimeoutException e) {
                    call.cancel(true);
                    note = "timeZone: no answer in " + patience.toMillis() + " ms";
                } catch (ExecutionException e) {
                    // The API's own messages name only the operation and a status, never the user or device.
                    note = e.getCause() instanceof AlexaApiException a ? a.getMessage() : "timeZone: " + e.getCause().getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    note = "timeZone: interrupted";
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> note() {
                return Optional.ofNullable(note);
            }
        };
    }

    static Pending none() {
        return Optional::empty;
    }
}
