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
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The deployed contract, end to end: the jar that `mvn package` built, loaded in its own JVM through
 * the Handler named in template.yaml with its no-arg constructor, configured only by TABLE_NAME,
 * AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION and SKILL_ID (no AWS credentials), against DynamoDB Local
 * with the template's key schema. Runs after packaging (failsafe), as part of `mvn verify`.
 */
class DeployedJarIT {

    private static final Path JAR = Path.of("target/back-stretches-skill.jar");
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
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", JAR.toString(), "src/test/driver/JarDriver.java", handlerFromTemplate());
        Map<String, String> env = pb.environment();
        List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE").forEach(env::remove);
        env.put("TABLE_NAME", TABLE);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", DB.endpoint().toString());
        env.put("AWS_REGION", LocalDynamoDb.REGION.id());
        env.put("SKILL_ID", EnvelopeTest.SKILL_ID);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
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

    @Test
    void a_new_user_is_coached_and_their_place_and_choice_are_kept_in_dynamodb_across_sessions() {
        AlexaClient alexa = new AlexaClient(new ProcessHandler(), Path.of("skill-package/interactionModels/custom/en-US.json"),
                EnvelopeTest.SKILL_ID, USER);
        Turn welcome = say(alexa, "Alexa, open back stretches");
        assertThat(welcome.plainSpeech()).contains("Welcome to Back Stretches").endsWith("Ready to start?");
        assertThat(say(alexa, "yes").plainSpeech()).contains("Stretch one of six: the prone extension.");
        say(alexa, "next");
        assertThat(say(alexa, "make it easier").plainSpeech()).startsWith("Okay, the easier version.");
        assertThat(say(alexa, "pause").shouldEndSession()).contains(true);

        Map<String, AttributeValue> item = DB.client().getItem(b -> b.tableName(TABLE).key(Map.of("userId", AttributeValue.fromS(USER)))).item();
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
    void snapstart_priming_runs_a_synthetic_session_offline_and_stores_nothing() throws IOException {
        toLambda.println("PRIME");
        assertThat(nextLine("PRIMED")).isEqualTo("PRIMED");
        JsonNode primed = logLines().stream().filter(l -> l.path("message").asText().equals("primed")).findFirst().orElseThrow();
        assertThat(primed.path("requests").asInt()).isEqualTo(5);
        assertThat(primed.path("answered").asInt()).as("every synthetic request got a spoken answer").isEqualTo(5);
        assertThat(primed.path("storeOperations").asText()).as("the DynamoDB path ran, against the offline client")
                .contains("GetItem", "UpdateItem");
        assertThat(DB.client().scan(b -> b.tableName(TABLE)).items())
                .noneMatch(item -> item.get("userId").s().contains("PRIMING"));
    }

    @Test
    void everything_the_jar_logs_is_one_json_object_per_line_without_user_ids() throws IOException {
        String user = "amzn1.ask.account.JAR-LOGS-USER";
        AlexaClient alexa = new AlexaClient(new ProcessHandler(), Path.of("skill-package/interactionModels/custom/en-US.json"),
                EnvelopeTest.SKILL_ID, user);
        List.of("open back stretches", "yes", "make the half pancake easier", "pause").forEach(phrase -> say(alexa, phrase));
        assertThat(logLines()).filteredOn(l -> l.path("message").asText().equals("request handled")).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(l -> l.path("requestId").asText().startsWith("amzn1.echo-api.request."));
        assertThat(LOG_LINES).noneMatch(l -> l.contains(user) || l.contains("JAR-LOGS-USER") || l.contains("pancake"));
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
