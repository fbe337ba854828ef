package com.backstretches.store.dynamodb;

import com.backstretches.local.EmbeddedDynamoDb;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * A real DynamoDB engine for the tests: DynamoDB Local, in this JVM, in memory, on a free loopback
 * port, started once and shared. Each test class gets its own table, created with the key schema
 * of the table in template.yaml, so the tests and the deployment cannot drift apart.
 */
public final class LocalDynamoDb {

    public static final Region REGION = Region.US_EAST_1;
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static LocalDynamoDb shared;

    private final URI endpoint;
    private final DynamoDbClient client;

    private LocalDynamoDb(URI endpoint) {
        this.endpoint = endpoint;
        this.client = DynamoDbClients.local(endpoint, REGION);
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

    public DynamoDbClient client() {
        return client;
    }

    /** A new empty table with the deployed key schema; its name is unique to this run. */
    public String createTable() {
        String name = "profiles-" + TABLES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        TemplateTable template = TemplateTable.read();
        client.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(template.keySchema()).attributeDefinitions(template.attributes()));
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
        return name;
    }

    /** A loopback port nothing listens on: a database that is down. */
    public static int closedPort() {
        return EmbeddedDynamoDb.freePort();
    }

    /** The profile table as template.yaml declares it. */
    public record TemplateTable(List<KeySchemaElement> keySchema, List<AttributeDefinition> attributes, String ttlAttribute) {

        @SuppressWarnings("unchecked")
        public static TemplateTable read() {
            Map<String, Object> template;
            try (Reader in = Files.newBufferedReader(Path.of("template.yaml"))) {
                template = new Yaml(new CloudFormationConstructor()).load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
            Map<String, Object> table = (Map<String, Object>) ((Map<String, Object>) resources.get("ProfileTable")).get("Properties");
            List<KeySchemaElement> keys = ((List<Map<String, String>>) table.get("KeySchema")).stream()
                    .map(k -> KeySchemaElement.builder().attributeName(k.get("AttributeName")).keyType(k.get("KeyType")).build()).toList();
            List<AttributeDefinition> attributes = ((List<Map<String, String>>) table.get("AttributeDefinitions")).stream()
                    .map(a -> AttributeDefinition.builder().attributeName(a.get("AttributeName")).attributeType(a.get("AttributeType")).build())
                    .toList();
            String ttl = (String) ((Map<String, Object>) table.get("TimeToLiveSpecification")).get("AttributeName");
            return new TemplateTable(keys, attributes, ttl);
        }
    }

    /** Reads CloudFormation's short-form tags (!Ref, !GetAtt, ...) as plain values instead of failing on them. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            this.yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return scalar.getValue();
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    return constructMapping((org.yaml.snakeyaml.nodes.MappingNode) node);
                }
            });
        }
    }
}
