package com.backstretches.lambda;

import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.PendingProfileStore;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crac.Core;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;

/**
 * What one Lambda container builds once for all its requests. Building the AWS SDK's DynamoDB client
 * takes about as long as starting the whole ASK skill, so it starts on a background thread the moment
 * this class loads, side by side with the skill, and the same thread then warms the request path; the
 * first request waits for the client only if it gets there first. With SnapStart, {@link #prime} waits
 * for that warm-up before the snapshot ({@link SnapStartPriming}).
 */
final class Container {

    private static final Logger LOG = LoggerFactory.getLogger(Container.class);

    /** Longer than building the client ever takes, well inside the 7 s the function has per request. */
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(3);

    static final Settings SETTINGS = Settings.fromEnvironment();

    private static final CompletableFuture<ProfileStore> STORE = new CompletableFuture<>();
    private static final CompletableFuture<Priming.Report> WARMED = new CompletableFuture<>();
    /** More than a warm-up ever takes on a slow start; a snapshot is not held back longer for it. */
    private static final Duration WARM_UP_PATIENCE = Duration.ofSeconds(20);

    static {
        Thread startUp = new Thread(Container::startUp, "container-start-up");
        // Never keeps a JVM alive on its own (the tests, the local console).
        startUp.setDaemon(true);
        startUp.start();
        Core.getGlobalContext().register(SnapStartPriming.RESOURCE);
    }

    private Container() {
    }

    /** The deployed store, usable at once; calls wait until it is built. */
    static ProfileStore store() {
        return new PendingProfileStore(STORE, STORE_PATIENCE);
    }

    /**
     * For SnapStart, before the snapshot: waits for the start-up's warm-up (the store built, the
     * request path run once), so the snapshot holds a warm container. Never fails: an unprimed container
     * only answers its first request more slowly.
     */
    static synchronized Optional<Priming.Report> prime() {
        try {
            Priming.Report report = WARMED.get(WARM_UP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            LOG.atInfo().addKeyValue("requests", report.requests()).addKeyValue("answered", report.answered())
                    .addKeyValue("storeOperations", String.join(",", report.storeOperations())).log("primed");
            return Optional.of(report);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.atWarn().setCause(e instanceof ExecutionException ? e.getCause() : e).log("priming failed; the first request will be slower");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * On a thread of its own, beside the skill's construction: the DynamoDB client (as slow to build as
     * the whole ASK skill), then one synthetic session through a copy of the skill on an offline client,
     * so the classes and code the first user's request needs are loaded and have run by the time it
     * comes, or are being loaded on the other core while it runs. Nothing is stored, nothing logged.
     */
    private static void startUp() {
        Optional<String> unusable = SETTINGS.unusable();
        if (unusable.isPresent()) {
            // The handler apologises for every request instead (BackStretchesHandler), and says why; nothing is built.
            STORE.completeExceptionally(new IllegalStateException(unusable.get()));
            WARMED.completeExceptionally(new IllegalStateException(unusable.get()));
            return;
        }
        buildStoreInBackground();
        try {
            WARMED.complete(Priming.run(RoutineLoader.standard(), SETTINGS.skillId(), region()));
        } catch (RuntimeException | Error e) {
            WARMED.completeExceptionally(e);
        }
    }

    private static void buildStoreInBackground() {
        try {
            STORE.complete(buildStore());
        } catch (RuntimeException | Error e) {
            LOG.atError().setCause(e).log("the profile store could not be built; progress will not be saved");
            STORE.completeExceptionally(e);
        }
    }

    private static ProfileStore buildStore() {
        if (SETTINGS.tableName().isEmpty()) {
            LOG.warn("TABLE_NAME is not set: profiles are kept in memory, for as long as this process runs");
            return new InMemoryProfileStore();
        }
        return new DynamoDbProfileStore(DynamoDbClients.fromEnvironment(), SETTINGS.tableName().get(),
                new Navigator(RoutineLoader.standard()).fresh());
    }

    private static Region region() {
        return Optional.ofNullable(System.getenv("AWS_REGION")).filter(r -> !r.isBlank()).map(Region::of).orElse(Region.US_EAST_1);
    }
}
