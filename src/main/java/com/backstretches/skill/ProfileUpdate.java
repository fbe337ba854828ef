package com.backstretches.skill;

import com.backstretches.dialog.Turn;
import com.backstretches.routine.Level;
import com.backstretches.session.Position;
import com.backstretches.session.Status;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
        return change(stored, from, turn, now, today(now, Optional.empty()), Optional.empty());
    }

    /**
     * Also what the turn says of the user's practice: a set coached at the easier version counts that
     * stretch as done easier {@code today}; an offer of the standard version is remembered, so it is
     * made once; a time zone Alexa told ({@code learntZone}) is kept for sessions whose lookup fails.
     */
    static Optional<ProfileChange> change(Optional<Profile> stored, Position from, Turn turn, Instant now, LocalDate today,
            Optional<ZoneId> learntZone) {
        Position to = turn.state().coach().position();
        boolean finishedNow = from.status() != Status.FINISHED && to.status() == Status.FINISHED;
        boolean wasPaused = stored.map(Profile::paused).orElse(false);
        // Only coaching or finishing ends a pause; talking about the routine leaves it paused.
        boolean paused = turn.paused() || (wasPaused && turn.coached().isEmpty() && !finishedNow);
        // What was stored, but at the position this request started from (the session may be ahead of it).
        Profile started = stored.map(p -> p.at(from, now)).orElseGet(() -> new Profile(from, false, now, List.of()));
        Map<String, LocalDate> easierDone = turn.coached()
                .map(ref -> ref.step().stretchId())
                .filter(id -> to.levelOf(id) == Level.EASIER)
                .map(id -> Map.of(id, today)).orElse(Map.of());
        ProfileChange change = ProfileChange.between(started, to, paused, finishedNow, today, now)
                .noting(started, easierDone, turn.state().offers().standardOffered(), learntZone);
        return change.isEmpty() ? Optional.empty() : Optional.of(change);
    }

    /** The calendar day a finish counts for: in the user's time zone when Alexa told it, else UTC. */
    static LocalDate today(Instant now, Optional<ZoneId> zone) {
        return LocalDate.ofInstant(now, zone.orElse(ZoneOffset.UTC));
    }
}
