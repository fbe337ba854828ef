package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.LocalContext;
import com.backstretches.local.Turn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Warm latency, in one JVM that stays up like a busy Lambda container: a handler built by its no-arg
 * constructor from the environment, as Lambda builds it, answers request after request; only the
 * handler's own time is measured, from the request bytes to the response bytes.
 *
 * <p>Arguments: handler class, interaction model file, measured requests, warm-up requests, mode,
 * Alexa API endpoint. Modes: {@code launch}, a LaunchRequest opening a new session for one of 20
 * returning users in turn (what "warm LaunchRequest" compares between skills); {@code dialog}, a
 * mixed dialog through the interaction model: launch, start, next, easier, pause.
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

    public static void main(String[] args) throws Exception {
        RequestStreamHandler deployed = (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        Path model = Path.of(args[1]);
        int measured = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        boolean launchOnly = args[4].equals("launch");
        String apiEndpoint = args[5];
        samples = new long[measured];

        RequestStreamHandler timed = (in, out, context) -> {
            long start = System.nanoTime();
            deployed.handleRequest(in, out, context);
            if (recording && recorded < samples.length) {
                samples[recorded++] = System.nanoTime() - start;
            }
        };
        String run = "BENCH-WARM-" + ProcessHandle.current().pid() + "-";
        int sent = 0;
        int failures = 0;
        if (launchOnly) {
            List<Envelopes> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(new Envelopes(SKILL_ID, "amzn1.ask.account." + run + i).withApiEndpoint(apiEndpoint));
            }
            while (recorded < measured) {
                recording = sent >= warmUp;
                byte[] launch = users.get(sent % USERS).launchRequest(Envelopes.Session.startNew()).toString().getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                timed.handleRequest(new ByteArrayInputStream(launch), out, new LocalContext());
                if (!out.toString(StandardCharsets.UTF_8).contains("\"outputSpeech\"")) {
                    failures++;
                }
                sent++;
            }
        } else {
            List<AlexaClient> users = new ArrayList<>();
            InteractionModel interactionModel = InteractionModel.load(model);
            for (int i = 0; i < USERS; i++) {
                users.add(new AlexaClient(timed, interactionModel,
                        new Envelopes(SKILL_ID, "amzn1.ask.account." + run + i).withApiEndpoint(apiEndpoint)));
            }
            while (recorded < measured) {
                recording = sent >= warmUp;
                AlexaClient user = users.get((sent / DIALOG.size()) % USERS);
                Turn turn = DIALOG.get(sent % DIALOG.size()).apply(user);
                if (turn.speech().isBlank()) {
                    failures++;
                }
                sent++;
            }
        }

        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("warm requests=%d failures=%d p50=%.2f p90=%.2f p99=%.2f max=%.2f mean=%.2f%n", measured, failures,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                ms((long) Arrays.stream(sorted).average().orElse(0)));
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.println("memory rss-peak-mb=" + ColdStart.peakRssKb() / 1024 + " heap-after-gc-mb="
                + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " requests-sent=" + sent);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
