package com.backstretches.store;

import java.util.Optional;

/** Where profiles live between sessions, keyed by the Alexa user id. Implementations may be remote and fail. */
public interface ProfileStore {

    /** Empty for a user never seen (or whose item could not be read as a profile). */
    Optional<Profile> load(String userId);

    void save(String userId, Profile profile);

    void delete(String userId);
}
