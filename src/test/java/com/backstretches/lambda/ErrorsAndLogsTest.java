package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.Turn;
import com.backstretches.logging.LogOutput;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.LoopbackProxy;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Failures and the log: an apology when a handler fails, a fault in the save treated as a database
 * away, and one JSON line per request without the user or their words, including database failures
 * that come from the real DynamoDB store on DynamoDB Local.
 */
class ErrorsAndLogsTest {

    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");
    private static final String USER = "amzn1.ask.account.PRIVATE-USER-ID-THAT-MUST-NOT-BE-LOGGED";
    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final String WARNING = "I can't reach your saved progress right now";
    private static final String HALF_PANCAKE_HOLD_CUE = "Turn toward the bent knee, reach over toward your {side} foot, and hold.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogOutput.Captured captured;

    @BeforeEach
    void capture() {
        captured = LogOutput.capture();
    }

    @AfterEach
    void release() {
        captured.close();
    }

    @Test
    void a_failure_before_any_handler_runs_gets_a_short_apology_and_the_session_carries_on_where_it_was() {
        TestClock clock = new TestClock(Instant.parse("2026-11-23T18:00:00Z"));
        AlexaClient alexa = client(clock);
        alexa.say("ask back stretches to start my back stretches");
        // The first set's reps follow "ready"; then set two, where the failure comes.
        alexa.say("ready");
        Turn before = alexa.say("next");
        assertThat(before.sessionAttributes().at("/backStretches/set").asInt()).isEqualTo(2);
        clock.failing(true);
        Turn apology = alexa.say("next");
        ResponseChecks.assertLikeAlexa(apology.raw());
        assertThat(apology.plainSpeech()).startsWith("Sorry, something went wrong on my side.");
        assertThat(apology.shouldEndSession()).contains(false);
        assertThat(apology.sessionAttributes()).as("the state the request arrived with").isEqualTo(before.sessionAttributes());
        clock.failing(false);
        Turn after = alexa.say("next");
        assertThat(after.sessionAttributes().at("/backStretches/set").asInt()).isEqualTo(3);
        JsonNode failure = captured.lines().stream().map(ErrorsAndLogsTest::json)
                .filter(line -> line.path("message").asText().equals("request failed")).findFirst().orElseThrow();
        assertThat(failure.path("level").asText()).isEqualTo("ERROR");
        assertThat(failure.path("exception").asText()).contains("Exception");
        assertThat(failure.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
    }

    @Test
    void logs_have_one_json_line_per_request_with_its_id_and_never_the_user_id_or_what_was_said() throws Exception {
        AlexaClient alexa = client(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));
        List<String> phrases = List.of("open back stretches", "yes", "give me an easier version of the half pancake",
                "go to the pancake", "hold for forty five seconds", "how do i do the wag tail", "it hurts", "pause");
        phrases.forEach(alexa::say);
        List<String> lines = captured.lines();
        List<String> handled = lines.stream().filter(l -> l.contains("\"request handled\"")).toList();
        assertThat(handled).hasSize(phrases.size());
        for (String line : lines) {
            assertThat(line).doesNotContain(USER, "PRIVATE-USER", "pancake", "wag tail", "forty").doesNotContain("\n");
            assertThat(json(line).isObject()).isTrue();
        }
        JsonNode first = json(handled.get(0));
        assertThat(first.path("requestType").asText()).isEqualTo("LaunchRequest");
        assertThat(first.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
        assertThat(first.path("latencyMs").isNumber()).isTrue();
        assertThat(json(handled.get(2)).path("intent").asText()).isEqualTo("EasierIntent");
    }

    @Test
    void a_button_press_logs_the_button_and_nothing_of_the_user() {
        AlexaClient plain = client(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));
        AlexaClient show = new AlexaClient(new BackStretchesHandler(new InMemoryProfileStore(), Clock.systemUTC(), RoutineLoader.standard(),
                Optional.of(EnvelopeTest.SKILL_ID)), plain.model(), plain.envelopes().withScreen(com.backstretches.local.ScreenDevice.ECHO_SHOW_8));
        show.say("open back stretches");
        show.press("easier");
        show.press("jump");
        List<JsonNode> handled = captured.lines().stream().filter(l -> l.contains("\"request handled\"")).map(ErrorsAndLogsTest::json).toList();
        assertThat(handled).hasSize(3);
        assertThat(handled.get(1).path("requestType").asText()).isEqualTo("Alexa.Presentation.APL.UserEvent");
        assertThat(handled.get(1).path("button").asText()).isEqualTo("easier");
        assertThat(handled.get(2).path("button").asText()).isEqualTo("unknown");
        assertThat(captured.lines()).allSatisfy(line -> assertThat(line).doesNotContain(USER, "PRIVATE-USER", "jump"));
    }

