package com.backstretches.store;

import java.util.Objects;

/** A profile as read from the store, with the version its next write must match (0: not stored yet). */
public record StoredProfile(Profile profile, long version) {

    public StoredProfile {
        Objects.requireNonNull(profile, "profile");
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
    }
}
