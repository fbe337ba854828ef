package com.backstretches.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.practice.EasierHistory;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.ProfileWriter;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The DynamoDB store on a real engine (DynamoDB Local, started by the test), in a table made from template.yaml's schema. */
class DynamoDbProfileStoreTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final ExecutorService DEVICES = Executors.newFixedThreadPool(2);

    /** The store under test gets the deployed client's limits; the test's own reads and writes go through the harness's. */
    private final DynamoDbClient client = DB.harness();
    private final Position fresh = new Navigator(RoutineLoader.standard()).fresh();
    private final DynamoDbProfileStore store = new DynamoDbProfileStore(DB.client(), TABLE, fresh);
    private final Instant now = Instant.parse("2026-11-23T18:00:00Z");
    private final Position position = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.RIGHT, 2),
            Map.of("half-pancake", Level.EASIER, "a-frame-to-squat", Level.HARDER), 45);
    private final Profile profile = new Profile(position, true, now, List.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22")));

    @AfterAll
    static void stopDevices() {
        DEVICES.shutdownNow();
    }

    @Test
    void the_table_is_created_with_the_key_schema_template_yaml_deploys() {
        var template = LocalDynamoDb.TemplateTable.read();
        assertThat(template.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo(ProfileItemCodec.USER_ID);
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(template.ttlAttribute()).isEqualTo("expiresAt");
        // Checked against what the store itself uses, not against the template the table was made from.
        var table = client.describeTable(b -> b.tableName(TABLE)).table();
        assertThat(table.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo(DynamoDbProfileStore.PARTITION_KEY);
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(table.attributeDefinitions()).singleElement().satisfies(a -> {
            assertThat(a.attributeName()).isEqualTo(DynamoDbProfileStore.PARTITION_KEY);
            assertThat(a.attributeType()).isEqualTo(ScalarAttributeType.S);
        });
    }

    @Test
    void every_field_survives_a_round_trip_and_each_write_moves_the_version_on() {
        String user = user();
        store.put(user, profile, 0);
        assertThat(store.load(user)).contains(new StoredProfile(profile, 1));
        Profile finished = new Profile(new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 60),
                false, now.plusSeconds(60), List.of(LocalDate.parse("2026-11-23")));
        store.put(user, finished, 1);
        assertThat(store.load(user)).contains(new StoredProfile(finished, 2));
    }

    @Test
    void the_item_is_typed_and_expires_a_year_after_the_last_visit() {
        String user = user();
        store.put(user, profile, 0);
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(TABLE).key(key(user))).item();
        assertThat(item.get("status").s()).isEqualTo("PAUSED");
        assertThat(item.get("stretch").s()).isEqualTo("quadruped-sidebend");
        assertThat(item.get("side").s()).isEqualTo("RIGHT");
        assertThat(item.get("set").n()).isEqualTo("2");
        assertThat(item.get("versions").m()).containsEntry("half-pancake", AttributeValue.fromS("EASIER"));
        assertThat(item.get("holdSeconds").n()).isEqualTo("45");
        assertThat(item.get("schemaVersion").n()).isEqualTo("1");
        assertThat(item.get("version").n()).isEqualTo("1");
        assertThat(item.get("finishedOn").l()).extracting(AttributeValue::s).containsExactly("2026-11-20", "2026-11-22");
        assertThat(Long.parseLong(item.get("expiresAt").n())).isEqualTo(now.plus(Duration.ofDays(365)).getEpochSecond());
    }

    @Test
    void a_write_from_a_stale_version_is_rejected() {
        String user = user();
        store.put(user, profile, 0);
        store.put(user, profile, 1);
        assertThatThrownBy(() -> store.put(user, profile, 1)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.put(user, profile, 0)).isInstanceOf(VersionConflictException.class);
        assertThat(store.load(user).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void two_devices_changing_different_things_at_the_same_time_both_keep_their_change() throws Exception {
        for (int round = 0; round < 20; round++) {
            String user = user();
            Profile start = new Profile(new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1), Map.of(), 30),
                    false, now, List.of());
            store.put(user, start, 0);
            StoredProfile read = store.load(user).orElseThrow();
            // Both devices read version 1, then write at once.
            ProfileChange longerHolds = new ProfileChange(Optional.empty(), Map.of(), Optional.of(60), Optional.empty(), Optional.empty(), now);
            ProfileChange easierWag = new ProfileChange(Optional.of(new ProfileChange.Placement(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1))),
                    Map.of("wag-tail", Level.EASIER), Optional.empty(), Optional.empty(), Optional.empty(), now);
            CountDownLatch go = new CountDownLatch(1);
            ProfileWriter writer = new ProfileWriter(store);
            Future<?> a = DEVICES.submit(() -> {
                go.await();
                return writer.write(user, Optional.of(read), start, longerHolds);
            });
            Future<?> b = DEVICES.submit(() -> {
                go.await();
                return writer.write(user, Optional.of(read), start, easierWag);
            });
            go.countDown();
            a.get();
            b.get();
            StoredProfile after = store.load(user).orElseThrow();
            assertThat(after.version()).isEqualTo(3);
            assertThat(after.profile().position().holdSeconds()).as("round %d", round).isEqualTo(60);
            assertThat(after.profile().position().levelOf("wag-tail")).as("round %d", round).isEqualTo(Level.EASIER);
            assertThat(after.profile().position().step().stretchId()).isEqualTo("wag-tail");
        }
    }

    @Test
    void an_item_from_an_older_schema_with_unknown_attributes_loads_and_keeps_them_when_written() {
        String user = user();
        client.putItem(b -> b.tableName(TABLE).item(Map.of(
                "userId", AttributeValue.fromS(user),
                "status", AttributeValue.fromS("IN_PROGRESS"),
                "stretch", AttributeValue.fromS("half-pancake"),
                "side", AttributeValue.fromS("LEFT"),
                "set", AttributeValue.fromN("1"),
                "favouriteColour", AttributeValue.fromS("green"))));
        StoredProfile loaded = store.load(user).orElseThrow();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.profile().position()).isEqualTo(new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.LEFT, 1), Map.of(), 30));
        assertThat(loaded.profile().finishedOn()).isEmpty();
        store.put(user, profile, 0);
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(TABLE).key(key(user))).item();
        assertThat(item).containsEntry("favouriteColour", AttributeValue.fromS("green")).containsEntry("version", AttributeValue.fromN("1"));
    }

    @Test
    void a_corrupt_item_reads_as_a_fresh_start_and_the_next_write_replaces_it() {
        String user = user();
        client.putItem(b -> b.tableName(TABLE).item(Map.of(
                "userId", AttributeValue.fromS(user),
                "version", AttributeValue.fromN("7"),
                "status", AttributeValue.fromS("DANCING"),
                "set", AttributeValue.fromS("not a number"))));
        StoredProfile loaded = store.load(user).orElseThrow();
        assertThat(loaded.profile().position()).isEqualTo(fresh);
        assertThat(loaded.version()).isEqualTo(7);
        store.put(user, profile, loaded.version());
        assertThat(store.load(user)).contains(new StoredProfile(profile, 8));
    }

    @Test
    void a_version_this_build_does_not_know_falls_back_to_standard_instead_of_failing() {
        String user = user();
        store.put(user, profile, 0);
        client.updateItem(b -> b.tableName(TABLE).key(key(user)).updateExpression("SET versions.#w = :v")
                .expressionAttributeNames(Map.of("#w", "wag-tail")).expressionAttributeValues(Map.of(":v", AttributeValue.fromS("EXTREME"))));
        Position loaded = store.load(user).orElseThrow().profile().position();
        assertThat(loaded.levelOf("wag-tail")).isEqualTo(Level.STANDARD);
        assertThat(loaded.levelOf("half-pancake")).isEqualTo(Level.EASIER);
    }

    @Test
    void delete_removes_the_item() {
        String user = user();
        store.put(user, profile, 0);
        store.delete(user);
        assertThat(store.load(user)).isEmpty();
    }

    // ---- daily practice: pace, quick version, longest streak, easier history, time zone ----

    private final EasierHistory easier = new EasierHistory(
            Map.of("half-pancake", List.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22")),
                    "wag-tail", List.of(LocalDate.parse("2026-11-21"))),
            Set.of("prone-extension", "half-pancake"));
    private final Profile practised = new Profile(
            new Position(Status.IN_PROGRESS, new Step("quadruped-torso-rotation", Side.RIGHT, 1), Map.of("half-pancake", Level.EASIER), 45,
                    Pace.SLOWER, RoutineLength.QUICK),
            false, now, List.of(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22")), 9, easier, Optional.of(ZoneId.of("Europe/Berlin")));

    @Test
    void pace_length_longest_streak_easier_history_and_time_zone_survive_a_round_trip() {
        String user = user();
        store.put(user, practised, 0);
        assertThat(store.load(user)).contains(new StoredProfile(practised, 1));

        Profile faster = new Profile(new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 30, Pace.FASTER,
                RoutineLength.FULL), false, now.plusSeconds(60), List.of(LocalDate.parse("2026-11-23")), 10,
                easier.versionChanged("half-pancake"), Optional.of(ZoneId.of("America/Los_Angeles")));
        store.put(user, faster, 1);
        assertThat(store.load(user)).contains(new StoredProfile(faster, 2));
    }

    @Test
    void the_new_fields_are_stored_as_plain_typed_attributes() {
        String user = user();
        store.put(user, practised, 0);
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(TABLE).key(key(user))).item();
        assertThat(item.get("pace").s()).isEqualTo("SLOWER");
        assertThat(item.get("routineLength").s()).isEqualTo("QUICK");
        assertThat(item.get("longestStreak").n()).isEqualTo("9");
        assertThat(item.get("easierDays").m()).containsOnlyKeys("half-pancake", "wag-tail");
        assertThat(item.get("easierDays").m().get("half-pancake").l()).extracting(AttributeValue::s)
                .containsExactly("2026-11-18", "2026-11-20", "2026-11-22");
        assertThat(item.get("offeredStandard").l()).extracting(AttributeValue::s).containsExactly("half-pancake", "prone-extension");
        assertThat(item.get("timeZone").s()).isEqualTo("Europe/Berlin");
    }

    @Test
    void a_profile_without_a_time_zone_or_easier_history_round_trips_as_none() {
        String user = user();
        Profile plain = new Profile(practised.position(), false, now, List.of(), 0, EasierHistory.EMPTY, Optional.empty());
        store.put(user, plain, 0);
        assertThat(store.load(user)).contains(new StoredProfile(plain, 1));
        assertThat(client.getItem(b -> b.tableName(TABLE).key(key(user))).item()).doesNotContainKey("timeZone");
    }

    @Test
    void an_item_written_before_daily_practice_loads_with_the_defaults() {
        String user = user();
        client.putItem(b -> b.tableName(TABLE).item(Map.ofEntries(
                Map.entry("userId", AttributeValue.fromS(user)),
                Map.entry("schemaVersion", AttributeValue.fromN("1")),
                Map.entry("version", AttributeValue.fromN("4")),
                Map.entry("status", AttributeValue.fromS("PAUSED")),
                Map.entry("stretch", AttributeValue.fromS("quadruped-sidebend")),
                Map.entry("side", AttributeValue.fromS("LEFT")),
                Map.entry("set", AttributeValue.fromN("3")),
                Map.entry("versions", AttributeValue.fromM(Map.of("wag-tail", AttributeValue.fromS("EASIER")))),
                Map.entry("holdSeconds", AttributeValue.fromN("60")),
                Map.entry("lastActive", AttributeValue.fromS(now.toString())),
                Map.entry("finishedOn", AttributeValue.fromL(List.of(AttributeValue.fromS("2026-11-21"), AttributeValue.fromS("2026-11-22")))))));
        StoredProfile loaded = store.load(user).orElseThrow();
        assertThat(loaded.version()).isEqualTo(4);
        Profile p = loaded.profile();
        assertThat(p.position()).isEqualTo(new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 3),
                Map.of("wag-tail", Level.EASIER), 60, Pace.NORMAL, RoutineLength.FULL));
        assertThat(p.paused()).isTrue();
        assertThat(p.finishedOn()).containsExactly(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22"));
        assertThat(p.longestStreak()).isZero();
        assertThat(p.easier()).isEqualTo(EasierHistory.EMPTY);
        assertThat(p.timeZone()).isEmpty();
        assertThat(p.streak(LocalDate.parse("2026-11-23")).longest()).as("the days still count").isEqualTo(2);

        store.put(user, p, 4);
        assertThat(store.load(user)).contains(new StoredProfile(p, 5));
    }

    @Test
    void a_pace_length_or_time_zone_this_build_does_not_know_loads_as_the_default_instead_of_failing() {
        for (Map.Entry<String, AttributeValue> unknown : List.of(
                Map.entry("pace", AttributeValue.fromS("GLACIAL")),
                Map.entry("routineLength", AttributeValue.fromS("MARATHON")),
                Map.entry("timeZone", AttributeValue.fromS("Mars/Olympus_Mons")),
                Map.entry("timeZone", AttributeValue.fromS("not a zone at all!")))) {
            String user = user();
            store.put(user, practised, 0);
            client.updateItem(b -> b.tableName(TABLE).key(key(user)).updateExpression("SET #f = :v")
                    .expressionAttributeNames(Map.of("#f", unknown.getKey())).expressionAttributeValues(Map.of(":v", unknown.getValue())));
            Profile loaded = store.load(user).orElseThrow().profile();
            assertThat(loaded.position().pace()).as(unknown.toString()).isEqualTo(unknown.getKey().equals("pace") ? Pace.NORMAL : Pace.SLOWER);
            assertThat(loaded.position().length()).as(unknown.toString())
                    .isEqualTo(unknown.getKey().equals("routineLength") ? RoutineLength.FULL : RoutineLength.QUICK);
            assertThat(loaded.timeZone()).as(unknown.toString())
                    .isEqualTo(unknown.getKey().equals("timeZone") ? Optional.empty() : Optional.of(ZoneId.of("Europe/Berlin")));
            assertThat(loaded.position().step()).as("the rest still loads: " + unknown).isEqualTo(practised.position().step());
            assertThat(loaded.easier()).as(unknown.toString()).isEqualTo(easier);
            assertThat(loaded.longestStreak()).as(unknown.toString()).isEqualTo(9);
        }
    }

    private static String user() {
        return "amzn1.ask.account." + java.util.UUID.randomUUID();
    }

    private static Map<String, AttributeValue> key(String user) {
        return Map.of("userId", AttributeValue.fromS(user));
    }
}
