package com.backstretches.lambda;

import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
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
 */
final class SkillOnLocalDynamoDb {

    static final InteractionModel MODEL = InteractionModel.load(Path.of("skill-package/interactionModels/custom/en-US.json"));

    final String user = "amzn1.ask.account." + UUID.randomUUID();
    final TestClock clock = new TestClock(Instant.parse("2026-11-23T07:30:00Z"));
    final DynamoDbProfileStore store;
    final BackStretchesHandler handler;
    private final DynamoDbClient client;
    private final String table;

    SkillOnLocalDynamoDb(DynamoDbClient client, String table) {
        this(client, table, UnaryOperator.identity());
    }

    /** {@code wrap}: what the skill sees of the store (a counting wrapper, say); the test's own reads go straight to it. */
    SkillOnLocalDynamoDb(DynamoDbClient client, String table, UnaryOperator<ProfileStore> wrap) {
        this(client, table, wrap, new NoAlexaApi());
    }

    /** {@code alexa}: Alexa's own APIs as the skill reaches them (a stub on loopback, say). */
    SkillOnLocalDynamoDb(DynamoDbClient client, String table, AlexaApi alexa) {
        this(client, table, UnaryOperator.identity(), alexa);
    }

    private SkillOnLocalDynamoDb(DynamoDbClient client, String table, UnaryOperator<ProfileStore> wrap, AlexaApi alexa) {
        this.client = client;
        this.table = table;
        this.store = new DynamoDbProfileStore(client, table, new Navigator(RoutineLoader.standard()).fresh());
        this.handler = new BackStretchesHandler(wrap.apply(store), clock, RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID),
                alexa);
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
        return client.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(DynamoDbProfileStore.PARTITION_KEY, AttributeValue.fromS(user)))).item();
    }
}
