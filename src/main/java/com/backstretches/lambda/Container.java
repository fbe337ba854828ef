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
 * this class loads, side by side with the skill; the first request waits for the client only if it
 * gets there first. With SnapStart, {@link #prime} also runs the request path once before the
 * snapshot ({@link SnapStartPriming}). A plain cold start does not: that warm-up competed with the
 * skill's own start for the CPU and made it slower (docs/performance.md).
 */
final class Container {

    private static final Logger LOG = LoggerFactory.getLogger(Container.class);

    /** Longer than building the client ever takes, well inside the 7 s the function has per request. */
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(3);

    static final Settings SETTINGS = Settings.fromEnvironment();

    private static final CompletableFuture<ProfileStore> STORE = new CompletableFuture<>();
    /** Longer than building the client ever takes before a snapshot; the snapshot is not held back longer for it. */
    private static final Duration PRIMING_PATIENCE = Duration.ofSeconds(20);

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
     * For SnapStart, before the snapshot: waits for the client, then sends a synthetic session through
     * a copy of the skill ({@link Priming}), so the snapshot holds a warm container. Never fails: an
     * unprimed container only answers its first request more slowly.
     */
    static synchronized Optional<Priming.Report> prime() {
        try {
            STORE.get(PRIMING_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            Priming.Report report = Priming.run(RoutineLoader.standard(), SETTINGS.skillId(), region());
            LOG.atInfo().addKeyValue("requests", report.requests()).addKeyValue("answered", report.answered())
                    .addKeyValue("storeOperations", String.join(",", report.storeOperations())).log("primed");
            return Optional.of(report);
        } catch (ExecutionException | TimeoutException | RuntimeException | LinkageError e) {
            LOG.atWarn().setCause(e instanceof ExecutionException ? e.getCause() : e).log("priming failed; the first request will be slower");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** On a thread of its own, beside the skill's construction: the DynamoDB client, as slow to build as the whole ASK skill. */
    private static void startUp() {
        Optional<String> unusable = SETTINGS.unusable();
        if (unusable.isPresent()) {
            // The handler apologises for every request instead (BackStretchesHandler), and says why; nothing is built.
            STORE.completeExceptionally(new IllegalStateException(unusable.get()));
            return;
        }
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
