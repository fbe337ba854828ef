package bench;

import com.backstretches.local.ConsoleOptions.Endpoint;
import com.backstretches.local.EmbeddedDynamoDb;
import com.backstretches.local.Envelopes;
import com.backstretches.local.LocalDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start-up and latency benchmark (bench/run builds everything first). Against DynamoDB Local on
 * loopback, in this JVM, while the skill runs in child JVMs of its own:
 *
 * <ol>
 *   <li>cold start: a fresh JVM per run, from spawning it to the first LaunchRequest's response
 *       through the Lambda entry point, for this skill and two peers built in the same run (the
 *       minimal ASK SDK skill, and an ASK SDK skill with the SDK's own DynamoDB adapter), runs
 *       interleaved so machine noise hits all alike; and, to split the gap, the skill without its
 *       DynamoDB client and the minimal skill with only that client;
 *   <li>warm LaunchRequest latency of the skill and the DynamoDB peer, and warm latency over a mixed
 *       dialog, on DynamoDB Local and with profiles in memory, to tell the skill's time from the
 *       database's;
 *   <li>DynamoDB calls and capacity over one whole routine, and what that costs a month;
 *   <li>where one cold start's time goes, piece by piece.
 * </ol>
 *
 * The envelopes point Alexa's API at a stub on loopback that answers the time zone, as Alexa would.
 *
 * The JVM flags "as deployed" come from template.yaml; a SnapStart stand-in primes before its first
 * request, and where taskset exists both skills also run pinned to one CPU.
 *
 * Options: {@code --runs N} cold starts per variant (default 11), {@code --requests N} measured warm
 * requests (default 1000), {@code --warm-up N} requests before measuring (default 500).
 */
public final class Benchmark {

    static final String SKILL_ID = "amzn1.ask.skill.be0c0000-0000-4000-8000-000000000000";
    static final String TABLE = "bench-profiles";
    static final Path SKILL_JAR = Path.of("target/back-stretches-skill.jar");
    static final Path MINIMAL_JAR = Path.of("bench/minimal-skill/target/minimal-skill.jar");
    static final Path STANDARD_JAR = Path.of("bench/standard-skill/target/standard-skill.jar");
    static final Path FLOOR_JAR = Path.of("bench/sdk-floor-skill/target/sdk-floor-skill.jar");
    static final String SKILL = "com.backstretches.lambda.BackStretchesHandler";
    static final String MINIMAL = "bench.minimal.MinimalSkillHandler";
    static final String STANDARD = "bench.standard.StandardSkillHandler";
    static final String FLOOR = "bench.floor.SdkFloorSkillHandler";
    static final String IN_MEMORY = "bench.InMemoryBackStretches";
    static final Path HARNESS = Path.of("bench/target/classes");
    static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");
    static final Path RESULTS = Path.of("bench/target/results.md");

    /** {@code launcher}: what the JVM runs under, such as taskset pinning it to one CPU. */
    record Variant(String name, Path jar, String handler, List<String> jvmFlags, boolean prime, List<String> launcher) {
        Variant(String name, Path jar, String handler, List<String> jvmFlags, boolean prime) {
            this(name, jar, handler, jvmFlags, prime, List.of());
        }
    }

    private static final List<String> ONE_CPU = List.of("/usr/bin/taskset", "-c", "0");

    /** The cold-start variants, named for the ratios the report draws between them; {@code oneCpu}: the skill and the minimal one pinned, if taskset exists. */
    record Lineup(Variant skill, Variant minimal, Variant standard, Variant inMemory, Variant floor, Variant skillDefault,
            Variant minimalDefault, Variant primed, List<Variant> oneCpu) {
        List<Variant> all() {
            List<Variant> all = new ArrayList<>(List.of(skill, minimal, standard, inMemory, floor, skillDefault, minimalDefault, primed));
            all.addAll(oneCpu);
            return all;
        }
    }

    record ColdRun(double totalMs, double constructMs, double primeMs, double requestMs, long rssKb, long classes) {
    }

    public static void main(String[] args) throws Exception {
        int runs = option(args, "--runs", 11);
        int requests = option(args, "--requests", 1000);
        int warmUp = option(args, "--warm-up", 500);
        if (runs < 1 || requests < 1 || warmUp < 0) {
            throw new IllegalArgumentException("--runs and --requests must be at least 1, --warm-up at least 0");
        }

        List<String> deployed = deployedJvmFlags();
        String flags = deployed.isEmpty() ? "no flags" : String.join(" ", deployed);
        // What the skill costs apart from its storage, and what its storage client costs any skill: together they split the gap.
        Lineup lineup = new Lineup(new Variant("Back Stretches (as deployed)", SKILL_JAR, SKILL, deployed, false),
                new Variant("minimal ASK skill, no storage", MINIMAL_JAR, MINIMAL, deployed, false),
                new Variant("ASK skill with the SDK's DynamoDB adapter", STANDARD_JAR, STANDARD, deployed, false),
                new Variant("Back Stretches without its DynamoDB client (profiles in memory)", SKILL_JAR, IN_MEMORY, deployed, false),
                new Variant("minimal ASK skill + the skill's DynamoDB client, one GetItem", FLOOR_JAR, FLOOR, deployed, false),
                new Variant("Back Stretches, default JVM", SKILL_JAR, SKILL, List.of(), false),
                new Variant("minimal ASK skill, default JVM", MINIMAL_JAR, MINIMAL, List.of(), false),
                new Variant("Back Stretches, primed first (SnapStart stand-in)", SKILL_JAR, SKILL, deployed, true),
                // Lambda below 1,769 MB has less than one vCPU: one CPU shows what the background client build cannot overlap.
                Files.isExecutable(Path.of("/usr/bin/taskset")) ? List.of(
                        new Variant("Back Stretches, one CPU", SKILL_JAR, SKILL, deployed, false, ONE_CPU),
                        new Variant("minimal ASK skill, one CPU", MINIMAL_JAR, MINIMAL, deployed, false, ONE_CPU)) : List.of());
        List<Variant> variants = lineup.all();

        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(Optional.empty());
                LocalDatabase table = LocalDatabase.open(new Endpoint(dynamo.endpoint()), TABLE);
                AlexaSettingsStub alexa = AlexaSettingsStub.start()) {
            Map<String, String> env = environment(dynamo);
            String api = alexa.endpoint().toString();
            Path launch = Files.createDirectories(HARNESS.getParent()).resolve("launch.json");
            Files.writeString(launch, new Envelopes(SKILL_ID, "amzn1.ask.account.BENCH_USER").withApiEndpoint(api)
                    .launchRequest(Envelopes.Session.startNew()).toString());

            Map<Variant, List<ColdRun>> cold = new LinkedHashMap<>();
            variants.forEach(v -> cold.put(v, new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < variants.size(); i++) {
                    // Rotate the order each round, so no variant always runs right after another.
                    Variant variant = variants.get((i + run) % variants.size());
                    cold.get(variant).add(coldStart(variant, launch, "BENCH-COLD-" + run + "-" + i, env));
                }
                System.err.printf("cold start round %d of %d done%n", run + 1, runs);
            }
            String breakdown = childLines(SKILL_JAR, List.of("bench.StartupBreakdown", launch.toString()), List.of(), env,
                    "breakdown ", "loaded-classes=");
            String census = census(SKILL_JAR, SKILL, "skill", deployed, launch, env) + "\n"
                    + census(MINIMAL_JAR, MINIMAL, "minimal", deployed, launch, env) + "\n"
                    + census(STANDARD_JAR, STANDARD, "standard", deployed, launch, env) + "\n"
                    + census(FLOOR_JAR, FLOOR, "floor", deployed, launch, env);
            System.err.println("warm requests...");
            // The two launches side by side in alternating rounds, so neither always runs on a machine the other has just warmed or tired.
            List<String> warmLaunch = new ArrayList<>();
            List<String> warmPeerLaunch = new ArrayList<>();
            for (int round = 0; round < LAUNCH_ROUNDS; round++) {
                warmLaunch.add(warm(SKILL_JAR, SKILL, "launch", deployed, requests, warmUp, env, api));
                warmPeerLaunch.add(warm(STANDARD_JAR, STANDARD, "launch", deployed, requests, warmUp, env, api));
            }
            String warmDialog = warm(SKILL_JAR, SKILL, "dialog", deployed, requests, warmUp, env, api);
            Map<String, String> noTable = new LinkedHashMap<>(env);
            noTable.remove("TABLE_NAME");
            String warmInMemory = warm(SKILL_JAR, SKILL, "dialog", deployed, requests, warmUp, noTable, api);
            String calls = childLines(SKILL_JAR, List.of("bench.CallsPerRequest", dynamo.endpoint().toString(), TABLE, MODEL.toString()),
                    List.of(), env, "calls ");

            String report = report(runs, cold, lineup, flags, new Warm(warmLaunch, warmPeerLaunch, warmDialog, warmInMemory),
                    calls, breakdown, census);
            System.out.println(report);
            Files.writeString(RESULTS, report);
            System.err.println("written to " + RESULTS);
        }
    }

    private static final int LAUNCH_ROUNDS = 3;
    private static final Pattern P50 = Pattern.compile("p50=([\\d.]+)");

    record Warm(List<String> launch, List<String> peerLaunch, String dialog, String inMemory) {
    }

    private static Map<String, String> environment(EmbeddedDynamoDb dynamo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TABLE_NAME", TABLE);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint().toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("SKILL_ID", SKILL_ID);
        // As in a Lambda container without SnapStart: the function's credentials are in the environment.
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        return env;
    }

    private static final Pattern FIRST_RESPONSE = Pattern.compile(
            "first-response construct=([\\d.]+) prime=([\\d.]+) request=([\\d.]+)");
    private static final Pattern RSS = Pattern.compile("rss-peak-kb=(-?\\d+) classes=(\\d+)");

    private static ColdRun coldStart(Variant variant, Path launch, String user, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(variant.launcher());
        command.add(java());
        command.addAll(variant.jvmFlags());
        command.addAll(List.of("-cp", variant.jar() + java.io.File.pathSeparator + HARNESS, "bench.ColdStart",
                variant.handler(), launch.toString(), "amzn1.ask.account." + user));
        if (variant.prime()) {
            command.add("prime");
        }
        long spawned = System.nanoTime();
        Process process = start(command, env);
        double total = -1;
        Matcher timings = null;
        long rss = -1;
        long classes = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = reader(process)) {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher first = FIRST_RESPONSE.matcher(line);
                Matcher memory = RSS.matcher(line);
                if (first.find() && total < 0) {
                    total = (System.nanoTime() - spawned) / 1e6;
                    timings = first;
                } else if (memory.find()) {
                    rss = Long.parseLong(memory.group(1));
                    classes = Long.parseLong(memory.group(2));
                } else {
                    output.add(line);
                }
            }
        }
        if (process.waitFor() != 0 || timings == null) {
            throw new IllegalStateException(variant.name() + " failed:\n" + String.join("\n", output));
        }
        return new ColdRun(total, Double.parseDouble(timings.group(1)), Double.parseDouble(timings.group(2)),
                Double.parseDouble(timings.group(3)), rss, classes);
    }

    private static String warm(Path jar, String handler, String mode, List<String> flags, int requests, int warmUp,
            Map<String, String> env, String api) throws Exception {
        return childLines(jar, List.of("bench.WarmRun", handler, MODEL.toString(), Integer.toString(requests), Integer.toString(warmUp),
                mode, api), flags, env, "warm ", "memory ");
    }

    /** Runs a harness class next to a skill jar and returns its output lines that start with the prefixes. */
    private static String childLines(Path jar, List<String> mainAndArgs, List<String> flags, Map<String, String> env,
            String... prefixes) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        // The jar first, so the skill's classes come from it; target/classes only adds the local client.
        String classpath = String.join(java.io.File.pathSeparator, jar.toString(), HARNESS.toString(), "target/classes");
        command.addAll(List.of("-cp", classpath));
        command.addAll(mainAndArgs);
        Process process = start(command, env);
        StringBuilder result = new StringBuilder();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = reader(process)) {
            for (String line; (line = out.readLine()) != null; ) {
                if (Arrays.stream(prefixes).anyMatch(line::startsWith)) {
                    result.append(line).append('\n');
                } else {
                    output.add(line);
                }
            }
        }
        if (process.waitFor() != 0 || result.isEmpty()) {
            throw new IllegalStateException(mainAndArgs.get(0) + " failed:\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
        }
        return result.toString().strip();
    }

    private static Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("TABLE_NAME");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String report(int runs, Map<Variant, List<ColdRun>> cold, Lineup lineup, String flags, Warm warm,
            String calls, String breakdown, String census) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Machine: %d CPUs, %s %s, Java %s. Cold start: median of %d runs each, runs interleaved;"
                + " JVM flags as deployed: %s.%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), runs, flags));
        md.append("| cold start | JVM spawn to first response (median) | min | max | in main: constructor | priming | first request"
                + " | classes loaded | peak RSS |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Variant variant : lineup.all()) {
            List<ColdRun> list = cold.get(variant);
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f | %.0f | %.0f ms | %s | %.0f ms | %d | %d MB |%n", variant.name(),
                    median(list, ColdRun::totalMs), min(list, ColdRun::totalMs), max(list, ColdRun::totalMs),
                    median(list, ColdRun::constructMs),
                    variant.prime() ? String.format(Locale.ROOT, "%.0f ms", median(list, ColdRun::primeMs)) : "-",
                    median(list, ColdRun::requestMs), (long) median(list, ColdRun::classes), (long) median(list, ColdRun::rssKb) / 1024));
        }
        md.append(String.format(Locale.ROOT, "%nCold start, Back Stretches / minimal ASK skill: **%.2fx** (goal: at most 1.3x); "
                + "/ ASK skill with the SDK's DynamoDB adapter: **%.2fx**; with the default JVM %.2fx of the minimal skill%s.%n",
                ratio(cold, lineup.skill(), lineup.minimal()), ratio(cold, lineup.skill(), lineup.standard()),
                ratio(cold, lineup.skillDefault(), lineup.minimalDefault()), lineup.oneCpu().isEmpty() ? ""
                        : String.format(Locale.ROOT, ", on one CPU %.2fx", ratio(cold, lineup.oneCpu().get(0), lineup.oneCpu().get(1)))));
        md.append(String.format(Locale.ROOT, "%nThe gap, split: the skill without its DynamoDB client is %.2fx the minimal skill; the minimal"
                + " skill with that client and one read is %.2fx (the floor for any skill on this stack); Back Stretches is %.2fx that floor.%n",
                ratio(cold, lineup.inMemory(), lineup.minimal()), ratio(cold, lineup.floor(), lineup.minimal()),
                ratio(cold, lineup.skill(), lineup.floor())));
        md.append(String.format(Locale.ROOT, "%nWarm LaunchRequest (a new session for one of 20 returning users, on DynamoDB Local; goal: p50 no slower than the"
                + " DynamoDB peer's):%n%n"
                + "- Back Stretches, p50 **%.2f ms** (median of %d rounds): %s%n- ASK skill with the SDK's DynamoDB adapter, p50 **%.2f ms**: %s%n",
                medianP50(warm.launch()), LAUNCH_ROUNDS, inlineAll(warm.launch()), medianP50(warm.peerLaunch()), inlineAll(warm.peerLaunch())));
        md.append(String.format(Locale.ROOT, "%nWarm mixed dialog (launch, start, next, easier, pause):%n%n- on DynamoDB Local: %s%n"
                + "- profiles in memory (the skill alone, no database round trips): %s%n", inline(warm.dialog()), inline(warm.inMemory())));
        md.append(String.format(Locale.ROOT, "%nDynamoDB over one whole routine (a new user, launch to \"all six stretches done\", by \"next\"; "
                + "capacity as DynamoDB Local reports it; cost at on-demand prices in us-east-1, $%.3f per million read and $%.3f per million"
                + " write request units, aws.amazon.com/dynamodb/pricing/on-demand):%n%n`%s`%n", CallsPerRequest.READ_UNIT_PRICE,
                CallsPerRequest.WRITE_UNIT_PRICE, calls.replace("calls ", "")));
        md.append("\nWhere one cold start's time goes (one run, default JVM, pieces started one after another in this order):\n\n```\n")
                .append(breakdown.replace("breakdown ", "")).append("\n```\n");
        md.append("\nClasses loaded to the first answer, by where they come from (one cold start each, as deployed; \"from the"
                + " JDK's archive\" are the JDK classes class-data sharing maps in ready-made):\n\n```\n").append(census).append("\n```\n");
        md.append(String.format(Locale.ROOT, "%nJars: %s %.1f MB, %s %.1f MB, %s %.1f MB, %s %.1f MB.%n", SKILL_JAR, megabytes(SKILL_JAR),
                MINIMAL_JAR, megabytes(MINIMAL_JAR), STANDARD_JAR, megabytes(STANDARD_JAR), FLOOR_JAR, megabytes(FLOOR_JAR)));
        return md.toString();
    }

    /**
     * One cold start with the JVM's class-loading log: how many classes came from the AWS SDK, the ASK
     * SDK, Jackson, this skill and the JDK, and which AWS SDK interceptors ran before the first answer.
     */
    private static String census(Path jar, String handler, String name, List<String> flags, Path launch, Map<String, String> env)
            throws Exception {
        Path log = HARNESS.getParent().resolve("classes-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.add("-Xlog:class+load=info:file=" + log);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + HARNESS, "bench.ColdStart", handler, launch.toString(),
                "amzn1.ask.account.BENCH-CENSUS-" + name));
        Process process = start(command, env);
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("census of " + name + " failed");
        }
        Map<String, Integer> groups = new java.util.TreeMap<>();
        java.util.TreeSet<String> interceptors = new java.util.TreeSet<>();
        int shared = 0;
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.split(" ");
            int at = Arrays.asList(parts).indexOf("source:");
            if (at < 2) {
                continue;
            }
            String type = parts[at - 1];
            String group = type.startsWith("software.amazon.awssdk.") ? "aws-sdk"
                    : type.startsWith("com.amazonaws.") ? "aws-sdk-v1/lambda"
                    : type.startsWith("com.amazon.ask.") ? "ask-sdk"
                    : type.startsWith("com.fasterxml.") ? "jackson"
                    : type.startsWith("com.backstretches.") || type.startsWith("bench.") ? "skill"
                    : type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.") || type.startsWith("sun.")
                            || type.startsWith("com.sun.") ? "jdk" : "other libraries";
            groups.merge(group, 1, Integer::sum);
            if (line.contains("shared objects file")) {
                shared++;
            }
            if (type.startsWith("software.amazon.awssdk.") && type.endsWith("Interceptor") && !type.contains("$")) {
                interceptors.add(type.substring(type.lastIndexOf('.') + 1));
            }
        }
        int total = groups.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "%-9s %5d classes: %s; %d from the JDK's archive%s", name, total, groups, shared,
                interceptors.isEmpty() ? "" : "\n          AWS SDK interceptors: " + String.join(", ", interceptors));
    }

    private static double ratio(Map<Variant, List<ColdRun>> cold, Variant measured, Variant against) {
        return median(cold.get(measured), ColdRun::totalMs) / median(cold.get(against), ColdRun::totalMs);
    }

    private static final Pattern TOOL_OPTIONS = Pattern.compile("^\\s*JAVA_TOOL_OPTIONS:\\s*['\"]?([^'\"#]*)['\"]?", Pattern.MULTILINE);

    /** The JVM flags the function runs with: JAVA_TOOL_OPTIONS in template.yaml, so the benchmark follows the deployment. */
    static List<String> deployedJvmFlags() throws IOException {
        Matcher options = TOOL_OPTIONS.matcher(Files.readString(Path.of("template.yaml")));
        return options.find() ? Arrays.stream(options.group(1).strip().split("\\s+")).filter(f -> !f.isEmpty()).toList() : List.of();
    }

    private static double medianP50(List<String> rounds) {
        double[] p50 = rounds.stream().map(P50::matcher).filter(Matcher::find).mapToDouble(m -> Double.parseDouble(m.group(1))).sorted().toArray();
        return p50.length == 0 ? Double.NaN : p50[p50.length / 2];
    }

    private static String inlineAll(List<String> rounds) {
        return String.join("; ", rounds.stream().map(Benchmark::inline).toList());
    }

    private static String inline(String warm) {
        return "`" + warm.replace('\n', ' ') + "` (ms)";
    }

    private static double megabytes(Path jar) {
        try {
            return Files.size(jar) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<ColdRun> runs, java.util.function.ToDoubleFunction<ColdRun> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static double min(List<ColdRun> runs, java.util.function.ToDoubleFunction<ColdRun> value) {
        return runs.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static double max(List<ColdRun> runs, java.util.function.ToDoubleFunction<ColdRun> value) {
        return runs.stream().mapToDouble(value).max().orElse(Double.NaN);
    }

    private static int option(String[] args, String name, int fallback) {
        int at = Arrays.asList(args).indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a number");
        }
        return Integer.parseInt(args[at + 1]);
    }
}
