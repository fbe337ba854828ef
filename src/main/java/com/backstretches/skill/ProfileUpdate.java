package com.backstretches.skill;

import com.backstretches.dialog.Turn;
import com.backstretches.session.Position;
import com.backstretches.session.Status;
import com.backstretches.store.Profile;
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
     * {@code before}: the stored profile, if any; {@code from}: the position the turn started from.
     * Only the position, the pause and the finished days count as change: a request that only
     * talks (help, where am I) costs no write.
     */
    static Optional<Profile> after(Optional<Profile> before, Position from, Turn turn, Instant now) {
        Position to = turn.state().coach().position();
        boolean finishedNow = from.status() != Status.FINISHED && to.status() == Status.FINISHED;
        // Only coaching or finishing ends a pause; talking about the routine leaves it paused.
        boolean paused = turn.paused() || (before.map(Profile::paused).orElse(false) && turn.coached().isEmpty() && !finishedNow);
        Profile base = before.orElseGet(() -> new Profile(from, false, now, List.of()));
        Profile next = base.after(to, paused, now, finishedNow, today(now));
        boolean changed = before.isEmpty() ? !to.equals(from) || paused || finishedNow
                : !next.position().equals(base.position()) || next.paused() != base.paused() || !next.finishedOn().equals(base.finishedOn());
        return changed ? Optional.of(next) : Optional.empty();
    }

    /** The calendar day a finish counts for. UTC for now: the device's time zone needs the Alexa settings API. */
    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
