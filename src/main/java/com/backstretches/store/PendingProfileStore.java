package com.backstretches.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A store still being built on another thread. Each call waits for it, at most {@code patience}:
 * a store that failed to build, or is not ready in time, is unavailable, like a database that is
 * down, and the skill carries on from session state.
 */
public final class PendingProfileStore implements ProfileStore {

    private final CompletableFuture<? extends ProfileStore> store;
    private final Duration patience;

    public PendingProfileStore(CompletableFuture<? extends ProfileStore> store, Duration patience) {
        this.store = store;
        this.patience = patience;
    }

    @Override
    public Optional<StoredProfile> load(String userId) {
        return store().load(userId);
    }

    @Override
    public void put(String userId, Profile profile, long expectedVersion) {
        store().put(userId, profile, expectedVersion);
    }

    @Override
    public void delete(String userId) {
        store().delete(userId);
    }

    private ProfileStore store() {
        try {
            return store.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new StoreUnavailableException("the profile store could not be built", e.getCause());
        } catch (TimeoutException | CancellationException e) {
            throw new StoreUnavailableException("the profile store is not ready", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the profile store", e);
        }
    }
}
