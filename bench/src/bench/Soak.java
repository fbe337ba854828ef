package bench;

import com.backstretches.local.ConsoleOptions.Endpoint;
import com.backstretches.local.EmbeddedDynamoDb;
import com.backstretches.local.LocalDatabase;
import com.backstretches.soak.SoakRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The soak at full size (bench/soak): several hundred simulated users over several handler instances
 * on DynamoDB Local in this JVM, bounded by a time budget. Prints the report and the problems, and
 * exits 1 if there were any. Options: --users N (default 300), --instances N (4), --workers N (8),
 * --seconds N (300), --think N (the most a user waits before each request, ms; default 0, the harshest contention),
 * --seed N (random; printed so a run can be replayed).
 */
public final class Soak {

    public static void main(String[] args) throws Exception {
        long seed = option(args, "--seed", System.nanoTime());
        SoakRun.Settings settings = new SoakRun.Settings((int) option(args, "--users", 300), (int) option(args, "--instances", 4),
                (int) option(args, "--workers", 8), 0.25, 0.2, 3, seed, Duration.ofSeconds(option(args, "--seconds", 300)),
                Benchmark.SKILL_ID, (int) option(args, "--think", 0));
        System.err.println("soak: " + settings);
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(Optional.empty());
                LocalDatabase table = LocalDatabase.open(new Endpoint(dynamo.endpoint()), "soak-profiles")) {
            SoakRun.Report report = new SoakRun(settings, dynamo.endpoint(), "soak-profiles").run();
            String text = report.summary() + " seed=" + seed + " requests-per-instance=" + report.requestsPerInstance()
                    + (report.problems().isEmpty() ? "" : "\n" + String.join("\n", report.problems()));
            System.out.println(text);
            Files.createDirectories(Path.of("bench/target"));
            Files.writeString(Path.of("bench/target/soak.txt"), text + "\n");
            System.exit(report.problems().isEmpty() ? 0 : 1);
        }
    }

    private static long option(String[] args, String name, long fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at < 0 || at + 1 >= args.length ? fallback : Long.parseLong(args[at + 1]);
    }
}
