package com.backstretches.skill;

import com.backstretches.dialog.Turn;
import com.backstretches.session.Position;
import com.backstretches.session.Status;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What a turn changes in the stored profile; empty when nothing worth a write changed. */
final class ProfileUpdate {

    private ProfileUpdate() {
    }

    /**
     * {@code stored}: the profile as read, if any; {@code from}: the position this request started
     * from (the session's, which may be ahead of the stored one). Only the position, the versions,
     * the hold time, a pause and a finished day count: a request that only talks costs no write.
     */
    static Optional<ProfileChange> change(Optional<Profile> stored, Position from, Turn turn, Instant now) {
        Position to = turn.state().coach().position();
        boolean finishedNow = from.status() != Status.FINISHED && to.status() == Status.FINISHED;
        boolean wasPaused = stored.map(Profile::paused).orElse(false);
        // Only coaching or finishing ends a pause; talking about the routine leaves it paused.
        boolean paused = turn.paused() || (wasPaused && turn.coached().isEmpty() && !finishedNow);
        Profile started = new Profile(from, wasPaused, now, stored.map(Profile::finishedOn).orElse(List.of()));
        ProfileChange change = ProfileChange.between(started, to, paused, finishedNow, today(now), now);
        return change.isEmpty() ? Optional.empty() : Optional.of(change);
    }

    /** The calendar day a finish counts for. UTC for now: the device's time zone needs the Alexa settings API. */
    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
