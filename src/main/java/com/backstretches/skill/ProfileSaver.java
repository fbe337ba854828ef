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

/**
 * Saves what a turn changed, before its answer is spoken, so a save that fails can still be
 * mentioned in that answer. What a failed save held goes back into the session and is saved with the
 * next request that can, together with whatever that request changes: one conditional write, and
 * only when something worth keeping changed.
 */
final class ProfileSaver {

    private final ProfileWriter writer;

    ProfileSaver(ProfileWriter writer) {
        this.writer = writer;
    }

    /**
     * What a save leaves for the session: the change still unsaved (if the store failed), and what the
     * store holds now as far as the session knows (empty: unknown, so the next request reads).
     */
    record Saved(Optional<ProfileChange> unsaved, Optional<StoreSnapshot> stored) {
    }

    /** Saves the turn's change with anything still unsaved. */
    Saved save(RequestScope scope, Turn turn) {
        Position from = scope.session().dialog().coach().position();
        Optional<ProfileChange> change = ProfileUpdate.change(scope.stored().map(StoredProfile::profile), from, turn, scope.now(),
                scope.today(), scope.learntZone());
        Optional<ProfileChange> earlier = scope.session().unsaved();
        Optional<ProfileChange> pending = earlier.isEmpty() ? change
                : Optional.of(change.map(earlier.get()::then).orElse(earlier.get()));
        return write(scope, from, pending);
    }

    /** A request with no turn of its own (repeat, the session ending): one more try at what is unsaved. */
    Saved flush(RequestScope scope) {
        return write(scope, scope.session().dialog().coach().position(), scope.session().unsaved());
    }

    private Saved write(RequestScope scope, Position from, Optional<ProfileChange> pending) {
        if (pending.isEmpty() || scope.userId().isEmpty()) {
            return new Saved(Optional.empty(), scope.snapshot());
        }
        try {
            StoredProfile now = writer.write(scope.userId().get(), scope.stored(), new Profile(from, false, scope.now(), List.of()),
                    pending.get(), scope.startedNanos());
            scope.wrote(RequestScope.Write.SAVED);
            return new Saved(Optional.empty(), Optional.of(StoreSnapshot.of(now)));
        } catch (VersionConflictException e) {
            // Other devices kept winning: what the session knows is stale, so the next request reads.
            scope.wrote(RequestScope.Write.FAILED);
            scope.storeError(e.getMessage());
            return new Saved(pending, Optional.empty());
        } catch (StoreUnavailableException e) {
            // Whether a timed-out write landed is unknown; if it did, the next write conflicts and reads then.
            scope.wrote(RequestScope.Write.FAILED);
            scope.storeError(e.getMessage());
            return new Saved(pending, scope.snapshot());
        } catch (RuntimeException e) {
            // Not the database being away: a fault of ours, worth its stack trace on the request's line.
            scope.fault(e);
            scope.wrote(RequestScope.Write.FAILED);
            scope.storeError(e.getClass().getSimpleName());
            return new Saved(pending, Optional.empty());
        }
    }
}
