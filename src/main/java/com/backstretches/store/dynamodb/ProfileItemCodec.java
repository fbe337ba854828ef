package com.backstretches.store.dynamodb;

import com.backstretches.practice.EasierHistory;
import com.backstretches.routine.Level;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.store.Profile;
import com.backstretches.store.dynamodb.ProfileItem.ItemStatus;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Profile <-> item <-> DynamoDB attributes. Reading is lenient where it can be: attributes it does
 * not know are ignored, and ones an older schema lacked get their defaults. What it cannot read as
 * a position is corrupt, and says why.
 */
final class ProfileItemCodec {

    static final String USER_ID = "userId";
    static final String VERSION = "version";
    static final String EXPIRES_AT = "expiresAt";
    static final Duration RETENTION = Duration.ofDays(365);

    private ProfileItemCodec() {
    }

    static final class CorruptItemException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CorruptItemException(String message) {
            super(message);
        }
    }

    // ---- profile <-> item ----

    static ProfileItem toItem(Profile profile, long version) {
        Position p = profile.position();
        ItemStatus status = profile.paused() && p.status() == Status.IN_PROGRESS ? ItemStatus.PAUSED : ItemStatus.valueOf(p.status().name());
        Map<String, String> versions = p.versions().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        return new ProfileItem(ProfileItem.SCHEMA_VERSION, version, status, p.step().stretchId(), p.step().side().name(),
                p.step().set(), versions, p.holdSeconds(), profile.lastActive().toString(),
                profile.finishedOn().stream().map(LocalDate::toString).toList(),
                profile.lastActive().plus(RETENTION).getEpochSecond(),
                p.pace().name(), p.length().name(), profile.longestStreak(),
                profile.easier().days().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(LocalDate::toString).toList())),
                profile.easier().offered().stream().sorted().toList(),
                profile.timeZone().map(ZoneId::getId).orElse(null));
    }

    static Profile toProfile(ProfileItem item) {
        try {
            Status status = item.status() == ItemStatus.PAUSED ? Status.IN_PROGRESS : Status.valueOf(item.status().name());
            Map<String, Level> versions = new HashMap<>();
            // A version this build does not know (written by a newer one) is left at standard rather than failing the user.
            item.versions().forEach((id, level) -> parseLevel(level).filter(l -> !l.isStandard()).ifPresent(l -> versions.put(id, l)));
            int hold = HoldTime.isValid(item.holdSeconds()) ? item.holdSeconds() : HoldTime.DEFAULT;
            // Choices this build does not know (written by a newer one) fall back to their defaults.
            Pace pace = parse(Pace.class, item.pace()).orElse(Pace.NORMAL);
            RoutineLength length = parse(RoutineLength.class, item.routineLength()).orElse(RoutineLength.FULL);
            Position position = new Position(status, new Step(item.stretch(), Side.valueOf(item.side()), item.set()), versions, hold,
                    pace, length);
            Instant lastActive = item.lastActive() == null ? Instant.EPOCH : Instant.parse(item.lastActive());
            List<LocalDate> days = item.finishedOn().stream().map(LocalDate::parse).sorted().toList();
            Map<String, List<LocalDate>> easierDays = new HashMap<>();
            item.easierDays().forEach((id, list) -> easierDays.put(id, list.stream().map(LocalDate::parse).toList()));
            EasierHistory easier = new EasierHistory(easierDays, new HashSet<>(item.offeredStandard()));
            Optional<ZoneId> zone = zone(item.timeZone());
            return new Profile(position, item.status() == ItemStatus.PAUSED, lastActive, days, Math.max(0, item.longestStreak()),
                    easier, zone);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new CorruptItemException("item cannot be read as a profile: " + e.getMessage());
        }
    }

    private static Optional<Level> parseLevel(String level) {
        return parse(Level.class, level);
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

    // ---- item <-> attributes ----

    /** Every attribute but the key, for an update that leaves unknown attributes in place. */
    static Map<String, AttributeValue> toAttributes(ProfileItem item) {
        Map<String, AttributeValue> a = new HashMap<>();
        a.put("schemaVersion", n(item.schemaVersion()));
        a.put(VERSION, n(item.version()));
        a.put("status", s(item.status().name()));
        a.put("stretch", s(item.stretch()));
        a.put("side", s(item.side()));
        a.put("set", n(item.set()));
        Map<String, AttributeValue> versions = new HashMap<>();
        item.versions().forEach((id, level) -> versions.put(id, s(level)));
        a.put("versions", AttributeValue.fromM(versions));
        a.put("holdSeconds", n(item.holdSeconds()));
        a.put("lastActive", s(item.lastActive()));
        a.put("finishedOn", AttributeValue.fromL(item.finishedOn().stream().map(ProfileItemCodec::s).toList()));
        a.put(EXPIRES_AT, n(item.expiresAt()));
        a.put("pace", s(item.pace()));
        a.put("routineLength", s(item.routineLength()));
        a.put("longestStreak", n(item.longestStreak()));
        Map<String, AttributeValue> easier = new HashMap<>();
        item.easierDays().forEach((id, days) -> easier.put(id, AttributeValue.fromL(days.stream().map(ProfileItemCodec::s).toList())));
        a.put("easierDays", AttributeValue.fromM(easier));
        a.put("offeredStandard", AttributeValue.fromL(item.offeredStandard().stream().map(ProfileItemCodec::s).toList()));
        if (item.timeZone() != null) {
            a.put("timeZone", s(item.timeZone()));
        }
        return a;
    }

    static ProfileItem fromAttributes(Map<String, AttributeValue> a) {
        try {
            String status = string(a, "status");
            if (status == null) {
                throw new CorruptItemException("no status");
            }
            Map<String, String> versions = new HashMap<>();
            AttributeValue v = a.get("versions");
            if (v != null && v.hasM()) {
                v.m().forEach((id, level) -> {
                    if (level.s() != null) {
                        versions.put(id, level.s());
                    }
                });
            }
            List<String> days = new ArrayList<>();
            AttributeValue f = a.get("finishedOn");
            if (f != null && f.hasL()) {
                f.l().stream().map(AttributeValue::s).filter(d -> d != null).forEach(days::add);
            }
            Map<String, List<String>> easierDays = new HashMap<>();
            AttributeValue e = a.get("easierDays");
            if (e != null && e.hasM()) {
                e.m().forEach((id, list) -> {
                    if (list.hasL()) {
                        easierDays.put(id, list.l().stream().map(AttributeValue::s).filter(d -> d != null).toList());
                    }
                });
            }
            List<String> offered = new ArrayList<>();
            AttributeValue o = a.get("offeredStandard");
            if (o != null && o.hasL()) {
                o.l().stream().map(AttributeValue::s).filter(id -> id != null).forEach(offered::add);
            }
            return new ProfileItem(
                    (int) number(a, "schemaVersion", 1),
                    number(a, VERSION, 0),
                    ItemStatus.valueOf(status),
                    string(a, "stretch"),
                    string(a, "side") == null ? Side.NONE.name() : string(a, "side"),
                    (int) number(a, "set", 1),
                    versions,
                    (int) number(a, "holdSeconds", HoldTime.DEFAULT),
                    string(a, "lastActive"),
                    days,
                    number(a, EXPIRES_AT, 0),
                    string(a, "pace"),
                    string(a, "routineLength"),
                    (int) number(a, "longestStreak", 0),
                    easierDays,
                    offered,
                    string(a, "timeZone"));
        } catch (IllegalArgumentException e) {
            throw new CorruptItemException("item attributes are not a profile: " + e.getMessage());
        }
    }

    static long version(Map<String, AttributeValue> a) {
        try {
            return Math.max(0, number(a, VERSION, 0));
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static String string(Map<String, AttributeValue> a, String name) {
        AttributeValue v = a.get(name);
        return v == null ? null : v.s();
    }

    private static long number(Map<String, AttributeValue> a, String name, long absent) {
        AttributeValue v = a.get(name);
        if (v == null || v.n() == null) {
            return absent;
        }
        return Long.parseLong(v.n());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
