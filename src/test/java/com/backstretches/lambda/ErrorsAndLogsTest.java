package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.logging.LogOutput;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
