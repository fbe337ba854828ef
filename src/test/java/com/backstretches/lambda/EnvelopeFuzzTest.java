package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.LocalContext;
import com.backstretches.logging.LogOutput;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real request envelopes (every fixture in src/test/resources/requests) with fields removed or
 * turned into another type at random, sent through the Lambda entry point on DynamoDB Local. No
 * exception escapes except the entry point's own refusal of a body that is no longer an Alexa
 * request for this skill, and every answer is one Alexa accepts; one the user spoke gets speech;
 * nothing is logged as an error. Over a thousand envelopes a run, the same number from each fixture.
 */
class EnvelopeFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    /** Each fixture by its file name. */
    private static final Map<String, ObjectNode> FIXTURES = fixtures();
    /** Damaged envelopes per fixture in a run: a thousand or more in all. */
    private static final int ENVELOPES_PER_FIXTURE = (1000 + FIXTURES.size() - 1) / FIXTURES.size();

    // One handler for every envelope, as one Lambda container serves many requests.
    private static final BackStretchesHandler HANDLER = new BackStretchesHandler(
            new DynamoDbProfileStore(DB.client(), TABLE, new Navigator(RoutineLoader.standard()).fresh()),
            Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC), RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID));

    enum Damage {
        REMOVE, NULL, NUMBER, NEGATIVE, TEXT, EMPTY_TEXT, TRUE, EMPTY_OBJECT, EMPTY_ARRAY, ARRAY_OF_TEXT, LONG_TEXT, DEEP_NESTING
    }

    static Stream<String> fixtureNames() {
        return FIXTURES.keySet().stream();
    }

    // Replay a failure with -Dseed=N, the seed it names: only that seed's damage is then done, to each fixture.
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void a_damaged_envelope_gets_an_answer_alexa_accepts_or_a_plain_refusal(String fixture) {
        Seeds.each(getClass(), Seeds.forRun(ENVELOPES_PER_FIXTURE), seed -> tryDamaged(fixture, seed));
    }

    /** One to four damages, each to a field (or array element) drawn from those the envelope has by then. */
    private void tryDamaged(String fixture, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ObjectNode envelope = FIXTURES.get(fixture).deepCopy();
        List<String> applied = new ArrayList<>();
        int damages = 1 + random.nextInt(4);
        for (int i = 0; i < damages; i++) {
            List<String> paths = paths(envelope);
            if (paths.isEmpty()) {
                break;
            }
            String path = paths.get(random.nextInt(paths.size()));
            Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
            damage(envelope, path, damage);
            applied.add(damage + " " + path);
        }
        String what = fixture + " with " + applied;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LogOutput.Captured log = LogOutput.capture()) {
            HANDLER.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, new LocalContext());
            // Not even one caught inside the skill: an apology for a fault of ours is still a fault.
            assertThat(log.lines()).as("%s: errors logged", what).noneMatch(line -> line.contains("\"level\":\"ERROR\""));
        } catch (RejectedRequestException refused) {
            assertThat(refusable(envelope)).as("%s was refused (%s) though it is still an Alexa request for this skill", what,
                    refused.getMessage()).isTrue();
            return;
        }
        assertThat(out.size()).as("%s: an empty response", what).isPositive();
        JsonNode response = JSON.readTree(out.toByteArray());
        ResponseChecks.assertLikeAlexa(response);
        String type = envelope.path("request").path("type").asText();
        if (type.equals("LaunchRequest") || type.equals("IntentRequest")) {
            assertThat(response.at("/response/outputSpeech/ssml").asText()).as("%s: speech for a user who spoke", what).startsWith("<speak>");
        }
    }

    /** What the entry point may refuse: no request object, no request type, or not (provably) for this skill. */
    private static boolean refusable(JsonNode envelope) {
        JsonNode request = envelope.path("request");
        if (!request.isObject() || !request.path("type").isTextual() || request.path("type").asText().isBlank()) {
            return true;
        }
        JsonNode fromContext = envelope.at("/context/System/application/applicationId");
        JsonNode id = fromContext.isTextual() && !fromContext.asText().isBlank() ? fromContext
                : envelope.at("/session/application/applicationId");
        return !id.isTextual() || !id.asText().equals(EnvelopeTest.SKILL_ID);
    }

    /** Every field and array element, as a JSON pointer. */
    private static List<String> paths(JsonNode root) {
        List<String> paths = new ArrayList<>();
        collect(root, "", 0, paths);
        return paths;
    }

    /** Envelopes are a few levels deep; deeper is only what DEEP_NESTING put there. */
    private static void collect(JsonNode node, String at, int depth, List<String> paths) {
        if (depth > 12) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                paths.add(path);
                collect(field.getValue(), path, depth + 1, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(at + "/" + i);
                collect(node.get(i), at + "/" + i, depth + 1, paths);
            }
        }
    }

    private static void damage(ObjectNode root, String path, Damage damage) {
        int cut = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, cut));
        String key = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            if (damage == Damage.REMOVE) {
                object.remove(key);
            } else {
                object.set(key, replacement(damage));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (damage == Damage.REMOVE) {
                array.remove(index);
            } else {
                array.set(index, replacement(damage));
            }
        }
    }

    private static JsonNode replacement(Damage damage) {
        return switch (damage) {
            case REMOVE, NULL -> NODES.nullNode();
            case NUMBER -> NODES.numberNode(7);
            case NEGATIVE -> NODES.numberNode(-3.5);
            case TEXT -> NODES.textNode("five hundred");
            case EMPTY_TEXT -> NODES.textNode("");
            case TRUE -> NODES.booleanNode(true);
            case EMPTY_OBJECT -> NODES.objectNode();
            case EMPTY_ARRAY -> NODES.arrayNode();
            case ARRAY_OF_TEXT -> NODES.arrayNode().add("a").add("b");
            case LONG_TEXT -> NODES.textNode("stretch ".repeat(20_000));
            case DEEP_NESTING -> {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode inner = deep;
                for (int i = 0; i < 3_000; i++) {
                    inner = inner.addArray();
                }
                yield deep;
            }
        };
    }

    private static Map<String, ObjectNode> fixtures() {
        Map<String, ObjectNode> fixtures = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/requests"))) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    fixtures.put(file.getFileName().toString(), (ObjectNode) JSON.readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }
}
