package com.backstretches.skill;

import com.backstretches.dialog.Turn;
import com.backstretches.session.Position;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.ProfileWriter;
import com.backstretches.store.StoreUnavailableException;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.VersionConflictException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what a turn changed, before its answer is spoken, so a save that fails can still be
 * mentioned in that answer. What a failed save held goes back into the session and is saved with the
 * next request that can, together with whatever that request changes: one conditional write, and
 * only when something worth keeping changed.
 */
final class ProfileSaver {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSaver.class);

    private final ProfileWriter writer;

    ProfileSaver(ProfileWriter writer) {
        this.writer = writer;
    }

    /** Saves the turn's change with anything still unsaved; returns what remains unsaved. */
    Optional<ProfileChange> save(RequestScope scope, Turn turn) {
        Position from = scope.session().dialog().coach().position();
        Optional<ProfileChange> change = ProfileUpdate.change(scope.stored().map(StoredProfile::profile), from, turn, scope.now(),
                scope.today(), scope.learntZone());
        Optional<ProfileChange> earlier = scope.session().unsaved();
        Optional<ProfileChange> pending = earlier.isEmpty() ? change
                : Optional.of(change.map(earlier.get()::then).orElse(earlier.get()));
        return write(scope, from, pending);
    }

    /** A request with no turn of its own (repeat, the session ending): one more try at what is unsaved. */
    Optional<ProfileChange> flush(RequestScope scope) {
        return write(scope, scope.session().dialog().coach().position(), scope.session().unsaved());
    }

    private Optional<ProfileChange> write(RequestScope scope, Position from, Optional<ProfileChange> pending) {
        if (pending.isEmpty() || scope.userId().isEmpty()) {
            return Optional.empty();
        }
        try {
            writer.write(scope.userId().get(), scope.stored(), new Profile(from, false, scope.now(), List.of()), pending.get(),
                    scope.startedNanos());
            scope.wrote(RequestScope.Write.SAVED);
            return Optional.empty();
        } catch (StoreUnavailableException | VersionConflictException e) {
            scope.wrote(RequestScope.Write.FAILED);
            scope.storeError(e.getMessage());
            return pending;
        } catch (RuntimeException e) {
            // Not the database being away: a fault of ours, worth its stack trace.
            LOG.atError().addKeyValue("requestId", scope.requestId()).setCause(e).log("profile could not be saved");
            scope.wrote(RequestScope.Write.FAILED);
            scope.storeError(e.getClass().getSimpleName());
            return pending;
        }
    }
}
