package com.backstretches.store;

import java.util.Optional;

/** Setting up and reading a store in tests without caring about versions. */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    /** Stores {@code profile} whatever is there already. */
    public static void overwrite(ProfileStore store, String userId, Profile profile) {
        store.put(userId, profile, store.load(userId).map(StoredProfile::version).orElse(0L));
    }

    public static Optional<Profile> profileOf(ProfileStore store, String userId) {
        return store.load(userId).map(StoredProfile::profile);
    }
}
