package com.backstretches.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Writes one request's change with optimistic locking: on a conflict (another device wrote first)
 * it reads the profile again and applies the change on top of it, a bounded number of times, and
 * only early enough in the request that the extra read and write still fit before Lambda's 7 s
 * timeout: each DynamoDB call gives up after 2 s, so a retry started by 2.5 s ends by 6.5 s. Under
 * contention calls take milliseconds and the window never matters; against a slow database a late
 * conflict is given up, and the session keeps the change for the next request.
 */
public final class ProfileWriter {

    static final int ATTEMPTS = 3;
    static final Duration RETRY_WINDOW = Duration.ofMillis(2500);

    private final ProfileStore store;
    private final LongSupplier nanoTime;

    public ProfileWriter(ProfileStore store) {
        this(store, System::nanoTime);
    }

    ProfileWriter(ProfileStore store, LongSupplier nanoTime) {
        this.store = store;
        this.nanoTime = nanoTime;
    }

    /**
     * Returns what is stored now, with its version, so the session can write again without reading.
     * {@code read}: the profile as this request last knew it (empty: none, or the read failed);
     * {@code base}: what to apply the change to when nothing is stored; {@code requestStarted}: the
     * request's start, by {@link System#nanoTime()}.
     *
     * @throws VersionConflictException when other devices kept winning, or a conflict came too late to retry
     * @throws StoreUnavailableException when the store failed
     */
    public StoredProfile write(String userId, Optional<StoredProfile> read, Profile base, ProfileChange change, long requestStarted) {
        Optional<StoredProfile> current = read;
        for (int attempt = 1; ; attempt++) {
            Profile next = change.applyTo(current.map(StoredProfile::profile).orElse(base));
            long expected = current.map(StoredProfile::version).orElse(0L);
            try {
                store.put(userId, next, expected);
                return new StoredProfile(next, expected + 1);
            } catch (VersionConflictException e) {
                if (attempt == ATTEMPTS || nanoTime.getAsLong() - requestStarted > RETRY_WINDOW.toNanos()) {
                    throw e;
                }
                current = store.load(userId);
            }
        }
    }

    /** For a write that is the whole request (tests, tools). */
    public StoredProfile write(String userId, Optional<StoredProfile> read, Profile base, ProfileChange change) {
        return write(userId, read, base, change, nanoTime.getAsLong());
    }
}
