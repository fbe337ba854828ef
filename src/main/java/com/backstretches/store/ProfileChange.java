package com.backstretches.store;

import com.backstretches.routine.Level;
import com.backstretches.session.Position;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant at) {

    /** Where the user is: status and step move together. */
    public record Placement(Status status, Step step) {
    }

    public ProfileChange {
        levels = Map.copyOf(levels);
        Objects.requireNonNull(at, "at");
    }

    /** The change from {@code before} to {@code after}; a finish on {@code today} when {@code finished}. */
    public static ProfileChange between(Profile before, Position after, boolean paused, boolean finished, LocalDate today, Instant at) {
        Position from = before.position();
        Optional<Placement> placement = from.status() == after.status() && from.step().equals(after.step())
                ? Optional.empty() : Optional.of(new Placement(after.status(), after.step()));
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
        return new ProfileChange(placement, levels, hold, pause, finish, at);
    }

    /**
     * This change followed by {@code later}, as one: what a session changed across requests whose
     * saves failed. Where both touch the same thing, the later one wins.
     */
    public ProfileChange then(ProfileChange later) {
        Map<String, Level> merged = new HashMap<>(levels);
        merged.putAll(later.levels);
        return new ProfileChange(later.placement.or(() -> placement), merged, later.holdSeconds.or(() -> holdSeconds),
                later.paused.or(() -> paused), later.finishedOn.or(() -> finishedOn), later.at);
    }

    /** Whether this is worth a write: only the time moved otherwise. */
    public boolean isEmpty() {
        return placement.isEmpty() && levels.isEmpty() && holdSeconds.isEmpty() && paused.isEmpty() && finishedOn.isEmpty();
    }

    public Profile applyTo(Profile base) {
        Position p = base.position();
        Map<String, Level> versions = new HashMap<>(p.versions());
        levels.forEach((id, level) -> {
            if (level.isStandard()) {
                versions.remove(id);
            } else {
                versions.put(id, level);
            }
        });
        Status status = placement.map(Placement::status).orElse(p.status());
        Step step = placement.map(Placement::step).orElse(p.step());
        Position position = new Position(status, step, versions, holdSeconds.orElse(p.holdSeconds()));
        List<LocalDate> days = new java.util.ArrayList<>(base.finishedOn());
        finishedOn.filter(d -> !days.contains(d)).ifPresent(days::add);
        return new Profile(position, paused.orElse(base.paused()), at, days);
    }
}
