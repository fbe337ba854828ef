package com.backstretches.store;

import com.backstretches.practice.EasierHistory;
import com.backstretches.routine.Level;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A profile as plain strings, numbers, lists and maps, with its version: the one shape it is kept
 * in, as the user's DynamoDB item (the partition key aside) and as the copy a session carries so
 * that it can write without reading first. {@code version} is the optimistic-locking counter;
 * {@code expiresAt} is the table's TTL attribute (epoch seconds, a year after the last use).
 * Reading is lenient where it can be: fields an older schema lacked get their defaults, and choices
 * a newer build wrote fall back to theirs; what cannot be read as a position is unreadable.
 */
public record FlatProfile(
        int schemaVersion,
        long version,
        ItemStatus status,
        String stretch,
        String side,
        int set,
        Map<String, String> versions,
        int holdSeconds,
        String lastActive,
        List<String> finishedOn,
        long expiresAt,
        // Added after schema 1 went out; an older item reads as NORMAL, FULL, 0, none, none and no zone.
        String pace,
        String routineLength,
        int longestStreak,
        Map<String, List<String>> easierDays,
        List<String> offeredStandard,
        String timeZone) {

    public static final int SCHEMA_VERSION = 1;
    static final Duration RETENTION = Duration.ofDays(365);

    public FlatProfile {
        versions = versions == null ? Map.of() : Map.copyOf(versions);
        finishedOn = finishedOn == null ? List.of() : List.copyOf(finishedOn);
        easierDays = easierDays == null ? Map.of() : Map.copyOf(easierDays);
        offeredStandard = offeredStandard == null ? List.of() : List.copyOf(offeredStandard);
    }

    /** The stored status; PAUSED is a routine in progress that the user paused on purpose. */
    public enum ItemStatus { NOT_STARTED, IN_PROGRESS, PAUSED, FINISHED }

    public static FlatProfile of(Profile profile, long version) {
        Position p = profile.position();
        ItemStatus status = profile.paused() && p.status() == Status.IN_PROGRESS ? ItemStatus.PAUSED : ItemStatus.valueOf(p.status().name());
        Map<String, String> versions = p.versions().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        return new FlatProfile(SCHEMA_VERSION, version, status, p.step().stretchId(), p.step().side().name(),
                p.step().set(), versions, p.holdSeconds(), profile.lastActive().toString(),
                profile.finishedOn().stream().map(LocalDate::toString).toList(),
                profile.lastActive().plus(RETENTION).getEpochSecond(),
                p.pace().name(), p.length().name(), profile.longestStreak(),
                profile.easier().days().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(LocalDate::toString).toList())),
                profile.easier().offered().stream().sorted().toList(),
                profile.timeZone().map(ZoneId::getId).orElse(null));
    }

    public static FlatProfile of(StoredProfile stored) {
        return of(stored.profile(), stored.version());
    }

    /** @throws UnreadableProfileException when the fields do not make a position */
    public Profile toProfile() {
        try {
            Status position = status == ItemStatus.PAUSED ? Status.IN_PROGRESS : Status.valueOf(status.name());
            Map<String, Level> levels = new HashMap<>();
            // A version this build does not know (written by a newer one) is left at standard rather than failing the user.
            versions.forEach((id, level) -> parse(Level.class, level).filter(l -> !l.isStandard()).ifPresent(l -> levels.put(id, l)));
            int hold = HoldTime.isValid(holdSeconds) ? holdSeconds : HoldTime.DEFAULT;
            Pace chosenPace = parse(Pace.class, pace).orElse(Pace.NORMAL);
            RoutineLength length = RoutineLength.parse(routineLength).orElse(RoutineLength.FULL);
            Position at = new Position(position, new Step(stretch, Side.valueOf(side), set), levels, hold, chosenPace, length);
            Instant active = lastActive == null ? Instant.EPOCH : Instant.parse(lastActive);
            List<LocalDate> days = finishedOn.stream().map(LocalDate::parse).sorted().toList();
            Map<String, List<LocalDate>> easier = new HashMap<>();
            easierDays.forEach((id, list) -> easier.put(id, list.stream().map(LocalDate::parse).toList()));
            return new Profile(at, status == ItemStatus.PAUSED, active, days, Math.max(0, longestStreak),
                    new EasierHistory(easier, new HashSet<>(offeredStandard)), zone(timeZone));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new UnreadableProfileException("cannot be read as a profile: " + e.getMessage());
        }
    }

    public StoredProfile toStored() {
        return new StoredProfile(toProfile(), Math.max(0, version));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A zone id this JVM does not know is dropped, not fatal: the next lookup brings it back. */
    private static Optional<ZoneId> zone(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
