package com.backstretches.store.dynamodb;

import com.backstretches.local.EmbeddedDynamoDb;
import com.backstretches.testkit.SamTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * A real DynamoDB engine for the tests: DynamoDB Local, in this JVM, in memory, on a free loopback
 * port, started once and shared. Each test class gets its own table, created with the key schema
 * of the table in template.yaml, so the tests and the deployment cannot drift apart.
 *
 * <p>Two clients, never mixed: {@link #client()} is what the skill under test gets, with the
 * deployed limits (1 s an attempt, 2 s a call), so the tests see the timeouts users do;
 * {@link #harness()} is the tests' own (tables, items read to check what was stored), with limits
 * loose enough that a loaded build machine does not fail a test in its own set-up.
 */
public final class LocalDynamoDb {

    public static final Region REGION = Region.US_EAST_1;
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static LocalDynamoDb shared;

    /** The harness's own patience: far beyond any DynamoDB Local answer, however busy the machine. */
    private static final Duration HARNESS_ATTEMPT = Duration.ofSeconds(20);
    private static final Duration HARNESS_CALL = Duration.ofSeconds(60);

    private final URI endpoint;
    private final DynamoDbClient client;
    private final DynamoDbClient harness;

    private LocalDynamoDb(URI endpoint) {
        this.endpoint = endpoint;
        this.client = DynamoDbClients.local(endpoint, REGION);
        this.harness = harnessClient(endpoint);
    }

    public static synchronized LocalDynamoDb shared() {
        if (shared == null) {
            EmbeddedDynamoDb server = EmbeddedDynamoDb.start(Optional.empty());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            shared = new LocalDynamoDb(server.endpoint());
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** For the skill under test: the deployed client's limits ({@link DynamoDbClients}). */
    public DynamoDbClient client() {
        return client;
    }

    /** For the test itself: creating tables, reading what was stored. */
    public DynamoDbClient harness() {
        return harness;
    }

    /** The tests' own client for another endpoint (a server a test starts and stops itself). */
    public static DynamoDbClient harnessClient(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(HARNESS_ATTEMPT))
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(HARNESS_ATTEMPT).apiCallTimeout(HARNESS_CALL))
                .build();
    }

    /** A new empty table with the deployed key schema; its name is unique to this run. */
    public String createTable() {
        return createTable(harness);
    }

    /** The same, on another DynamoDB Local server (a test that stops and restarts its own). */
    public static String createTableAt(URI endpoint) {
        try (DynamoDbClient other = harnessClient(endpoint)) {
            return createTable(other);
        }
    }

    private static String createTable(DynamoDbClient client) {
        String name = "profiles-" + TABLES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        TemplateTable template = TemplateTable.read();
        try {
            client.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(template.keySchema()).attributeDefinitions(template.attributes()));
        } catch (ResourceInUseException e) {
            // The name is this run's own, so the table is ours: a first attempt that timed out on a
            // loaded machine created it, and the SDK's retry then found it.
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
        return name;
    }

    /** A loopback port nothing listens on: a database that is down. */
    public static int closedPort() {
        return EmbeddedDynamoDb.freePort();
    }

    /** The profile table as template.yaml declares it. */
    public record TemplateTable(List<KeySchemaElement> keySchema, List<AttributeDefinition> attributes, String ttlAttribute) {

        public static TemplateTable read() {
            Map<String, Object> table = SamTemplate.read().properties("ProfileTable");
            List<KeySchemaElement> keys = SamTemplate.list(table.get("KeySchema")).stream().map(SamTemplate::map)
                    .map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName")).keyType((String) k.get("KeyType")).build())
                    .toList();
            List<AttributeDefinition> attributes = SamTemplate.list(table.get("AttributeDefinitions")).stream().map(SamTemplate::map)
                    .map(a -> AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                            .attributeType((String) a.get("AttributeType")).build())
                    .toList();
            String ttl = (String) SamTemplate.map(table.get("TimeToLiveSpecification")).get("AttributeName");
            return new TemplateTable(keys, attributes, ttl);
        }
    }
}
