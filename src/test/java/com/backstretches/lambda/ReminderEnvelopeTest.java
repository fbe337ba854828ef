package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.alexa.HttpAlexaApi;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.testkit.AlexaApiStub;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Daily reminders as Alexa sends them (JSON fixtures in src/test/resources/requests), through the
 * Lambda entry point, with the fixtures' Alexa API endpoint pointed at a stub on loopback.
 */
class ReminderEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlexaApiStub alexaApi = AlexaApiStub.start();
    private final BackStretchesHandler handler = new BackStretchesHandler(new InMemoryProfileStore(),
            Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC), RoutineLoader.standard(),
            Optional.of(EnvelopeTest.SKILL_ID), new HttpAlexaApi(Duration.ofMillis(800)));

    @AfterEach
    void stopStub() {
        alexaApi.close();
    }

    @Test
    void a_reminder_at_seven_is_confirmed_before_anything_is_set() throws IOException {
        JsonNode response = send(fixture("reminder-seven-am-one-shot.json"));
        assertThat(speech(response)).isEqualTo("Shall I remind you to stretch every day at seven a.m.?");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(response.at("/sessionAttributes/backStretches/question").asText()).isEqualTo("CONFIRM_REMINDER");
        assertThat(alexaApi.requests()).noneMatch(r -> r.path().contains("reminders"));
    }

    @Test
    void yes_without_the_permission_hands_over_to_alexa_with_the_time_in_the_token() throws IOException {
        JsonNode confirm = send(fixture("reminder-seven-am-one-shot.json"));
        ObjectNode yes = fixture("help.json");
        ((ObjectNode) yes.path("session")).put("new", false).set("attributes", confirm.path("sessionAttributes"));
        ((ObjectNode) yes.at("/request/intent")).put("name", "AMAZON.YesIntent");
        JsonNode response = send(yes);
        assertThat(speech(response)).contains("I need your permission to set reminders");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isTrue();
        JsonNode directive = response.at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.path("token").asText()).isEqualTo("daily-reminder@07:00");
        assertThat(directive.at("/payload/@type").asText()).isEqualTo("AskForPermissionsConsentRequest");
        assertThat(directive.at("/payload/@version").asText()).isEqualTo("2");
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo("alexa::alerts:reminders:skill:readwrite");
    }

    @Test
    void an_accepted_permission_sets_the_reminder_from_the_token_and_the_conversation_goes_on() throws IOException {
        alexaApi.timeZone("Europe/London");
        JsonNode response = send(fixture("permission-accepted.json"));
        assertThat(speech(response)).startsWith("Done. I'll remind you every day at seven a.m.");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(alexaApi.reminders()).hasSize(1);
        JsonNode body = alexaApi.reminders().values().iterator().next();
        assertThat(body.at("/trigger/timeZoneId").asText()).isEqualTo("Europe/London");
        assertThat(body.at("/alertInfo/spokenInfo/content/0/locale").asText()).isEqualTo("en-US");
        assertThat(alexaApi.requests()).allMatch(r -> r.authorization().equals("Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.test"));
    }

    @Test
    void a_denied_permission_is_explained_with_a_consent_card() throws IOException {
        JsonNode response = send(fixture("permission-denied.json"));
        assertThat(speech(response)).contains("Without permission to set reminders");
        assertThat(response.at("/response/card/type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(response.at("/response/card/permissions/0").asText()).isEqualTo("alexa::alerts:reminders:skill:readwrite");
        assertThat(alexaApi.reminders()).isEmpty();
    }

    @Test
    void a_part_of_the_day_or_no_time_is_answered_with_a_question_for_an_exact_time() throws IOException {
        assertThat(speech(send(fixture("reminder-in-the-morning.json")))).contains("I need an exact time", "What time should it be?");
        JsonNode none = send(fixture("reminder-without-a-time.json"));
        assertThat(speech(none)).contains("What time should it be?");
        assertThat(none.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    private ObjectNode fixture(String name) throws IOException {
        try (InputStream in = ReminderEnvelopeTest.class.getResourceAsStream("/requests/" + name)) {
            assertThat(in).as(name).isNotNull();
            ObjectNode envelope = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) envelope.at("/context/System")).put("apiEndpoint", alexaApi.endpoint());
            return envelope;
        }
    }

    private JsonNode send(JsonNode envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
        JsonNode response = JSON.readTree(out.toByteArray());
        ResponseChecks.assertLikeAlexa(response);
        return response;
    }

    private static String speech(JsonNode response) {
        return SsmlCheck.parse(response.at("/response/outputSpeech/ssml").asText()).getDocumentElement().getTextContent();
    }
}
