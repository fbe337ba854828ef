package com.backstretches.store;

import java.util.Optional;

/**
 * Writes one request's change with optimistic locking: on a conflict (another device wrote first)
 * it reads the profile again and applies the change on top of it, a bounded number of times.
 */
public final class ProfileWriter {

    static final int ATTEMPTS = 3;

    private final ProfileStore store;

    public ProfileWriter(ProfileStore store) {
        this.store = store;
    }

    /**
     * {@code read}: the profile as this request read it (empty: none, or the read failed);
     * {@code base}: what to apply the change to when nothing is stored.
     */
    public Profile write(String userId, Optional<StoredProfile> read, Profile base, ProfileChange change) {
        Optional<StoredProfile> current = read;
        VersionConflictException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Profile next = change.applyTo(current.map(StoredProfile::profile).orElse(base));
            try {
                store.put(userId, next, current.map(StoredProfile::version).orElse(0L));
                return next;
            } catch (VersionConflictException e) {
                last = e;
                current = store.load(userId);
            }
        }
        throw last;
    }
}
