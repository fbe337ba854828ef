package com.backstretches.store.dynamodb;

import java.util.List;
import java.util.Map;

/**
 * One user's item in the profile table, field for field as stored (the partition key
 * {@code userId} aside). {@code version} is the optimistic-locking counter; {@code expiresAt} is the
 * table's TTL attribute (epoch seconds, a year after the last use).
 */
record ProfileItem(
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

    static final int SCHEMA_VERSION = 1;

    ProfileItem {
        versions = Map.copyOf(versions);
        finishedOn = List.copyOf(finishedOn);
        easierDays = Map.copyOf(easierDays);
        offeredStandard = List.copyOf(offeredStandard);
    }

    /** The stored status; PAUSED is a routine in progress that the user paused on purpose. */
    enum ItemStatus { NOT_STARTED, IN_PROGRESS, PAUSED, FINISHED }
}
