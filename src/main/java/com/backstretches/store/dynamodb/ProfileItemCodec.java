package com.backstretches.store.dynamodb;

import com.backstretches.session.HoldTime;
import com.backstretches.session.Side;
import com.backstretches.store.FlatProfile;
import com.backstretches.store.FlatProfile.ItemStatus;
import com.backstretches.store.UnreadableProfileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A profile's flat form <-> DynamoDB attributes. Reading is lenient where it can be: attributes it
 * does not know are ignored, and ones an older schema lacked get their defaults.
 */
final class ProfileItemCodec {

    static final String USER_ID = "userId";
    static final String VERSION = "version";
    static final String EXPIRES_AT = "expiresAt";

    private ProfileItemCodec() {
    }

    /** Every attribute but the key, for an update that leaves unknown attributes in place. */
    static Map<String, AttributeValue> toAttributes(FlatProfile item) {
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

    static FlatProfile fromAttributes(Map<String, AttributeValue> a) {
        try {
            String status = string(a, "status");
            if (status == null) {
                throw new UnreadableProfileException("no status");
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
            return new FlatProfile(
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
            throw new UnreadableProfileException("item attributes are not a profile: " + e.getMessage());
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
