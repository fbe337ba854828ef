package com.backstretches.skill;

import com.backstretches.store.StoredProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store held when this session last read or wrote the user's profile: the profile with its
 * version, or nothing stored (version 0). A session that carries it writes without reading first; a
 * write that finds the version moved on (another device) reads and applies its change again.
 */
record StoreSnapshot(Optional<StoredProfile> stored) {

    static final StoreSnapshot NOTHING_STORED = new StoreSnapshot(Optional.empty());

    StoreSnapshot {
        Objects.requireNonNull(stored, "stored");
    }

    static StoreSnapshot of(StoredProfile stored) {
        return new StoreSnapshot(Optional.of(stored));
    }
}
