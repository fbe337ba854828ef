package com.backstretches.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Profiles in this process only, with the same version check as the database: for tests, and when no table is configured. */
public final class InMemoryProfileStore implements ProfileStore {

    private final Map<String, StoredProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredProfile> load(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    @Override
    public void put(String userId, Profile profile, long expectedVersion) {
        profiles.compute(userId, (id, current) -> {
            long stored = current == null ? 0 : current.version();
            if (stored != expectedVersion) {
                throw new VersionConflictException("expected version " + expectedVersion + ", found " + stored);
            }
            return new StoredProfile(profile, expectedVersion + 1);
        });
    }

    @Override
    public void delete(String userId) {
        profiles.remove(userId);
    }

    public int size() {
        return profiles.size();
    }
}
