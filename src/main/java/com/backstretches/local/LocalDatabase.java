package com.backstretches.local;

import com.backstretches.local.ConsoleOptions.Endpoint;
import com.backstretches.local.ConsoleOptions.InMemory;
import com.backstretches.local.ConsoleOptions.OnDisk;
import com.backstretches.local.ConsoleOptions.Storage;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The DynamoDB the console talks to, ready with its table: DynamoDB Local started in this process on
 * a free loopback port (data in a folder, or in memory), or another DynamoDB at an endpoint. The skill
 * reaches it over HTTP with the same client settings as in Lambda.
 */
public final class LocalDatabase implements AutoCloseable {

    /** What went wrong, in words the user can act on; the console prints it and exits. */
    public static final class UnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }

        UnavailableException(String message) {
            super(message);
        }
    }

    private static final Region DEFAULT_REGION = Region.US_EAST_1;
    private static final String LOCK_FILE = "console.lock";
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final DynamoDbClient client;
    private final String table;
    private final String description;
    private final List<AutoCloseable> resources;

    private LocalDatabase(DynamoDbClient client, String table, String description, List<AutoCloseable> resources) {
        this.client = client;
        this.table = table;
        this.description = description;
        this.resources = resources;
    }

    public static LocalDatabase open(Storage storage, String table) throws UnavailableException {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            LocalDatabase db;
            if (storage instanceof OnDisk disk) {
                db = embedded(Optional.of(prepare(disk.folder(), resources)), table,
                        "DynamoDB Local, data in " + disk.folder(), resources);
            } else if (storage instanceof InMemory) {
                db = embedded(Optional.empty(), table, "DynamoDB Local in memory (nothing is kept)", resources);
            } else {
                db = remote(((Endpoint) storage).uri(), table, resources);
            }
            db.ensureTable(db.isLoopback(storage));
            return db;
        } catch (UnavailableException | RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    public String table() {
        return table;
    }

    /** For the console's banner: where the profiles are. */
    public String description() {
        return description + ", table " + table;
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static LocalDatabase embedded(Optional<Path> folder, String table, String description, List<AutoCloseable> resources)
            throws UnavailableException {
        EmbeddedDynamoDb server;
        try {
            server = EmbeddedDynamoDb.start(folder);
        } catch (RuntimeException e) {
            throw new UnavailableException(reason(e), e);
        }
        resources.add(server);
        DynamoDbClient client = DynamoDbClients.local(server.endpoint(), DEFAULT_REGION);
        resources.add(client);
        return new LocalDatabase(client, table, description, resources);
    }

    private static LocalDatabase remote(URI endpoint, String table, List<AutoCloseable> resources) {
        Region region = Optional.ofNullable(System.getenv("AWS_REGION")).filter(r -> !r.isBlank()).map(Region::of)
                .orElse(DEFAULT_REGION);
        // A server on this machine is DynamoDB Local, which takes any credentials; anything else is AWS.
        DynamoDbClient client = loopback(endpoint) ? DynamoDbClients.local(endpoint, region) : DynamoDbClients.remote(endpoint, region);
        resources.add(client);
        return new LocalDatabase(client, table, "DynamoDB at " + endpoint + " (" + region.id() + ")", resources);
    }

    /** The data folder, created if needed, and locked so a second console cannot share it. */
    private static Path prepare(Path folder, List<AutoCloseable> resources) throws UnavailableException {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new UnavailableException("cannot create the data folder " + folder + ": " + reason(e)
                    + " (choose another with --data DIR, or use --in-memory)", e);
        }
        if (!Files.isDirectory(folder) || !Files.isReadable(folder) || !Files.isWritable(folder)) {
            throw new UnavailableException("the data folder " + folder + " is not a folder this user can read and write"
                    + " (choose another with --data DIR, or use --in-memory)");
        }
        Path lockFile = folder.resolve(LOCK_FILE).toAbsolutePath().normalize();
        // The OS lock is per process, and closing any channel on the file drops it, so within one JVM
        // (the tests) a folder in use is known here and its file is never opened a second time.
        if (!HELD.add(lockFile)) {
            throw inUse(folder);
        }
        resources.add(() -> HELD.remove(lockFile));
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            resources.add(channel);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(folder);
            }
            resources.add(lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(folder);
        } catch (IOException e) {
            throw new UnavailableException("cannot lock the data folder " + folder + ": " + reason(e), e);
        }
        return folder.toAbsolutePath();
    }

    private static UnavailableException inUse(Path folder) {
        return new UnavailableException("another console is using " + folder
                + "; quit it, or choose another folder with --data DIR, or use --in-memory");
    }

    /**
     * Setting the table up is not a user waiting on an answer: it gets far more time than the skill's
     * calls (a busy machine's DynamoDB Local can take seconds to create a table), on the same client.
     */
    private static final AwsRequestOverrideConfiguration PATIENT = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(60)).apiCallAttemptTimeout(Duration.ofSeconds(30)).build();

    private void ensureTable(boolean mayCreate) throws UnavailableException {
        DescribeTableRequest describe = DescribeTableRequest.builder().tableName(table).overrideConfiguration(PATIENT).build();
        try {
            client.describeTable(describe);
            return;
        } catch (ResourceNotFoundException e) {
            if (!mayCreate) {
                throw new UnavailableException("there is no table " + table + " at that endpoint; deploy it with SAM"
                        + " (see docs/deploy.md) and pass its name with --table", e);
            }
        } catch (SdkException e) {
            throw new UnavailableException("cannot reach " + description + ": " + reason(e), e);
        }
        try {
            // The key schema the store reads and writes; template.yaml declares the same, and a test checks it.
            client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST).overrideConfiguration(PATIENT)
                    .keySchema(KeySchemaElement.builder().attributeName(DynamoDbProfileStore.PARTITION_KEY).keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName(DynamoDbProfileStore.PARTITION_KEY)
                            .attributeType(ScalarAttributeType.S).build()));
            client.waiter().waitUntilTableExists(describe);
        } catch (ResourceInUseException e) {
            // An attempt that outlived its timeout created it, and the retry found it: it is there.
            client.waiter().waitUntilTableExists(describe);
        } catch (SdkException e) {
            throw new UnavailableException("cannot create the table " + table + " in " + description + ": " + reason(e), e);
        }
    }

    private boolean isLoopback(Storage storage) {
        return !(storage instanceof Endpoint endpoint) || loopback(endpoint.uri());
    }

    private static boolean loopback(URI endpoint) {
        try {
            return InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The exception's own words, or its deepest cause's when it has none. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Last opened, first closed: the client, then the server, then the folder's lock. */
    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // Closing on the way out: nothing more to do with a failure here.
            }
        }
        resources.clear();
    }
}
