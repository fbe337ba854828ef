package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.local.LocalContext;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.slf4j.LoggerFactory;

/**
 * Where a cold start's time goes, in a fresh JVM: each piece the skill needs, started one after
 * another and timed. A piece's time includes the classes it is first to load, so the order matters
 * and later pieces look cheaper than they would alone. Arguments: the launch envelope file.
 */
public final class StartupBreakdown {

    private static final List<String> LINES = new ArrayList<>();
    private static long last = System.nanoTime();

    public static void main(String[] args) throws Exception {
        byte[] launch = Files.readString(Path.of(args[0])).replace("BENCH_USER", "BENCH-BREAKDOWN").getBytes(StandardCharsets.UTF_8);
        uptime("JVM to main (uptime)");
        LoggerFactory.getLogger(StartupBreakdown.class).info("first logger");
        step("logging (SLF4J and its JSON-lines backend)");
        new ObjectMapper().readTree(launch);
        step("Jackson, first parse of an envelope");
        RoutineLoader.standard();
        step("routine file loaded and validated");
        DynamoDbClient client = DynamoDbClients.fromEnvironment();
        step("a DynamoDB client built");
        client.getItem(b -> b.tableName(System.getenv("TABLE_NAME")).key(Map.of("userId", AttributeValue.fromS("nobody"))));
        step("its first GetItem (marshalling, signing, HTTP, unmarshalling)");
        client.close();
        RequestStreamHandler handler = new BackStretchesHandler();
        step("the handler constructed (skill built; its client builds beside it)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(launch), out, new LocalContext());
        step("first LaunchRequest (one DynamoDB read)");
        handler.handleRequest(new ByteArrayInputStream(launch), new ByteArrayOutputStream(), new LocalContext());
        step("second LaunchRequest");
        LINES.forEach(System.out::println);
        System.out.println("loaded-classes=" + java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    private static void step(String name) {
        long now = System.nanoTime();
        LINES.add(String.format("breakdown %-70s %6.0f ms", name, (now - last) / 1e6));
        last = now;
    }

    private static void uptime(String name) {
        LINES.add(String.format("breakdown %-70s %6d ms", name, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
        last = System.nanoTime();
    }
}
