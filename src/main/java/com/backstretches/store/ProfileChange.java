package com.backstretches.store;

import com.backstretches.practice.EasierHistory;
import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one request changed in a profile, field by field. Kept as a change rather than a whole new
 * profile so that, when another device wrote in between, it can be applied again on top of what
 * that device wrote: its choices stay unless this request changed the same thing.
 */
public record ProfileChange(
        Optional<Placement> placement,
        Map<String, Level> levels,
        Optional<Integer> holdSeconds,
        Optional<Boolean> paused,
        Optional<LocalDate> finishedOn,
        Instant at,
        Optional<Pace> pace,
        Map<String, LocalDate> easierUsed,
        Set<String> offeredStandard,
        Optional<ZoneId> timeZone) {

    /** Where the user is: status, step and the length of the run move together. */
    public record Placement(Status status, Step step, RoutineLength length) {

        public Placement(Status status, Step step) {
            this(status, step, RoutineLength.FULL);
        }

        public Placement {
            Objects.requireNonNull(length, "length");
        }
    }

    /** A change of position and choices only. */
    public ProfileChange(Optional<Placement> placement, Map<String, Level> levels, Optional<Integer> holdSeconds,
            Optional<Boolean> paused, Optional<LocalDate> finishedOn, Instant at) {
        this(placement, levels, holdSeconds, paused, finishedOn, at, Optional.empty(), Map.of(), Set.of(), Optional.empty());
    }

    public ProfileChange {
        levels = Map.copyOf(levels);
        easierUsed = Map.copyOf(easierUsed);
        offeredStandard = Set.copyOf(offeredStandard);
        Objects.requireNonNull(at, "at");
    }

    /** The change from {@code before} to {@code after}; a finish on {@code today} when {@code finished}. */
    public static ProfileChange between(Profile before, Position after, boolean paused, boolean finished, LocalDate today, Instant at) {
        Position from = before.position();
        Optional<Placement> placement = from.status() == after.status() && from.step().equals(after.step()) && from.length().equals(after.length())
                ? Optional.empty() : Optional.of(new Placement(after.status(), after.step(), after.length()));
        Map<String, Level> levels = new HashMap<>();
        Set<String> stretches = new HashSet<>(from.versions().keySet());
        stretches.addAll(after.versions().keySet());
        for (String id : stretches) {
            if (from.levelOf(id) != after.levelOf(id)) {
                levels.put(id, after.levelOf(id));
            }
        }
        Optional<Integer> hold = from.holdSeconds() == after.holdSeconds() ? Optional.empty() : Optional.of(after.holdSeconds());
        Optional<Boolean> pause = before.paused() == paused ? Optional.empty() : Optional.of(paused);
        Optional<LocalDate> finish = finished && !before.finishedOn(today) ? Optional.of(today) : Optional.empty();
        Optional<Pace> pace = from.pace() == after.pace() ? Optional.empty() : Optional.of(after.pace());
        return new ProfileChange(placement, levels, hold, pause, finish, at, pace, Map.of(), Set.of(), Optional.empty());
    }

    /**
     * The same change, also noting what the request learnt about the user's practice: a stretch done
     * at its easier version today (only when not already noted), an offer made, and the time zone
     * (only when it is new).
     */
    public ProfileChange noting(Profile before, Map<String, LocalDate> easierDone, Set<String> offers, Optional<ZoneId> zone) {
        Map<String, LocalDate> used = new HashMap<>();
        easierDone.forEach((id, day) -> {
            // A version change in this same request clears the old days, so today counts again.
            if (levels.containsKey(id) || !before.easier().usedOn(id, day)) {
                used.put(id, day);
            }
        });
        Set<String> newOffers = new HashSet<>(offers);
        newOffers.removeAll(before.easier().offered());
        Optional<ZoneId> newZone = zone.filter(z -> !before.timeZone().equals(Optional.of(z)));
        return new ProfileChange(placement, levels, holdSeconds, paused, finishedOn, at, pace, used, newOffers, newZone);
    }

    /**
     * This change followed by {@code later}, as one: what a session changed across requests whose
     * saves failed. Where both touch the same thing, the later one wins.
     */
    public ProfileChange then(ProfileChange later) {
        Map<String, Level> merged = new HashMap<>(levels);
        merged.putAll(later.levels);
        Map<String, LocalDate> used = new HashMap<>(easierUsed);
        // A later version change of a stretch starts its easier days again.
        later.levels.keySet().forEach(used::remove);
        used.putAll(later.easierUsed);
        Set<String> offers = new HashSet<>(offeredStandard);
        later.levels.keySet().forEach(offers::remove);
        offers.addAll(later.offeredStandard);
        return new ProfileChange(later.placement.or(() -> placement), merged, later.holdSeconds.or(() -> holdSeconds),
                later.paused.or(() -> paused), later.finishedOn.or(() -> finishedOn), later.at, later.pace.or(() -> pace),
                used, offers, later.timeZone.or(() -> timeZone));
    }

    /** Whether this is worth a write: only the time moved otherwise. */
    public boolean isEmpty() {
        return placement.isEmpty() && levels.isEmpty() && holdSeconds.isEmpty() && paused.isEmpty() && finishedOn.isEmpty()
                && pace.isEmpty() && easierUsed.isEmpty() && offeredStandard.isEmpty() && timeZone.isEmpty();
    }

    public Profile applyTo(Profile base) {
        Position p = base.position();
        Map<String, Level> versions = new HashMap<>(p.versions());
        EasierHistory easier = base.easier();
        for (Map.Entry<String, Level> e : levels.entrySet()) {
            if (e.getValue().isStandard()) {
                versions.remove(e.getKey());
            } else {
                versions.put(e.getKey(), e.getValue());
            }
            // Any recorded choice starts the count again, even one that ends where the base was
            // (changed and changed back across unsaved requests), as saving each in turn would.
            easier = easier.versionChanged(e.getKey());
        }
        for (Map.Entry<String, LocalDate> e : easierUsed.entrySet()) {
            easier = easier.used(e.getKey(), e.getValue());
        }
        for (String id : offeredStandard) {
            easier = easier.offeredStandard(id);
        }
        Status status = placement.map(Placement::status).orElse(p.status());
        Step step = placement.map(Placement::step).orElse(p.step());
        RoutineLength length = placement.map(Placement::length).orElse(p.length());
        Position position = new Position(status, step, versions, holdSeconds.orElse(p.holdSeconds()), pace.orElse(p.pace()), length);
        List<LocalDate> days = new ArrayList<>(base.finishedOn());
        int longest = base.longestStreak();
        if (finishedOn.isPresent() && !days.contains(finishedOn.get())) {
            days.add(finishedOn.get());
            days.sort(null);
            // Worked out here, on the days as stored, so two devices finishing on different days both count;
            // as of the latest day, so a later day already stored is not folded into this one.
            longest = Math.max(longest, Streak.of(days, longest, days.get(days.size() - 1)).longest());
        }
        return new Profile(position, paused.orElse(base.paused()), at, days, longest, easier, timeZone.or(base::timeZone));
    }
}
