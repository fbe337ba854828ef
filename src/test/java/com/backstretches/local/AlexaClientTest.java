package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlexaClientTest {

    private static final String SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";
    private static final String REMINDERS = "alexa::alerts:reminders:skill:readwrite";

    /**
     * Stands in for the skill's Lambda entry point: counts turns in a session attribute and says what
     * it received. StopIntent ends the session, ReadyIntent leaves shouldEndSession out, SkipIntent
     * sends it as null, anything else keeps the session open with a reprompt. YesIntent asks Alexa for
     * the reminders permission (a Connections.SendRequest AskFor, ending the session); NoIntent does
     * too but wrongly asks to keep the session open. A Connections.Response is echoed with its status.
     */
    static final class EchoSkill implements RequestStreamHandler {
        private static final ObjectMapper JSON = new ObjectMapper();
        final List<JsonNode> received = new ArrayList<>();
        final List<Integer> remainingMillis = new ArrayList<>();

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            JsonNode envelope = JSON.readTree(input);
            received.add(envelope);
            remainingMillis.add(context.getRemainingTimeInMillis());
            JsonNode request = envelope.path("request");
            String type = request.path("type").asText();
            if (type.equals("SessionEndedRequest")) {
                return; // Alexa ignores anything said here; write nothing.
            }
            String intent = type.equals("IntentRequest") ? request.path("intent").path("name").asText()
                    : type.equals("Connections.Response") ? type + " " + request.path("payload").path("status").asText()
                    : type;
            int turns = envelope.path("session").path("attributes").path("turns").asInt(0) + 1;
            boolean isNew = envelope.path("session").path("new").asBoolean();

            ObjectNode out = JSON.createObjectNode().put("version", "1.0");
            out.putObject("sessionAttributes").put("turns", turns);
            ObjectNode response = out.putObject("response");
            response.putObject("outputSpeech").put("type", "SSML").put("ssml",
                    "<speak>Turn " + turns + " of a " + (isNew ? "new" : "continuing") + " session: "
                            + intent + ". <break time=\"1s\"/> Ready?</speak>");
            switch (intent) {
                case "AMAZON.YesIntent", "AMAZON.NoIntent" -> {
                    ObjectNode askFor = response.putArray("directives").addObject();
                    askFor.put("type", "Connections.SendRequest").put("name", "AskFor").put("token", "daily-reminder@07:00");
                    ObjectNode payload = askFor.putObject("payload");
                    payload.put("@type", "AskForPermissionsConsentRequest").put("@version", "2");
                    payload.putArray("permissionScopes").addObject()
                            .put("permissionScope", REMINDERS).put("consentLevel", "ACCOUNT");
                    response.put("shouldEndSession", intent.equals("AMAZON.YesIntent"));
                }
                case "AMAZON.StopIntent" -> response.put("shouldEndSession", true);
                case "ReadyIntent" -> { } // left out
                case "SkipIntent" -> response.putNull("shouldEndSession");
                default -> {
                    response.putObject("reprompt").putObject("outputSpeech")
                            .put("type", "SSML").put("ssml", "<speak>Ready?</speak>");
                    response.put("shouldEndSession", false);
                }
            }
            JSON.writeValue(output, out);
        }
    }

    private final EchoSkill skill = new EchoSkill();
    private final AlexaClient alexa = new AlexaClient(skill, UtteranceMatcherTest.fixtureModel(), SKILL,
            "amzn1.ask.account.TESTUSER");

    @Test
    void session_attributes_and_id_are_carried_from_each_response_to_the_next_request() {
        Turn first = alexa.launch();
        assertThat(first.intent()).isEqualTo("LaunchRequest");
        assertThat(first.plainSpeech()).isEqualTo("Turn 1 of a new session: LaunchRequest. Ready?");
        assertThat(first.reprompt()).contains("<speak>Ready?</speak>");
        assertThat(first.shouldEndSession()).contains(false);
        assertThat(first.sessionOpen()).isTrue();

        Turn second = alexa.say("go to the pancake");
        assertThat(second.intent()).isEqualTo("GoToStretchIntent");
        assertThat(second.plainSpeech()).startsWith("Turn 2 of a continuing session");

        JsonNode launch = skill.received.get(0).path("session");
        JsonNode next = skill.received.get(1).path("session");
        assertThat(next.path("sessionId").asText()).isEqualTo(launch.path("sessionId").asText());
        assertThat(next.path("new").asBoolean()).isFalse();
        assertThat(next.path("attributes").path("turns").asInt()).isEqualTo(1);
        assertThat(alexa.lastRequest().path("request").path("intent").path("slots").path("stretch")
                .path("resolutions").path("resolutionsPerAuthority").path(0).path("values").path(0)
                .path("value").path("id").asText()).isEqualTo("half-pancake");
        ResponseChecks.assertLikeAlexa(second.raw());
    }

    @Test
    void after_should_end_session_true_the_next_request_starts_a_new_session_without_attributes() {
        alexa.launch();
        Turn bye = alexa.say("stop");
        assertThat(bye.intent()).isEqualTo("AMAZON.StopIntent");
        assertThat(bye.shouldEndSession()).contains(true);
        assertThat(bye.sessionOpen()).isFalse();
        assertThat(alexa.sessionOpen()).isFalse();

        Turn again = alexa.say("ask back stretches to go to the pancake");
        assertThat(again.plainSpeech()).startsWith("Turn 1 of a new session: GoToStretchIntent");
        JsonNode session = skill.received.get(2).path("session");
        assertThat(session.path("new").asBoolean()).isTrue();
        assertThat(session.has("attributes")).isFalse();
        assertThat(session.path("sessionId").asText())
                .isNotEqualTo(skill.received.get(0).path("session").path("sessionId").asText());
    }

    @Test
    void a_response_that_leaves_should_end_session_out_ends_the_session_on_a_speaker_without_a_screen() {
        alexa.launch();
        Turn ready = alexa.say("ready");
        assertThat(ready.shouldEndSession()).isEmpty();
        assertThat(ready.sessionOpen()).isFalse();
        assertThat(alexa.say("skip this one").plainSpeech()).startsWith("Turn 1 of a new session");
    }

    @Test
    void a_response_with_should_end_session_null_keeps_the_session_open() {
        alexa.launch();
        Turn skipped = alexa.say("skip this one");
        assertThat(skipped.shouldEndSession()).isEmpty();
        assertThat(skipped.sessionOpen()).isTrue();
        assertThat(alexa.say("next").plainSpeech()).startsWith("Turn 3 of a continuing session: AMAZON.NextIntent");
    }

    @Test
    void naming_the_skill_mid_session_starts_a_new_session() {
        alexa.launch();
        assertThat(alexa.say("Alexa, open back stretches").plainSpeech()).startsWith("Turn 1 of a new session: LaunchRequest");
    }

    @Test
    void end_session_sends_the_reason_and_closes_the_session() {
        alexa.launch();
        Turn ended = alexa.endSession("EXCEEDED_MAX_REPROMPTS");
        assertThat(ended.intent()).isEqualTo("SessionEndedRequest");
        assertThat(ended.sessionOpen()).isFalse();
        assertThat(ended.speech()).isEmpty();
        JsonNode request = skill.received.get(1);
        assertThat(request.path("request").path("reason").asText()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
        assertThat(request.path("session").path("attributes").path("turns").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> alexa.endSession("USER_INITIATED")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void saying_exit_ends_the_session_instead_of_reaching_the_skill_as_an_intent() {
        alexa.launch();
        Turn exit = alexa.say("exit");
        assertThat(exit.intent()).isEqualTo("SessionEndedRequest");
        assertThat(skill.received.get(1).path("request").path("reason").asText()).isEqualTo("USER_INITIATED");
        assertThat(alexa.sessionOpen()).isFalse();
    }

    @Test
    void new_session_drops_the_session_so_the_next_request_is_new_with_no_attributes() {
        alexa.launch();
        alexa.newSession();
        alexa.say("next");
        JsonNode session = skill.received.get(1).path("session");
        assertThat(session.path("new").asBoolean()).isTrue();
        assertThat(session.has("attributes")).isFalse();
    }

    @Test
    void send_resolves_slot_values_like_spoken_ones_and_sends_unfilled_slots_empty() {
        alexa.launch();
        alexa.send("HoldTimeIntent", Map.of("seconds", "forty five"));
        assertThat(alexa.lastRequest().path("request").path("intent").path("slots").path("seconds").path("value").asText())
                .isEqualTo("45");
        alexa.send("EasierIntent");
        JsonNode stretch = alexa.lastRequest().path("request").path("intent").path("slots").path("stretch");
        assertThat(stretch.path("name").asText()).isEqualTo("stretch");
        assertThat(stretch.has("value")).isFalse();
        assertThatThrownBy(() -> alexa.send("AMAZON.PauseIntent")).hasMessageContaining("no intent AMAZON.PauseIntent");
    }

    @Test
    void the_handler_gets_a_lambda_context_with_alexas_seven_seconds() {
        alexa.launch();
        assertThat(skill.remainingMillis).containsExactly(7000);
    }

    @Test
    void events_outside_a_session_can_be_sent_as_built_envelopes() {
        JsonNode response = alexa.invoke(alexa.envelopes().skillDisabledEvent("PERSISTED"));
        assertThat(skill.received.get(0).path("request").path("type").asText()).isEqualTo("AlexaSkillEvent.SkillDisabled");
        assertThat(response.path("version").asText()).isEqualTo("1.0");
        assertThat(alexa.sessionOpen()).isFalse();
    }

    // ---- Alexa's own permission question ----

    @Test
    void a_response_asking_for_a_permission_ends_the_session_and_leaves_alexas_question_pending() {
        alexa.launch();
        Turn asked = alexa.say("yes");
        assertThat(asked.asksForConsent()).isTrue();
        assertThat(asked.directives()).hasSize(1);
        assertThat(asked.directives().get(0).path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(asked.consentScopes()).containsExactly(REMINDERS);
        assertThat(asked.shouldEndSession()).contains(true);
        assertThat(asked.sessionOpen()).isFalse();
        assertThat(alexa.sessionOpen()).isFalse();
        assertThat(alexa.consentPending()).contains("daily-reminder@07:00");
    }

    @Test
    void alexa_takes_over_to_ask_even_when_the_skill_wrongly_asks_to_keep_its_session_open() {
        alexa.launch();
        Turn asked = alexa.say("no");
        assertThat(asked.shouldEndSession()).contains(false);
        assertThat(asked.sessionOpen()).isFalse();
        assertThat(alexa.consentPending()).isPresent();
    }

    @Test
    void i_approve_reaches_the_skill_as_an_accepted_connections_response_in_a_new_session() {
        alexa.launch();
        alexa.say("yes");
        String askingSession = skill.received.get(1).path("session").path("sessionId").asText();

        Turn answered = alexa.say("I approve.");
        assertThat(answered.intent()).isEqualTo("Connections.Response");
        assertThat(answered.plainSpeech()).startsWith("Turn 1 of a new session: Connections.Response ACCEPTED");
        JsonNode sent = alexa.lastRequest();
        assertThat(sent.path("request").path("type").asText()).isEqualTo("Connections.Response");
        assertThat(sent.path("request").path("name").asText()).isEqualTo("AskFor");
        assertThat(sent.path("request").path("token").asText()).isEqualTo("daily-reminder@07:00");
        assertThat(sent.path("request").path("payload").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(sent.path("request").path("payload").path("permissionScope").asText()).isEqualTo(REMINDERS);
        assertThat(sent.path("session").path("new").asBoolean()).isTrue();
        assertThat(sent.path("session").has("attributes")).isFalse();
        assertThat(sent.path("session").path("sessionId").asText()).isNotEqualTo(askingSession);
        assertThat(alexa.consentPending()).isEmpty();
        assertThat(answered.sessionOpen()).isTrue();
    }

    @Test
    void once_accepted_that_response_and_every_later_envelope_list_the_scope_as_granted() {
        alexa.launch();
        assertThat(skill.received.get(0).path("context").path("System").path("user").has("permissions")).isFalse();
        alexa.say("yes");
        alexa.say("sure");
        alexa.say("next");
        for (JsonNode envelope : skill.received.subList(2, 4)) {
            assertThat(envelope.path("context").path("System").path("user").path("permissions").path("scopes")
                    .path(REMINDERS).path("status").asText()).isEqualTo("GRANTED");
        }
        assertThat(skill.received.get(3).path("request").path("intent").path("name").asText()).isEqualTo("AMAZON.NextIntent");
        assertThat(alexa.envelopes().permissions()).containsExactly(REMINDERS);
    }

    @Test
    void the_answer_to_alexa_never_reaches_the_interaction_model() {
        alexa.launch();
        alexa.say("yes");
        Turn answered = alexa.say("yes");
        assertThat(answered.intent()).isEqualTo("Connections.Response");
        assertThat(skill.received).hasSize(3);
        assertThat(skill.received.get(2).path("request").has("intent")).isFalse();
    }

    @Test
    void each_yes_and_no_alexa_understands_counts_whatever_the_case_and_punctuation() {
        for (String yes : List.of("yes", "I approve", "approve", "Yes, please!", "sure", "Okay.", "OK", "Alexa, yes")) {
            assertThat(AlexaClient.consentAnswer(yes)).as(yes).isEqualTo("ACCEPTED");
        }
        for (String no : List.of("no", "No thanks.", "I don't approve", "I don\u2019t approve", "DON'T", "nope!")) {
            assertThat(AlexaClient.consentAnswer(no)).as(no).isEqualTo("DENIED");
        }
        for (String other : List.of("maybe later", "next", "exit", "yes no", "remind me every day at 7 am")) {
            assertThat(AlexaClient.consentAnswer(other)).as(other).isEqualTo("NOT_ANSWERED");
        }
    }

    @Test
    void a_no_is_denied_and_grants_nothing_and_afterwards_words_go_to_the_model_again() {
        alexa.launch();
        alexa.say("yes");
        Turn denied = alexa.say("no thanks");
        assertThat(denied.plainSpeech()).contains("Connections.Response DENIED");
        assertThat(alexa.lastRequest().path("context").path("System").path("user").has("permissions")).isFalse();
        assertThat(alexa.envelopes().permissions()).isEmpty();
        assertThat(alexa.consentPending()).isEmpty();
        assertThat(alexa.say("next").intent()).isEqualTo("AMAZON.NextIntent");
    }

    @Test
    void anything_else_said_while_alexa_asks_is_not_answered_even_exit() {
        alexa.launch();
        alexa.say("yes");
        Turn answered = alexa.say("exit");
        assertThat(answered.intent()).isEqualTo("Connections.Response");
        assertThat(alexa.lastRequest().path("request").path("payload").path("status").asText()).isEqualTo("NOT_ANSWERED");
        assertThat(alexa.envelopes().permissions()).isEmpty();
    }

    @Test
    void answer_consent_answers_without_words_but_only_with_alexas_statuses_and_only_when_asked() {
        assertThatThrownBy(() -> alexa.answerConsent("ACCEPTED")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no permission question is pending");
        alexa.launch();
        alexa.say("yes");
        assertThatThrownBy(() -> alexa.answerConsent("MAYBE")).isInstanceOf(IllegalArgumentException.class);
        assertThat(alexa.consentPending()).isPresent();
        Turn answered = alexa.answerConsent("NOT_ANSWERED");
        assertThat(answered.plainSpeech()).contains("Connections.Response NOT_ANSWERED");
        assertThat(alexa.consentPending()).isEmpty();
    }

    @Test
    void another_request_sent_while_alexa_asks_drops_the_question() {
        alexa.launch();
        alexa.say("yes");
        alexa.launch();
        assertThat(alexa.consentPending()).isEmpty();
        assertThat(alexa.say("sure").intent()).isNotEqualTo("Connections.Response");
    }

    @Test
    void the_envelopes_given_keep_their_api_endpoint_and_permissions_after_a_grant() {
        Envelopes stubbed = new Envelopes(SKILL, "amzn1.ask.account.TESTUSER").withApiEndpoint("http://127.0.0.1:8421")
                .withPermissions(Set.of("alexa::profile:email:read"));
        AlexaClient client = new AlexaClient(skill, InteractionModel.load(UtteranceMatcherTest.fixtureModel()), stubbed);
        client.launch();
        client.say("yes");
        client.say("i approve");
        JsonNode system = client.lastRequest().path("context").path("System");
        assertThat(system.path("apiEndpoint").asText()).isEqualTo("http://127.0.0.1:8421");
        assertThat(client.envelopes().permissions()).containsExactly("alexa::profile:email:read", REMINDERS);
        assertThat(system.path("user").path("permissions").path("scopes").path("alexa::profile:email:read")
                .path("status").asText()).isEqualTo("GRANTED");
    }

    @Test
    void a_turn_without_directives_does_not_ask_for_consent() {
        Turn launched = alexa.launch();
        assertThat(launched.directives()).isEmpty();
        assertThat(launched.asksForConsent()).isFalse();
        assertThat(launched.consentScopes()).isEmpty();
        assertThat(alexa.consentPending()).isEmpty();
    }
}
