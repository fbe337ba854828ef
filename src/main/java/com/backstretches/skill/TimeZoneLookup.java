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
 * Asks Alexa for the device's time zone and waits only a short, fixed time for the answer: a name
 * lookup or a connection can hang past any socket timeout, and a streak's "today" is not worth
 * keeping anyone waiting for. Without an answer the stored zone is used, then UTC.
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
        /** The zone, waiting for it until the lookup's deadline; empty when Alexa did not say in time or could not. */
        Optional<ZoneId> await();

        /** How the lookup went so far, for the request's log line; empty when nothing was asked. */
        Optional<String> note();
    }

    Pending start(ApiAccess access, String deviceId) {
        Future<ZoneId> call = CompletableFuture.supplyAsync(() -> api.timeZone(access, deviceId), AlexaCalls.THREADS);
        long deadline = System.nanoTime() + patience.toNanos();
        return new Pending() {
            private boolean timedOut;

            @Override
            public Optional<ZoneId> await() {
                try {
                    return Optional.of(call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    timedOut = true;
                    call.cancel(true);
                } catch (ExecutionException e) {
                    // Why goes in note().
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> note() {
                if (timedOut) {
                    return Optional.of("timeZone: no answer in " + patience.toMillis() + " ms");
                }
                if (!call.isDone()) {
                    return Optional.empty();
                }
                try {
                    call.get();
                    return Optional.of("timeZone answered");
                } catch (ExecutionException e) {
                    // The API's own messages name only the operation and a status, never the user or device.
                    return Optional.of(e.getCause() instanceof AlexaApiException a ? a.getMessage()
                            : "timeZone: " + e.getCause().getClass().getSimpleName());
                } catch (InterruptedException | java.util.concurrent.CancellationException e) {
                    return Optional.of("timeZone: cancelled");
                }
            }
        };
    }

    static Pending none() {
        return new Pending() {
            @Override
            public Optional<ZoneId> await() {
                return Optional.empty();
            }

            @Override
            public Optional<String> note() {
                return Optional.empty();
            }
        };
    }
}
