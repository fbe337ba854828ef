package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.Turn;
import com.backstretches.logging.LogOutput;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoreUnavailableException;
import com.backstretches.store.StoredProfile;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorsAndLogsTest {

    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");
    private static final String USER = "amzn1.ask.account.PRIVATE-USER-ID-THAT-MUST-NOT-BE-LOGGED";

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
    void an_unexpected_failure_gets_a_short_apology_and_the_session_carries_on_where_it_was() {
        TestClock clock = new TestClock(Instant.parse("2026-11-23T18:00:00Z"));
        AlexaClient alexa = client(clock);
        alexa.say("ask back stretches to start my back stretches");
        Turn before = alexa.say("next");
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
    void every_kind_of_request_gets_exactly_one_summary_line_and_none_carries_the_user_or_their_words() throws Exception {
        // Every store call fails as a database that is down does, so the store's failures are logged too.
        ProfileStore down = new ProfileStore() {
            @Override
            public Optional<StoredProfile> load(String userId) {
                throw new StoreUnavailableException("DynamoDB call failed: SdkClientException", new ConnectException(userId));
            }

            @Override
            public void put(String userId, Profile profile, long expectedVersion) {
                throw new StoreUnavailableException("DynamoDB call failed: ApiCallTimeoutException", null);
            }

            @Override
            public void delete(String userId) {
                throw new StoreUnavailableException("DynamoDB call failed: DynamoDbException (ThrottlingException)", null);
            }
        };
        BackStretchesHandler handler = new BackStretchesHandler(down, Clock.systemUTC(), RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID));
        AlexaClient alexa = new AlexaClient(handler, MODEL, EnvelopeTest.SKILL_ID, USER);
        List<String> sent = new ArrayList<>();
        Consumer<Turn> note = turn -> sent.add(alexa.lastRequest().at("/request/requestId").asText());
        note.accept(alexa.say("ask back stretches to go to the half pancake"));
        note.accept(alexa.say("hold for forty five seconds"));
        note.accept(alexa.send("GoToStretchIntent", Map.of("stretch", "anchovies please")));
        note.accept(alexa.endSession("EXCEEDED_MAX_REPROMPTS"));
        for (ObjectNode event : List.of(
                alexa.envelopes().exceptionEncountered(Envelopes.Session.startNew(), "INVALID_RESPONSE", "SSML is not valid", "amzn1.echo-api.request.earlier"),
                alexa.envelopes().skillDisabledEvent("NOT_PERSISTED"))) {
            alexa.invoke(event);
            sent.add(event.at("/request/requestId").asText());
        }
        ObjectNode unreadable = alexa.envelopes().launchRequest(Envelopes.Session.startNew());
        ((ObjectNode) unreadable.get("session")).put("attributes", "wag tail " + USER);
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
        assertThat(captured.lines()).allSatisfy(line -> assertThat(line)
                .doesNotContain(USER, "PRIVATE-USER", "pancake", "wag tail", "anchovies", "forty", "backStretches", "<speak>"));
        JsonNode hold = byId(lines, sent.get(1));
        assertThat(hold.path("level").asText()).isEqualTo("WARN");
        assertThat(hold.path("read").asText()).isEqualTo("failed");
        assertThat(hold.path("write").asText()).isEqualTo("failed");
        assertThat(hold.path("storeError").asText()).isEqualTo("DynamoDB call failed: ApiCallTimeoutException");
        assertThat(hold.path("sessionId").asText()).startsWith("amzn1.echo-api.session.");
        assertThat(byId(lines, sent.get(3)).path("reason").asText()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
        assertThat(byId(lines, sent.get(4)).path("errorMessage").asText()).isEqualTo("SSML is not valid");
        JsonNode disabled = byId(lines, sent.get(5));
        assertThat(disabled.path("persistenceStatus").asText()).isEqualTo("NOT_PERSISTED");
        assertThat(disabled.path("storeError").asText()).contains("ThrottlingException");
        assertThat(byId(lines, sent.get(6)).path("outcome").asText()).isEqualTo("unreadable-asked-again");
        assertThat(byId(lines, sent.get(7)).path("reason").asText()).isEqualTo("Rejected: the request is for another skill.");
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

    private static AlexaClient client(Clock clock) {
        return new AlexaClient(new BackStretchesHandler(new InMemoryProfileStore(), clock, RoutineLoader.standard(),
                Optional.of(EnvelopeTest.SKILL_ID)), MODEL, EnvelopeTest.SKILL_ID, USER);
    }
}
