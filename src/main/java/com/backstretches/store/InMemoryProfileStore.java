package com.backstretches.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Profiles in this process only: for tests, and until a database is configured. */
public final class InMemoryProfileStore implements ProfileStore {

    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<Profile> load(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    @Override
    public void save(String userId, Profile profile) {
        profiles.put(userId, profile);
    }

    @Override
    public void delete(String userId) {
        profiles.remove(userId);
    }

    public int size() {
        return profiles.size();
    }
}
