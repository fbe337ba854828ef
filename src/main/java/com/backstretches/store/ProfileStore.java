package com.backstretches.store;

import java.util.Optional;

/**
 * Where profiles live between sessions, keyed by the Alexa user id. Writes are conditional on the
 * version read, so two devices cannot silently overwrite each other. Implementations may be remote
 * and fail with {@link StoreUnavailableException}.
 */
public interface ProfileStore {

    /** Empty for a user never seen. */
    Optional<StoredProfile> load(String userId);

    /**
     * Writes {@code profile} as version {@code expectedVersion + 1}, only if the stored version is
     * still {@code expectedVersion} (0: nothing stored, or stored without a version).
     *
     * @throws VersionConflictException when it is not
     */
    void put(String userId, Profile profile, long expectedVersion);

    void delete(String userId);
}
