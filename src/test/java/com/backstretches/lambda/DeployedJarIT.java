package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The deployed contract, end to end: the jar that `mvn package` built, loaded in its own JVM through
 * the Handler named in template.yaml with its no-arg constructor, configured only by TABLE_NAME,
 * AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION and SKILL_ID (no AWS credentials), against DynamoDB Local
 * with the template's key schema. Runs after packaging (failsafe), as part of `mvn verify`.
 *
 * <p>SnapStart is played as Lambda's runtime plays it: the JVM starts with org.crac.Core.Compat
 * naming a runtime's checkpoint support (here a stand-in, src/test/driver/lambdaruntime), so the
 * skill's hook is only run if the skill really registered it with org.crac's global context.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployedJarIT {

    private static final Path JAR = Path.of("target/back-stretches-skill.jar");
    private static final Path RUNTIME_SOURCES = Path.of("src/test/driver/lambdaruntime/crac");
    private static final Path RUNTIME_CLASSES = Path.of("target/lambda-runtime-standin");
    private static final Path STDERR = Path.of("target/deployed-jar-stderr.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "amzn1.ask.account.DEPLOYED-JAR";
    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static Process lambda;
    private static PrintStream toLambda;
    private static BufferedReader fromLambda;
    /** Everything else the jar printed on stdout: its log lines. */
    private static final List<String> LOG_LINES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheJar() throws IOException {
        assertThat(JAR).as("built by mvn package").exists();
        compileTheStandInRuntime();
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Dorg.crac.Core.Compat=lambdaruntime.crac",
                "-cp", JAR + File.pathSeparator + RUNTIME_CLASSES, "src/test/driver/JarDriver.java", handlerFromTemplate());
        Map<String, String> env = pb.environment();
        // JVM options from the environment would be announced on stderr, which must stay empty.
        List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
                "JDK_JAVA_OPTIONS").forEach(env::remove);
        env.put("TABLE_NAME", TABLE);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", DB.endpoint().toString());
        env.put("AWS_REGION", LocalDynamoDb.REGION.id());
        env.put("SKILL_ID", EnvelopeTest.SKILL_ID);
        pb.redirectError(STDERR.toFile());
        lambda = pb.start();
        toLambda = new PrintStream(lambda.getOutputStream(), true, StandardCharsets.UTF_8);
        fromLambda = new BufferedReader(new InputStreamReader(lambda.getInputStream(), StandardCharsets.UTF_8));
        assertThat(nextLine("READY")).isEqualTo("READY");
    }

    @AfterAll
    static void stopTheJar() {
        if (lambda != null) {
            lambda.destroy();
        }
    }

    private static void compileTheStandInRuntime() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        Files.createDirectories(RUNTIME_CLASSES);
        List<String> args = new ArrayList<>(List.of("-d", RUNTIME_CLASSES.toString(), "--release", "17"));
        try (Stream<Path> sources = Files.list(RUNTIME_SOURCES)) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("the stand-in runtime compiles").isZero();
    }

    @Test
    @Order(1)
    void the_snapstart_hook_is_registered_with_org_crac_and_primes_the_container_before_the_snapshot() throws IOException {
        // As on Lambda: the handler is constructed, then the runtime checkpoints before any request.
        int before = LOG_LINES.size();
        toLambda.println("CHECKPOINT");
        String checkpointed = nextLine("CHECKPOINTED", "ERROR ");
        assertThat(checkpointed).as("the runtime's checkpoint").startsWith("CHECKPOINTED");
        List<JsonNode> all = logLines();
        List<JsonNode> during = all.subList(before, all.size());
        assertThat(during).as("priming run by the runtime's checkpoint, through org.crac's global context")
                .anyMatch(l -> l.path("message").asText().equals("primed"));
        JsonNode primed = during.stream().filter(l -> l.path("message").asText().equals("primed")).findFirst().orElseThrow();
        assertThat(primed.path("requests").asInt()).isEqualTo(5);
        assertThat(primed.path("answered").asInt()).as("every synthetic request got a spoken answer").isEqualTo(5);
        assertThat(primed.path("storeOperations").asText()).as("the DynamoDB path ran, against the offline client")
                .contains("GetItem", "UpdateItem");
        assertThat(DB.harness().scan(b -> b.tableName(TABLE)).items()).as("nothing stored by priming").isEmpty();
    }

    @Test
    void a_new_user_is_coached_and_their_place_and_choice_are_kept_in_dynamodb_across_sessions() {
        AlexaClient alexa = new AlexaClient(new ProcessHandler(), Path.of("skill-package/interactionModels/custom/en-US.json"),
                EnvelopeTest.SKILL_ID, USER);
        Turn welcome = say(alexa, "Alexa, open back stretches");
        assertThat(welcome.plainSpeech()).contains("Welcome to Back Stretches").endsWith("Ready to start?");
        assertThat(say(alexa, "yes").plainSpeech()).contains("Stretch one of six: the prone extension.")
                .endsWith("Say ready when you're in position.");
        assertThat(say(alexa, "ready").plainSpeech()).contains("Ten times, with me.");
        assertThat(say(alexa, "next").plainSpeech()).contains("Set two of three.");
        assertThat(say(alexa, "make it easier").plainSpeech()).startsWith("Okay, the easier version.");
        assertThat(say(alexa, "pause").shouldEndSession()).contains(true);

        Map<String, AttributeValue> item = DB.harness().getItem(b -> b.tableName(TABLE).key(Map.of("userId", AttributeValue.fromS(USER)))).item();
        assertThat(item.get("status").s()).isEqualTo("PAUSED");
        assertThat(item.get("set").n()).isEqualTo("2");
        assertThat(item.get("versions").m()).containsEntry("prone-extension", AttributeValue.fromS("EASIER"));

        Turn resumed = say(alexa, "Alexa, ask back stretches to resume");
        assertThat(resumed.plainSpeech()).contains("Picking up where you left off.", "Using your easier version.", "Set two of three");
    }

    @Test
    void a_request_for_another_skill_is_rejected_by_the_deployed_configuration() {
        AlexaClient other = new AlexaClient(new ProcessHandler(), Path.of("skill-package/interactionModels/custom/en-US.json"),
                "amzn1.ask.skill.00000000-0000-0000-0000-000000000000", USER);
        assertThatThrownBy(() -> other.say("open back stretches")).hasStackTraceContaining("Rejected: the request is for another skill.");
    }

    private static Turn say(AlexaClient alexa, String utterance) {
        Turn turn = alexa.say(utterance);
        ResponseChecks.assertLikeAlexa(turn.raw());
        return turn;
    }

    @Test
    void the_jar_holds_the_skill_and_nothing_it_never_loads() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("com/backstretches/lambda/BackStretchesHandler.class", "routine/back-stretches.json")
                    .noneMatch(n -> n.startsWith("com/backstretches/local/"))
                    .noneMatch(n -> n.startsWith("ch/qos/logback/") || n.startsWith("META-INF/maven/"))
                    .noneMatch(n -> n.startsWith("software/amazon/awssdk/services/dynamodb/streams/"))
                    .noneMatch(n -> n.startsWith("software/amazon/dynamodb/services/") || n.startsWith("com/almworks/"));
        }
    }

    @Test
    void everything_the_jar_logs_is_one_json_object_per_line_without_user_ids() throws IOException {
        String user = "amzn1.ask.account.JAR-LOGS-USER";
        AlexaClient alexa = new AlexaClient(new ProcessHandler(), Path.of("skill-package/interactionModels/custom/en-US.json"),
                EnvelopeTest.SKILL_ID, user);
        List<String> sent = new ArrayList<>();
        for (String phrase : List.of("open back stretches", "yes", "make the half pancake easier", "pause")) {
            say(alexa, phrase);
            sent.add(alexa.lastRequest().at("/request/requestId").asText());
        }
        List<JsonNode> lines = logLines();
        for (String id : sent) {
            assertThat(lines).as("lines for request %s", id).filteredOn(l -> l.path("requestId").asText().equals(id)).singleElement()
                    .satisfies(l -> assertThat(l.path("message").asText()).isEqualTo("request handled"));
        }
        assertThat(LOG_LINES).noneMatch(l -> l.contains(user) || l.contains("JAR-LOGS-USER") || l.contains("pancake"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void the_jar_writes_nothing_to_stderr_in_the_whole_run() throws IOException {
        // Every line the skill logs goes to stdout as JSON; anything on stderr (a stack trace, a library's
        // complaint about its logging) would reach CloudWatch unstructured.
        assertThat(Files.readString(STDERR)).as("the jar's stderr").isEmpty();
    }

    /** The jar's log lines so far, each parsed, failing on any that is not a JSON object. */
    private static List<JsonNode> logLines() throws IOException {
        List<JsonNode> parsed = new java.util.ArrayList<>();
        for (String line : LOG_LINES) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("a JSON log line: %s", line).isTrue();
            parsed.add(node);
        }
        return parsed;
    }

    /** The running jar as a RequestStreamHandler: one envelope out, one response back. */
    private static final class ProcessHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            toLambda.println(new String(input.readAllBytes(), StandardCharsets.UTF_8).replace("\n", ""));
            String line = nextLine("RESPONSE ", "ERROR ");
            if (line.startsWith("ERROR ")) {
                throw new IOException(line);
            }
            output.write(line.substring("RESPONSE ".length()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The next line with one of these prefixes; log lines in between are passed through. */
    private static String nextLine(String... prefixes) {
        try {
            for (String line = fromLambda.readLine(); line != null; line = fromLambda.readLine()) {
                for (String prefix : prefixes) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                LOG_LINES.add(line);
                System.out.println("[jar] " + line);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the jar's process ended");
    }

    private static String handlerFromTemplate() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s*Handler:\\s*(\\S+)\\s*$").matcher(Files.readString(Path.of("template.yaml")));
        assertThat(m.find()).as("Handler in template.yaml").isTrue();
        return m.group(1).split("::")[0];
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
