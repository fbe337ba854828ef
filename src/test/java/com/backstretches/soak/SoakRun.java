package com.backstretches.soak;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.store.Profile;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A soak of simulated users through the Lambda entry point on DynamoDB Local: each user talks through
 * sessions of a realistic mix (launch, start, next through sets, easier, harder, hold time, pace,
 * where am I, pause, a new session and resume, walking away, some finishing the routine), their
 * requests spread over several handler instances as Alexa spreads them over Lambda containers, and
 * some users on a second device at the same time, changing their hold time and pace while the first
 * coaches. Afterwards each user's stored item must be what that user's own conversation implies:
 * the position and versions the coaching device last had, and the hold and pace last asked for.
 *
 * <p>Bounded in requests (each user has a fixed script) and in time ({@code budget}); loopback only.
 * Used by the test suite in a small size and by {@code bench/soak} in a large one.
 */
public final class SoakRun {

    /** Lambda's timeout in template.yaml: no answer may take longer. */
    public static final Duration REQUEST_BUDGET = Duration.ofSeconds(7);
    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");
    private static final int[] HOLDS = {30, 35, 40, 45, 50, 55, 60};
    private static final String[] PACES = {"slower", "faster", "back to normal speed"};

    /** {@code thinkMillis}: the most a user waits before each request (0: none, the harshest contention). */
    public record Settings(int users, int instances, int workers, double secondDeviceShare, double finisherShare,
            int sessionsPerUser, long seed, Duration budget, String skillId, int thinkMillis) {
    }

    /** One request: which instance answered, how long it took, and what went wrong, if anything. */
    record Sample(int instance, long nanos) {
    }

