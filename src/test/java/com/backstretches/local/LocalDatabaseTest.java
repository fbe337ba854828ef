package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.local.ConsoleOptions.Endpoint;
import com.backstretches.local.ConsoleOptions.InMemory;
import com.backstretches.local.ConsoleOptions.OnDisk;
import com.backstretches.local.LocalDatabase.UnavailableException;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class LocalDatabaseTest {

    private static final String TABLE = "back-stretches-local";

    @TempDir
    Path dir;

    @Test
    void a_data_folder_that_is_a_regular_file_is_refused_naming_the_folder_and_the_alternatives() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> LocalDatabase.open(new OnDisk(file), TABLE)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("--data DIR").hasMessageContaining("--in-memory");
    }

    @Test
    void a_data_folder_locked_by_a_console_in_another_process_is_refused_as_in_use() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Process holder = holdLock(data.resolve("console.lock"));
        try {
            assertThatThrownBy(() -> LocalDatabase.open(new OnDisk(data), TABLE)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("another console is using " + data).hasMessageContaining("--in-memory");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroy();
        }
    }

    @Test
    void an_endpoint_where_nothing_listens_cannot_be_reached_and_says_where_it_looked() {
        URI endpoint = URI.create("http://127.0.0.1:" + LocalDynamoDb.closedPort());
        long start = System.nanoTime();
        assertThatThrownBy(() -> LocalDatabase.open(new Endpoint(endpoint), TABLE)).isInstanceOf(UnavailableException.class)
                .hasMessageStartingWith("cannot reach DynamoDB at " + endpoint);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
    }

    @Test
    void a_new_data_folder_gets_the_table_and_what_was_written_is_there_after_reopening() throws Exception {
        Path data = dir.resolve("nested").resolve("data");
        Map<String, AttributeValue> key = Map.of(DynamoDbProfileStore.PARTITION_KEY, AttributeValue.fromS("amzn1.ask.account.KEPT"));
        try (LocalDatabase db = LocalDatabase.open(new OnDisk(data), TABLE)) {
            TableDescription table = db.client().describeTable(b -> b.tableName(TABLE)).table();
            assertThat(table.keySchema()).singleElement().satisfies(k -> {
                assertThat(k.attributeName()).isEqualTo(DynamoDbProfileStore.PARTITION_KEY);
                assertThat(k.keyType()).isEqualTo(KeyType.HASH);
            });
            assertThat(db.description()).contains("data in " + data, "table " + TABLE);
            db.client().putItem(b -> b.tableName(TABLE).item(Map.of(
                    DynamoDbProfileStore.PARTITION_KEY, AttributeValue.fromS("amzn1.ask.account.KEPT"),
                    "note", AttributeValue.fromS("still here"))));
        }
        assertThat(data).isDirectory();

        try (LocalDatabase again = LocalDatabase.open(new OnDisk(data), TABLE)) {
            Map<String, AttributeValue> item = again.client().getItem(b -> b.tableName(TABLE).key(key).consistentRead(true)).item();
            assertThat(item).containsEntry("note", AttributeValue.fromS("still here"));
        }
    }

    @Test
    void in_memory_starts_empty_every_time() throws Exception {
        Map<String, AttributeValue> item = Map.of(DynamoDbProfileStore.PARTITION_KEY, AttributeValue.fromS("amzn1.ask.account.GONE"));
        try (LocalDatabase db = LocalDatabase.open(new InMemory(), TABLE)) {
            db.client().putItem(b -> b.tableName(TABLE).item(item));
            assertThat(db.description()).contains("in memory");
        }
        try (LocalDatabase db = LocalDatabase.open(new InMemory(), TABLE)) {
            assertThat(db.client().getItem(b -> b.tableName(TABLE).key(item).consistentRead(true)).hasItem()).isFalse();
        }
    }

    @Test
    void an_endpoint_on_this_machine_gets_the_table_created_when_it_is_missing() throws Exception {
        String table = "console-test-" + Long.toHexString(System.nanoTime());
        try (LocalDatabase db = LocalDatabase.open(new Endpoint(LocalDynamoDb.shared().endpoint()), table)) {
            assertThat(db.client().describeTable(b -> b.tableName(table)).table().tableName()).isEqualTo(table);
            assertThat(db.description()).startsWith("DynamoDB at " + LocalDynamoDb.shared().endpoint()).endsWith("table " + table);
        }
    }

    /** Another console, as far as the lock is concerned: a second JVM holding the data folder's lock file. */
    private static Process holdLock(Path lockFile) throws Exception {
        Path classes = Path.of(LockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), LockHolder.class.getName(), lockFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String ready = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(ready).isEqualTo("locked");
        return process;
    }

    /** Locks the file it is given until its stdin closes. */
    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock();
                System.out.println("locked");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }
}
