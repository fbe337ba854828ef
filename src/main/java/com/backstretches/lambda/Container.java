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
import org.crac.Core;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;

/**
 * What one Lambda container builds once for all its requests. Building the AWS SDK's DynamoDB client
 * takes about as long as starting the whole ASK skill, so it starts on a background thread the moment
 * this class loads, side by side with the skill; the first request waits for it only if it gets there
 * first. With SnapStart, {@link #prime} runs before the snapshot ({@link SnapStartPriming}).
 */
final class Container {

    private static final Logger LOG = LoggerFactory.getLogger(Container.class);

    /** Longer than building the client ever takes, well inside the 7 s the function has per request. */
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(3);

    static final Settings SETTINGS = Settings.fromEnvironment();

    private static final CompletableFuture<ProfileStore> STORE = new CompletableFuture<>();

    static {
        Thread startUp = new Thread(Container::buildStoreInBackground, "profile-store-start-up");
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
     * Waits for the store to be built, then primes the request path. Never fails: an unprimed
     * container only answers its first request more slowly.
     */
    static synchronized Optional<Priming.Report> prime() {
        try {
            STORE.join();
        } catch (RuntimeException e) {
            // Already logged where it failed; priming does not use this store anyway.
        }
        try {
            Priming.Report report = Priming.run(RoutineLoader.standard(), SETTINGS.skillId(), region());
            LOG.atInfo().addKeyValue("requests", report.requests()).addKeyValue("answered", report.answered())
                    .addKeyValue("storeOperations", String.join(",", report.storeOperations())).log("primed");
            return Optional.of(report);
        } catch (RuntimeException | Error e) {
            LOG.atWarn().setCause(e).log("priming failed; the first request will be slower");
            return Optional.empty();
        }
    }

    private static void buildStoreInBackground() {
        if (SETTINGS.unusable().isPresent()) {
            // The handler apologises for every request instead (BackStretchesHandler), and says why; no store is used.
            STORE.completeExceptionally(new IllegalStateException(SETTINGS.unusable().get()));
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
