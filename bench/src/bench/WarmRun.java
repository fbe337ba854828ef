package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Warm latency, in one JVM that stays up like a busy Lambda container: the deployed handler (built by
 * its no-arg constructor from the environment) answers a mixed dialog over and over: launch, start,
 * next, easier, pause. Utterances become envelopes through the skill's interaction model; only the
 * handler's own time is measured, from the request bytes to the response bytes.
 *
 * <p>Arguments: the interaction model file, the number of measured requests, the number of warm-up
 * requests before them.
 */
public final class WarmRun {

    private static final String SKILL_ID = System.getenv("SKILL_ID");
    private static final int USERS = 20;

    private static final List<Function<AlexaClient, Turn>> DIALOG = List.of(
            AlexaClient::launch,
            client -> client.say("start my back stretches"),
            client -> client.say("next"),
            client -> client.say("make it easier"),
            client -> client.say("pause"));

    private static long[] samples;
    private static int recorded;
    private static boolean recording;

    public static void main(String[] args) {
        Path model = Path.of(args[0]);
        int measured = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        samples = new long[measured];

        RequestStreamHandler deployed = new BackStretchesHandler();
        RequestStreamHandler timed = (in, out, context) -> {
            long start = System.nanoTime();
            deployed.handleRequest(in, out, context);
            if (recording && recorded < samples.length) {
                samples[recorded++] = System.nanoTime() - start;
            }
        };
        List<AlexaClient> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(new AlexaClient(timed, model, SKILL_ID, "amzn1.ask.account.BENCH-WARM-" + ProcessHandle.current().pid() + "-" + i));
        }

        int sent = 0;
        int failures = 0;
        while (recorded < measured) {
            recording = sent >= warmUp;
            AlexaClient user = users.get((sent / DIALOG.size()) % USERS);
            Turn turn = DIALOG.get(sent % DIALOG.size()).apply(user);
            if (turn.speech().isBlank()) {
                failures++;
            }
            sent++;
        }

        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("warm requests=%d failures=%d p50=%.2f p90=%.2f p99=%.2f max=%.2f mean=%.2f%n", measured, failures,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                ms((long) Arrays.stream(sorted).average().orElse(0)));
        Runtime runtime = Runtime.getRuntime();
        System.out.println("rss-peak-kb=" + ColdStart.peakRssKb() + " heap-used-mb=" + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