    @Test
    void a_handler_that_fails_gets_a_short_apology_and_the_session_carries_on_where_it_was() {
        // A routine edit that makes one turn too long for Alexa: rendering it fails inside the handler.
        Routine tooLong = RoutineLoader.fromJson(shippedRoutine().replace(HALF_PANCAKE_HOLD_CUE, HALF_PANCAKE_HOLD_CUE + " Breathe.".repeat(1000)),
                "a routine with a hold cue too long to say");
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), DB.harness(), TABLE, UnaryOperator.identity(), new NoAlexaApi(),
                tooLong);
        AlexaClient alexa = skill.device("amzn1.ask.device.KITCHEN");
        Turn before = alexa.say("ask back stretches to go to the half pancake");
        assertThat(before.plainSpeech()).contains("Say ready when you're in position");

        Turn apology = alexa.say("ready");
        ResponseChecks.assertLikeAlexa(apology.raw());
        assertThat(apology.plainSpeech()).startsWith("Sorry, something went wrong on my side.");
        assertThat(apology.shouldEndSession()).contains(false);
        assertThat(apology.sessionAttributes()).as("the state the request arrived with").isEqualTo(before.sessionAttributes());
        String failedId = alexa.lastRequest().at("/request/requestId").asText();

        assertThat(alexa.say("where am i").plainSpeech()).contains("half pancake");
        assertThat(SessionState.where(alexa.say("go to the a frame"))).isEqualTo("a-frame-to-squat NONE 1");
        List<JsonNode> lines = captured.lines().stream().map(ErrorsAndLogsTest::json)
                .filter(line -> line.path("requestId").asText().equals(failedId)).toList();
        assertThat(lines).as("the failed request's lines").singleElement().satisfies(failure -> {
            assertThat(failure.path("message").asText()).isEqualTo("request failed");
            assertThat(failure.path("level").asText()).isEqualTo("ERROR");
            assertThat(failure.path("exception").asText()).contains("exceeds Alexa's 8000", "com.backstretches.skill.");
        });
    }

    @Test
    void a_fault_of_ours_while_saving_is_answered_like_a_database_that_is_down_and_the_change_saved_later() {
        AtomicBoolean faulty = new AtomicBoolean();
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE, store -> new ForwardingStore(store) {
            @Override
            public void put(String userId, Profile profile, long expectedVersion) {
                if (faulty.get()) {
                    throw new IllegalStateException("a fault of ours in the save");
                }
                super.put(userId, profile, expectedVersion);
            }
        });
        AlexaClient alexa = skill.device("amzn1.ask.device.KITCHEN");
        Turn start = alexa.say("ask back stretches to start my back stretches");
        // The first set's reps, after its setup: the same position, so nothing to save.
        Turn reps = alexa.say("ready");
        faulty.set(true);
        Turn next = alexa.say("next");
        ResponseChecks.assertLikeAlexa(next.raw());
        assertThat(next.plainSpeech()).contains("Set two of three");
        // Said once a session: here, unless an earlier request was already slow enough on a busy machine to say it.
        assertThat((start.plainSpeech() + " " + reps.plainSpeech() + " " + next.plainSpeech()).split(WARNING, -1)).as("the warning, once").hasSize(2);
        assertThat(next.sessionOpen()).isTrue();
        assertThat(next.sessionAttributes().at("/backStretches/unsaved").isObject()).as("carried for later").isTrue();
        String faultId = alexa.lastRequest().at("/request/requestId").asText();
        List<JsonNode> lines = captured.lines().stream().map(ErrorsAndLogsTest::json)
                .filter(line -> line.path("requestId").asText().equals(faultId)).toList();
        // One line for the request, its trace on it.
        assertThat(lines).singleElement().satisfies(summary -> {
            assertThat(summary.path("message").asText()).isEqualTo("request handled");
            assertThat(summary.path("level").asText()).isEqualTo("ERROR");
            assertThat(summary.path("write").asText()).isEqualTo("failed");
            assertThat(summary.path("storeError").asText()).isEqualTo("IllegalStateException");
            assertThat(summary.path("exception").asText()).contains("a fault of ours in the save");
        });

        faulty.set(false);
        Turn saved = alexa.say("next");
        assertThat(saved.sessionAttributes().at("/backStretches/unsaved").isNull()).as("nothing left unsaved").isTrue();
        assertThat(skill.stored().position().step().set()).isEqualTo(3);
    }

    @Test
    void every_kind_of_request_gets_exactly_one_summary_line_and_none_carries_the_user_or_their_words_even_when_the_database_fails() {
        try (LoopbackProxy proxy = LoopbackProxy.start(DB.endpoint());
                DynamoDbClient throughProxy = DynamoDbClients.local(proxy.endpoint(), LocalDynamoDb.REGION)) {
            SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(throughProxy, DB.harness(), TABLE, UnaryOperator.identity(),
                    new NoAlexaApi(), RoutineLoader.standard());
            String userPart = skill.user.substring(skill.user.lastIndexOf('.') + 1);
            // An item the store cannot read as a profile: the real store's warning is among the lines checked.
            skill.putItem(Map.of("userId", AttributeValue.fromS(skill.user), "version", AttributeValue.fromN("7"),
                    "status", AttributeValue.fromS("DANCING"), "set", AttributeValue.fromS("not a number")));
            AlexaClient alexa = skill.device("amzn1.ask.device.KITCHEN");
            List<String> sent = new ArrayList<>();
            Consumer<Turn> note = turn -> sent.add(alexa.lastRequest().at("/request/requestId").asText());
            note.accept(alexa.say("ask back stretches to go to the half pancake"));
            proxy.down();
            note.accept(alexa.say("hold for forty five seconds"));
            note.accept(alexa.send("GoToStretchIntent", Map.of("stretch", "anchovies please")));
            note.accept(alexa.endSession("EXCEEDED_MAX_REPROMPTS"));
            ObjectNode exception = alexa.envelopes().exceptionEncountered(Envelopes.Session.startNew(), "INVALID_RESPONSE", "SSML is not valid",
                    "amzn1.echo-api.request.earlier");
            alexa.invoke(exception);
            sent.add(exception.at("/request/requestId").asText());
            proxy.pass();
            proxy.throttle(1_000);
            ObjectNode disabled = alexa.envelopes().skillDisabledEvent("NOT_PERSISTED");
            alexa.invoke(disabled);
            sent.add(disabled.at("/request/requestId").asText());
            proxy.pass();
            ObjectNode unreadable = alexa.envelopes().launchRequest(Envelopes.Session.startNew());
            ((ObjectNode) unreadable.get("session")).put("attributes", "wag tail " + skill.user);
            alexa.invoke(unreadable);
            sent.add(unreadable.at("/request/requestId").asText());
            ObjectNode otherSkill = alexa.envelopes().launchRequest(Envelopes.Session.startNew());
            ((ObjectNode) otherSkill.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.other");
            assertThatThrownBy(() -> alexa.invoke(otherSkill)).isInstanceOf(RejectedRequestException.class);
            sent.add(otherSkill.at("/request/requestId").asText());

            List<JsonNode> lines = captured.lines().stream().map(ErrorsAndLogsTest::json).toList();
            for (String id : sent) {
                List<JsonNode> mine = lines.stream().filter(l -> l.path("requestId").asText().equals(id)).toList();
                assertThat(mine).as("lines for %s", id).hasSize(1);
                assertThat(mine.get(0).path("message").asText()).isIn("request handled", "request rejected");
                assertThat(mine.get(0).path("latencyMs").isNumber()).as("latency of %s", id).isTrue();
            }
            assertThat(lines).as("the store's own warning about the unreadable item")
                    .anyMatch(l -> l.path("logger").asText().endsWith("DynamoDbProfileStore") && l.path("message").asText().contains("unreadable"));
            assertThat(captured.lines()).allSatisfy(line -> assertThat(line)
                    .doesNotContain(skill.user, userPart, "pancake", "wag tail", "anchovies", "forty", "backStretches", "<speak>"));
            JsonNode first = byId(lines, sent.get(0));
            assertThat(first.path("read").asText()).isEqualTo("found");
            assertThat(first.path("write").asText()).as("the unreadable item replaced").isEqualTo("saved");
            JsonNode hold = byId(lines, sent.get(1));
            assertThat(hold.path("level").asText()).isEqualTo("WARN");
            assertThat(hold.path("read").asText()).as("known from the session: no read").isEqualTo("session");
            assertThat(hold.path("write").asText()).isEqualTo("failed");
            assertThat(hold.path("storeError").asText()).startsWith("DynamoDB call failed: ");
            assertThat(hold.path("sessionId").asText()).startsWith("amzn1.echo-api.session.");
            assertThat(byId(lines, sent.get(3)).path("reason").asText()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
            assertThat(byId(lines, sent.get(4)).path("errorMessage").asText()).isEqualTo("SSML is not valid");
            JsonNode disabledLine = byId(lines, sent.get(5));
            assertThat(disabledLine.path("persistenceStatus").asText()).isEqualTo("NOT_PERSISTED");
            assertThat(disabledLine.path("storeError").asText()).contains("ThrottlingException");
            assertThat(byId(lines, sent.get(6)).path("outcome").asText()).isEqualTo("unreadable-asked-again");
            assertThat(byId(lines, sent.get(7)).path("reason").asText()).isEqualTo("Rejected: the request is for another skill.");
        }
    }

    private static JsonNode byId(List<JsonNode> lines, String requestId) {
        return lines.stream().filter(l -> l.path("requestId").asText().equals(requestId)).findFirst().orElseThrow();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static String shippedRoutine() {
        try (InputStream in = ErrorsAndLogsTest.class.getClassLoader().getResourceAsStream(RoutineLoader.DEFAULT_RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains(HALF_PANCAKE_HOLD_CUE);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store that does what the one it wraps does; a test overrides what should go wrong. */
    private static class ForwardingStore implements ProfileStore {
        private final ProfileStore store;

        ForwardingStore(ProfileStore store) {
            this.store = store;
        }

        @Override
        public Optional<StoredProfile> load(String userId) {
            return store.load(userId);
        }

        @Override
        public void put(String userId, Profile profile, long expectedVersion) {
            store.put(userId, profile, expectedVersion);
        }

        @Override
        public void delete(String userId) {
            store.delete(userId);
        }
    }

    private static AlexaClient client(Clock clock) {
        return new AlexaClient(new BackStretchesHandler(new InMemoryProfileStore(), clock, RoutineLoader.standard(),
                Optional.of(EnvelopeTest.SKILL_ID)), MODEL, EnvelopeTest.SKILL_ID, USER);
    }
}
