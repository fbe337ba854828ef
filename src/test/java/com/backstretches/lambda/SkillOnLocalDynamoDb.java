package com.backstretches.lambda;

import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The skill as deployed, through its Lambda entry point, with profiles in a DynamoDB table: one new
 * user, a clock the test moves, and Alexa clients for that user's devices.
 *
 * <p>The skill's store is on the client it is given (the deployed limits, maybe behind a faulty
 * proxy); what the test reads back goes through the harness's own client, straight to the table,
 * so a check is never slowed or failed by the fault under test.
 */
final class SkillOnLocalDynamoDb {

    static final InteractionModel MODEL = InteractionModel.load(Path.of("skill-package/interactionModels/custom/en-US.json"));

    final String user = "amzn1.ask.account." + UUID.randomUUID();
    final TestClock clock = new TestClock(Instant.parse("2026-11-23T07:30:00Z"));
    /** The table as the test reads it: the same store class, on the harness's client. */
    final DynamoDbProfileStore store;
    /** The store the skill itself uses (before any wrapping). */
    final DynamoDbProfileStore skillStore;
    final BackStretchesHandler handler;
    private final DynamoDbClient harness;
    private final String table;

    /** The skill on {@code client}, a table of the shared DynamoDB Local. */
    SkillOnLocalDynamoDb(DynamoDbClient client, String table) {
        this(client, table, UnaryOperator.identity());
    }

    /** {@code wrap}: what the skill sees of the store (a counting wrapper, say); the test's own reads go straight to the table. */
    SkillOnLocalDynamoDb(DynamoDbClient client, String table, UnaryOperator<ProfileStore> wrap) {
        this(client, LocalDynamoDb.shared().harness(), table, wrap, new NoAlexaApi(), RoutineLoader.standard());
    }

    /** {@code alexa}: Alexa's own APIs as the skill reaches them (a stub on loopback, say). */
    SkillOnLocalDynamoDb(DynamoDbClient client, String table, AlexaApi alexa) {
        this(client, LocalDynamoDb.shared().harness(), table, UnaryOperator.identity(), alexa, RoutineLoader.standard());
    }

    /** Everything chosen: {@code harness} reaches the same table as {@code client} does, without its faults. */
    SkillOnLocalDynamoDb(DynamoDbClient client, DynamoDbClient harness, String table, UnaryOperator<ProfileStore> wrap, AlexaApi alexa,
            Routine routine) {
        this.harness = harness;
        this.table = table;
        this.skillStore = new DynamoDbProfileStore(client, table, new Navigator(routine).fresh());
        this.store = new DynamoDbProfileStore(harness, table, new Navigator(routine).fresh());
        this.handler = new BackStretchesHandler(wrap.apply(skillStore), clock, routine, Optional.of(EnvelopeTest.SKILL_ID), alexa);
    }

    AlexaClient device(String deviceId) {
        return new AlexaClient(handler, MODEL, new Envelopes(EnvelopeTest.SKILL_ID, user, deviceId, clock));
    }

    /** A device whose requests point Alexa's APIs at {@code apiEndpoint}, for a user who granted {@code permissions}. */
    AlexaClient device(String deviceId, String apiEndpoint, Set<String> permissions) {
        return new AlexaClient(handler, MODEL, new Envelopes(EnvelopeTest.SKILL_ID, user, deviceId, clock)
                .withApiEndpoint(apiEndpoint).withPermissions(permissions));
    }

    Profile stored() {
        return store.load(user).orElseThrow().profile();
    }

    /** The user's item as it is in the table, read consistently. */
    Map<String, AttributeValue> item() {
        return harness.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(DynamoDbProfileStore.PARTITION_KEY, AttributeValue.fromS(user)))).item();
    }

    /** Puts an item for this user as it is, bypassing the store (an item written by something else). */
    void putItem(Map<String, AttributeValue> item) {
        harness.putItem(b -> b.tableName(table).item(item));
    }
}