    public record Report(int users, int requests, List<String> problems, long p50Micros, long p99Micros, long maxMicros,
            Map<Integer, Integer> requestsPerInstance, double seconds, List<Long> heapAfterGcBytes, long peakRssKb, int twoDeviceUsers,
            int finished, int warnedUsers) {

        public double requestsPerSecondPerInstance() {
            return requests / seconds / requestsPerInstance.size();
        }

        /** Heap after a full GC at the end, less at the first sample after the warm-up. */
        public long heapGrowthBytes() {
            return heapAfterGcBytes.size() < 2 ? 0 : heapAfterGcBytes.get(heapAfterGcBytes.size() - 1) - heapAfterGcBytes.get(1);
        }

        public String summary() {
            return String.format(Locale.ROOT, "soak users=%d two-device-users=%d finished-routine=%d requests=%d seconds=%.1f instances=%d"
                    + " rps-per-instance=%.0f p50=%.1fms p99=%.1fms max=%.1fms heap-after-gc-mb=%s heap-growth-mb=%.1f rss-peak-mb=%d"
                    + " told-progress-may-not-be-kept=%d problems=%d", users, twoDeviceUsers, finished, requests, seconds, requestsPerInstance.size(),
                    requestsPerSecondPerInstance(), p50Micros / 1e3, p99Micros / 1e3, maxMicros / 1e3,
                    heapAfterGcBytes.stream().map(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0)).toList(),
                    heapGrowthBytes() / 1048576.0, peakRssKb / 1024, warnedUsers, problems.size());
        }
    }

    private final Settings settings;
    private final URI endpoint;
    private final String table;
    private final InteractionModel model = InteractionModel.load(MODEL);
    private final List<BackStretchesHandler> instances = new ArrayList<>();
    private final List<DynamoDbClient> clients = new ArrayList<>();
    private final DynamoDbProfileStore checker;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger warnedUsers = new AtomicInteger();
    private final AtomicLongArray heapMarks;
    private volatile long deadline;

    public SoakRun(Settings settings, URI endpoint, String table) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.table = table;
        Navigator navigator = new Navigator(RoutineLoader.standard());
        for (int i = 0; i < settings.instances(); i++) {
            // One client per instance, as each Lambda container builds its own.
            DynamoDbClient client = DynamoDbClients.local(endpoint, Region.US_EAST_1);
            clients.add(client);
            instances.add(new BackStretchesHandler(new DynamoDbProfileStore(client, table, navigator.fresh()), Clock.systemUTC(),
                    RoutineLoader.standard(), Optional.of(settings.skillId())));
        }
        this.checker = new DynamoDbProfileStore(DynamoDbClients.local(endpoint, Region.US_EAST_1), table, navigator.fresh());
        this.heapMarks = new AtomicLongArray(11);
    }

    public Report run() throws Exception {
        Random seeds = new Random(settings.seed());
        List<SimulatedUser> users = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            Random random = new Random(seeds.nextLong());
            // Spread evenly rather than drawn, so even a small run has some of each.
            boolean twoDevices = every(settings.secondDeviceShare(), i);
            boolean finisher = every(settings.finisherShare(), i + 1);
            users.add(new SimulatedUser("amzn1.ask.account.SOAK-" + settings.seed() + "-" + i, random, twoDevices, finisher));
        }
        List<Long> heap = new ArrayList<>();
        heap.add(heapAfterGc());
        long started = System.nanoTime();
        deadline = started + settings.budget().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
        try {
            List<Future<?>> tasks = new ArrayList<>();
            int done = 0;
            for (SimulatedUser user : users) {
                tasks.add(pool.submit(user::coach));
                if (user.twoDevices) {
                    tasks.add(pool.submit(user::changeChoicesOnSecondDevice));
                }
            }
            // Heap after a full GC at each tenth of the users done: flat means no growth per request.
            int users10 = Math.max(1, tasks.size() / 10);
            for (Future<?> task : tasks) {
                task.get(Math.max(1, deadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
                if (++done % users10 == 0) {
                    heap.add(heapAfterGc());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (SimulatedUser user : users) {
            user.check();
        }
        heap.add(heapAfterGc());
        clients.forEach(DynamoDbClient::close);
        return report(users, seconds, heap);
    }

    private Report report(List<SimulatedUser> users, double seconds, List<Long> heap) {
        List<Long> latencies = new ArrayList<>();
        Map<Integer, Integer> perInstance = new TreeMap<>();
        for (int i = 0; i < settings.instances(); i++) {
            perInstance.put(i, 0);
        }
        for (Sample s : samples) {
            latencies.add(s.nanos());
            perInstance.merge(s.instance(), 1, Integer::sum);
        }
        Collections.sort(latencies);
        long p50 = latencies.isEmpty() ? 0 : latencies.get((int) Math.ceil(0.5 * latencies.size()) - 1) / 1000;
        long p99 = latencies.isEmpty() ? 0 : latencies.get((int) Math.ceil(0.99 * latencies.size()) - 1) / 1000;
        long max = latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1000;
        int twoDevice = (int) users.stream().filter(u -> u.twoDevices).count();
        return new Report(users.size(), latencies.size(), List.copyOf(problems), p50, p99, max, perInstance, seconds, heap, peakRssKb(),
                twoDevice, finished.get(), warnedUsers.get());
    }

    /** Each request goes to one of the instances at random, as Alexa's requests reach any warm container. */
    private RequestStreamHandler router(Random random, String who) {
        return (in, out, context) -> {
            int instance = random.nextInt(instances.size());
            long start = System.nanoTime();
            instances.get(instance).handleRequest(in, out, context);
            long nanos = System.nanoTime() - start;
            samples.add(new Sample(instance, nanos));
            sent.incrementAndGet();
            if (nanos > REQUEST_BUDGET.toNanos()) {
                problems.add(who + ": a request took " + nanos / 1_000_000 + " ms");
            }
        };
    }

    /**
     * One user: a coaching device that moves through the routine and chooses versions (and, alone,
     * hold and pace), and maybe a second device changing only hold and pace at the same time.
     */
    private final class SimulatedUser {
        final String id;
        final Random random;
        final boolean twoDevices;
        final boolean finisher;
        /** What the coaching device's session last said of the position and versions. */
        volatile JsonNode lastState;
        volatile boolean lastStatePaused;
        volatile Integer holdAsked;
        /** Pace words are relative ("slower" from faster is normal), so the pace is followed step by step. */
        volatile Pace paceAsked = Pace.NORMAL;
        volatile Integer secondDeviceHold;
        volatile Pace secondDevicePace = Pace.NORMAL;
        /**
         * Told that progress may not be kept (the database was too slow or away): what it then stores is
         * what it managed to, so it is counted, not compared.
         */
        volatile boolean warned;
        /** What was said, for a problem's message: enough to replay the conversation by hand. */
        final List<String> transcript = Collections.synchronizedList(new ArrayList<>());

        SimulatedUser(String id, Random random, boolean twoDevices, boolean finisher) {
            this.id = id;
            this.random = random;
            this.twoDevices = twoDevices;
            this.finisher = finisher;
        }

        private AlexaClient device(String name, Random random) {
            return new AlexaClient(router(random, id), model, new Envelopes(settings.skillId(), id, "amzn1.ask.device." + name,
                    Clock.systemUTC()));
        }

        void coach() {
            AlexaClient kitchen = device("SOAK-KITCHEN", new Random(random.nextLong()));
            for (int session = 0; session < settings.sessionsPerUser() && inTime(); session++) {
                Turn turn = open(kitchen, session);
                int requests = finisher && session == settings.sessionsPerUser() - 1 ? 40 : 3 + random.nextInt(10);
                for (int i = 0; i < requests && kitchen.sessionOpen() && inTime(); i++) {
                    turn = say(kitchen, finisher && session == settings.sessionsPerUser() - 1 ? "next" : nextWords());
                    if (turn.plainSpeech().contains("all six stretches done")) {
                        finished.incrementAndGet();
                        break;
                    }
                }
                if (kitchen.sessionOpen()) {
                    leave(kitchen);
                }
            }
        }

        void changeChoicesOnSecondDevice() {
            AlexaClient bedroom = device("SOAK-BEDROOM", new Random(random.nextLong()));
            Random own = new Random(random.nextLong());
            for (int session = 0; session < settings.sessionsPerUser() && inTime(); session++) {
                // A person picks up the other device now and then, not every few milliseconds: without a
                // pause, its writes and the coaching device's meet so often that retries run out.
                pause(50 + own.nextInt(150));
                if (own.nextBoolean()) {
                    int hold = HOLDS[own.nextInt(HOLDS.length)];
                    say(bedroom, "ask back stretches to set the hold time to " + hold + " seconds");
                    secondDeviceHold = hold;
                } else {
                    String pace = PACES[own.nextInt(PACES.length)];
                    say(bedroom, "ask back stretches to go " + pace);
                    secondDevicePace = after(secondDevicePace, pace);
                }
                if (bedroom.sessionOpen()) {
                    say(bedroom, "stop");
                }
            }
        }

        private Turn open(AlexaClient device, int session) {
            double roll = random.nextDouble();
            if (session > 0 && roll < 0.35) {
                return say(device, "ask back stretches to resume");
            }
            if (roll < 0.7) {
                say(device, "open back stretches");
                return device.sessionOpen() ? say(device, "start my back stretches") : say(device, "ask back stretches to resume");
            }
            return say(device, "ask back stretches to start my back stretches");
        }

        private String nextWords() {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                return "next";
            }
            if (roll < 0.63) {
                return "make it easier";
            }
            if (roll < 0.68) {
                return "make it harder";
            }
            if (roll < 0.75 && !twoDevices) {
                int hold = HOLDS[random.nextInt(HOLDS.length)];
                holdAsked = hold;
                return "hold for " + hold + " seconds";
            }
            if (roll < 0.80 && !twoDevices) {
                String pace = PACES[random.nextInt(PACES.length)];
                paceAsked = after(paceAsked, pace);
                return pace;
            }
            if (roll < 0.86) {
                return "where am i";
            }
            if (roll < 0.90) {
                return "repeat that";
            }
            if (roll < 0.93) {
                return "help";
            }
            return "next";
        }

        /** Pause, stop, silence until Alexa closes the session, or simply walking away. */
        private void leave(AlexaClient device) {
            double roll = random.nextDouble();
            if (roll < 0.35) {
                say(device, "pause");
            } else if (roll < 0.55) {
                say(device, "stop");
            } else if (roll < 0.8) {
                transcript.add("(silence)");
                device.endSession("EXCEEDED_MAX_REPROMPTS");
            } else {
                transcript.add("(walks away)");
                device.newSession();
            }
        }

        private Turn say(AlexaClient device, String words) {
            if (settings.thinkMillis() > 0) {
                pause(ThreadLocalRandom.current().nextInt(settings.thinkMillis() + 1));
            }
            Turn turn = device.say(words);
            if (turn.plainSpeech().contains("may not be kept") || turn.plainSpeech().contains("something went wrong")) {
                warned = true;
            }
            if (Boolean.getBoolean("soak.debug")) {
                transcript.add((device.envelopes().deviceId().endsWith("KITCHEN") ? "" : "(2nd) ") + words + " => "
                        + checker.load(id).map(x -> x.profile().position().pace() + "/v" + x.version()).orElse("-")
                        + " " + turn.plainSpeech().substring(0, Math.min(40, turn.plainSpeech().length())));
            } else {
                transcript.add((device.envelopes().deviceId().endsWith("KITCHEN") ? "" : "(2nd) ") + words);
            }
            if (turn.speech().isBlank()) {
                problems.add(id + ": no answer to \"" + words + "\"");
            }
            if (device.envelopes().deviceId().endsWith("KITCHEN")) {
                JsonNode state = turn.sessionAttributes().path("backStretches");
                if (state.isObject()) {
                    lastState = state;
                    lastStatePaused = false;
                } else if (words.equals("pause")) {
                    lastStatePaused = true;
                }
            }
            return turn;
        }

        private boolean inTime() {
            return System.nanoTime() < deadline;
        }

        /** The user's item against what their own conversation implies. */
        void check() {
            if (warned) {
                warnedUsers.incrementAndGet();
                return;
            }
            Optional<StoredProfile> stored = checker.load(id);
            if (lastState == null) {
                return;
            }
            if (stored.isEmpty()) {
                problems.add(id + ": nothing stored");
                return;
            }
            Profile p = stored.get().profile();
            JsonNode s = lastState;
            int before = problems.size();
            String where = s.path("stretch").asText() + " " + s.path("side").asText() + " " + s.path("set").asInt();
            String storedWhere = p.position().step().stretchId() + " " + p.position().step().side() + " " + p.position().step().set();
            if (!where.equals(storedWhere)) {
                problems.add(id + ": stored at " + storedWhere + ", the conversation was at " + where);
            }
            Map<String, String> versions = new TreeMap<>();
            s.path("versions").fields().forEachRemaining(e -> {
                if (!e.getValue().asText().equals("STANDARD")) {
                    versions.put(e.getKey(), e.getValue().asText());
                }
            });
            Map<String, String> storedVersions = new TreeMap<>();
            p.position().versions().forEach((stretch, level) -> storedVersions.put(stretch, level.name()));
            if (!versions.equals(storedVersions)) {
                problems.add(id + ": stored versions " + storedVersions + ", the conversation chose " + versions);
            }
            Integer hold = twoDevices ? secondDeviceHold : holdAsked;
            int expectedHold = hold != null ? hold : twoDevices ? 30 : s.path("holdSeconds").asInt();
            if (p.position().holdSeconds() != expectedHold) {
                problems.add(id + ": stored hold " + p.position().holdSeconds() + " s, asked for " + expectedHold + " s");
            }
            Pace expectedPace = twoDevices ? secondDevicePace : paceAsked;
            if (p.position().pace() != expectedPace) {
                problems.add(id + ": stored pace " + p.position().pace() + ", asked for " + expectedPace);
            }
            if (lastStatePaused && !p.paused()) {
                problems.add(id + ": paused, but not stored as paused");
            }
            if (problems.size() > before) {
                problems.add(id + (twoDevices ? " (two devices)" : "") + " said: " + transcript);
            }
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean every(double share, int i) {
        return share > 0 && i % Math.max(1, Math.round(1 / share)) == 0;
    }

    private static Pace after(Pace pace, String words) {
        return words.equals("slower") ? pace.slower() : words.equals("faster") ? pace.faster() : Pace.NORMAL;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakRssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // Not Linux: no peak to report.
        }
        return -1;
    }
}
