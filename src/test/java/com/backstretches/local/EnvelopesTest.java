package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.system.ErrorType;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvelopesTest {

    private static final String SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";
    private static final String USER = "amzn1.ask.account.TESTUSER";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T09:30:15.250Z"), ZoneOffset.UTC);

    private final InteractionModel model = InteractionModel.load(UtteranceMatcherTest.fixtureModel());
    private final UtteranceMatcher matcher = new UtteranceMatcher(model);
    private final Envelopes envelopes = new Envelopes(SKILL, USER, "amzn1.ask.device.TEST", CLOCK);

    @Test
    void a_launch_opens_a_new_session_for_the_user_on_the_device_with_no_attributes() {
        Envelopes.Session session = Envelopes.Session.startNew();
        ObjectNode env = envelopes.launchRequest(session);

        assertThat(env.path("version").asText()).isEqualTo("1.0");
        JsonNode s = env.path("session");
        assertThat(s.path("new").asBoolean()).isTrue();
        assertThat(s.path("sessionId").asText()).startsWith("amzn1.echo-api.session.").isEqualTo(session.sessionId());
        assertThat(s.path("application").path("applicationId").asText()).isEqualTo(SKILL);
        assertThat(s.path("user").path("userId").asText()).isEqualTo(USER);
        assertThat(s.has("attributes")).isFalse();

        JsonNode system = env.path("context").path("System");
        assertThat(system.path("application").path("applicationId").asText()).isEqualTo(SKILL);
        assertThat(system.path("user").path("userId").asText()).isEqualTo(USER);
        assertThat(system.path("device").path("deviceId").asText()).isEqualTo("amzn1.ask.device.TEST");
        assertThat(system.path("device").path("supportedInterfaces").isObject()).isTrue();
        assertThat(system.path("device").path("supportedInterfaces").isEmpty()).isTrue();
        assertThat(system.path("apiEndpoint").asText()).isEqualTo("https://api.amazonalexa.com");
        assertThat(system.path("apiAccessToken").asText()).isNotBlank();

        JsonNode request = env.path("request");
        assertThat(request.path("type").asText()).isEqualTo("LaunchRequest");
        assertThat(request.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
        assertThat(request.path("timestamp").asText()).isEqualTo("2024-03-01T09:30:15Z");
        assertThat(request.path("locale").asText()).isEqualTo("en-US");

        assertThat(asSdkSees(env).getRequest()).isInstanceOf(LaunchRequest.class);
    }

    @Test
    void a_continuing_session_is_not_new_and_carries_the_last_responses_attributes() {
        ObjectNode attributes = new ObjectMapper().createObjectNode().put("stretch", "wag-tail");
        Envelopes.Session next = Envelopes.Session.startNew().next(attributes);
        ObjectNode env = envelopes.launchRequest(next);

        assertThat(env.path("session").path("new").asBoolean()).isFalse();
        assertThat(env.path("session").path("attributes")).isEqualTo(attributes);
        assertThat(asSdkSees(env).getSession().getAttributes()).containsEntry("stretch", "wag-tail");
    }

    @Test
    void an_intent_request_sends_resolved_unresolved_number_and_unfilled_slots_as_alexa_does() {
        InteractionModel.Intent intent = new InteractionModel.Intent("MixedIntent", List.of(
                new InteractionModel.Slot("stretch", "STRETCH"),
                new InteractionModel.Slot("other", "STRETCH"),
                new InteractionModel.Slot("seconds", "AMAZON.NUMBER"),
                new InteractionModel.Slot("unfilled", "STRETCH")), List.of());
        Map<String, SlotMatch> filled = new LinkedHashMap<>();
        filled.put("stretch", SlotMatch.resolved("stretch", "tail wag", "wag-tail", "wag tail"));
        filled.put("other", SlotMatch.unresolved("other", "cobra"));
        filled.put("seconds", SlotMatch.unresolved("seconds", "45"));

        ObjectNode env = envelopes.intentRequest(Envelopes.Session.startNew(), intent, filled);
        JsonNode request = env.path("request");
        assertThat(request.path("type").asText()).isEqualTo("IntentRequest");
        assertThat(request.has("dialogState")).isFalse();
        assertThat(request.path("intent").path("name").asText()).isEqualTo("MixedIntent");
        assertThat(request.path("intent").path("confirmationStatus").asText()).isEqualTo("NONE");

        JsonNode slots = request.path("intent").path("slots");
        JsonNode stretch = slots.path("stretch");
        assertThat(stretch.path("name").asText()).isEqualTo("stretch");
        assertThat(stretch.path("value").asText()).isEqualTo("tail wag");
        assertThat(stretch.path("confirmationStatus").asText()).isEqualTo("NONE");
        JsonNode authority = stretch.path("resolutions").path("resolutionsPerAuthority").path(0);
        assertThat(authority.path("authority").asText()).isEqualTo("amzn1.er-authority.echo-sdk." + SKILL + ".STRETCH");
        assertThat(authority.path("status").path("code").asText()).isEqualTo("ER_SUCCESS_MATCH");
        assertThat(authority.path("values").path(0).path("value").path("name").asText()).isEqualTo("wag tail");
        assertThat(authority.path("values").path(0).path("value").path("id").asText()).isEqualTo("wag-tail");

        JsonNode other = slots.path("other").path("resolutions").path("resolutionsPerAuthority").path(0);
        assertThat(slots.path("other").path("value").asText()).isEqualTo("cobra");
        assertThat(other.path("status").path("code").asText()).isEqualTo("ER_SUCCESS_NO_MATCH");
        assertThat(other.has("values")).isFalse();

        assertThat(slots.path("seconds").path("value").asText()).isEqualTo("45");
        assertThat(slots.path("seconds").has("resolutions")).isFalse();

        assertThat(slots.path("unfilled").path("name").asText()).isEqualTo("unfilled");
        assertThat(slots.path("unfilled").has("value")).isFalse();
        assertThat(slots.path("unfilled").has("resolutions")).isFalse();

        IntentRequest parsed = (IntentRequest) asSdkSees(env).getRequest();
        assertThat(parsed.getIntent().getSlots()).containsOnlyKeys("stretch", "other", "seconds", "unfilled");
        assertThat(parsed.getIntent().getSlots().get("stretch").getResolutions().getResolutionsPerAuthority().get(0)
                .getStatus().getCode()).isEqualTo(StatusCode.ER_SUCCESS_MATCH);
        assertThat(parsed.getIntent().getSlots().get("unfilled").getValue()).isNull();
    }

    @Test
    void an_intent_request_from_an_utterance_carries_every_declared_slot() {
        IntentMatch match = matcher.match("make it easier");
        ObjectNode env = envelopes.intentRequest(Envelopes.Session.startNew(),
                model.intent(match.intent().orElseThrow()).orElseThrow(), match.slots());
        JsonNode stretch = env.path("request").path("intent").path("slots").path("stretch");
        assertThat(stretch.path("name").asText()).isEqualTo("stretch");
        assertThat(stretch.has("value")).isFalse();
    }

    @Test
    void session_ended_carries_the_reason_and_an_optional_error() {
        Envelopes.Session open = Envelopes.Session.startNew().next(null);
        ObjectNode quiet = envelopes.sessionEndedRequest(open, "EXCEEDED_MAX_REPROMPTS");
        assertThat(quiet.path("request").path("type").asText()).isEqualTo("SessionEndedRequest");
        assertThat(quiet.path("request").path("reason").asText()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
        assertThat(quiet.path("request").has("error")).isFalse();
        assertThat(quiet.path("session").path("new").asBoolean()).isFalse();

        ObjectNode failed = envelopes.sessionEndedRequest(open, "ERROR", "INVALID_RESPONSE", "SSML is invalid");
        assertThat(failed.path("request").path("error").path("type").asText()).isEqualTo("INVALID_RESPONSE");
        assertThat(failed.path("request").path("error").path("message").asText()).isEqualTo("SSML is invalid");

        SessionEndedRequest parsed = (SessionEndedRequest) asSdkSees(quiet).getRequest();
        assertThat(parsed.getReason()).isEqualTo(SessionEndedReason.EXCEEDED_MAX_REPROMPTS);
    }

    @Test
    void exception_encountered_names_the_error_and_the_request_that_caused_it() {
        ObjectNode env = envelopes.exceptionEncountered(null, "INVALID_RESPONSE", "Invalid directive", "amzn1.echo-api.request.cause");
        JsonNode request = env.path("request");
        assertThat(request.path("type").asText()).isEqualTo("System.ExceptionEncountered");
        assertThat(request.path("error").path("type").asText()).isEqualTo("INVALID_RESPONSE");
        assertThat(request.path("error").path("message").asText()).isEqualTo("Invalid directive");
        assertThat(request.path("cause").path("requestId").asText()).isEqualTo("amzn1.echo-api.request.cause");
        assertThat(env.has("session")).isFalse();

        ExceptionEncounteredRequest parsed = (ExceptionEncounteredRequest) asSdkSees(env).getRequest();
        assertThat(parsed.getError().getType()).isEqualTo(ErrorType.INVALID_RESPONSE);
    }

    @Test
    void skill_disabled_is_an_event_outside_any_session_saying_whether_the_user_id_is_kept() {
        ObjectNode env = envelopes.skillDisabledEvent("NOT_PERSISTED");
        assertThat(env.has("session")).isFalse();
        assertThat(env.path("context").path("System").path("user").path("userId").asText()).isEqualTo(USER);
        assertThat(env.path("context").path("System").path("application").path("applicationId").asText()).isEqualTo(SKILL);
        JsonNode request = env.path("request");
        assertThat(request.path("type").asText()).isEqualTo("AlexaSkillEvent.SkillDisabled");
        assertThat(request.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
        assertThat(request.path("timestamp").asText()).isEqualTo("2024-03-01T09:30:15Z");
        assertThat(request.path("eventCreationTime").asText()).isEqualTo("2024-03-01T09:30:15Z");
        assertThat(request.path("eventPublishingTime").asText()).isEqualTo("2024-03-01T09:30:15Z");
        assertThat(request.path("body").path("userInformationPersistenceStatus").asText()).isEqualTo("NOT_PERSISTED");

        assertThat(asSdkSees(env).getRequest()).isInstanceOf(SkillDisabledRequest.class);
    }

    @Test
    void by_default_envelopes_point_at_alexas_api_endpoint_and_carry_no_permissions() {
        ObjectNode env = envelopes.launchRequest(Envelopes.Session.startNew());
        assertThat(envelopes.apiEndpoint()).isEqualTo(Envelopes.API_ENDPOINT);
        assertThat(envelopes.permissions()).isEmpty();
        assertThat(env.path("context").path("System").path("apiEndpoint").asText()).isEqualTo(Envelopes.API_ENDPOINT);
        assertThat(env.path("context").path("System").path("user").has("permissions")).isFalse();
        assertThat(asSdkSees(env).getContext().getSystem().getUser().getPermissions()).isNull();
    }

    @Test
    void with_api_endpoint_points_every_kind_of_envelope_at_it_and_leaves_the_original_as_it_was() {
        Envelopes stubbed = envelopes.withApiEndpoint("http://127.0.0.1:8421");
        Envelopes.Session session = Envelopes.Session.startNew();
        List<ObjectNode> all = List.of(stubbed.launchRequest(session),
                stubbed.intentRequest(session, model.intent("EasierIntent").orElseThrow(), Map.of()),
                stubbed.sessionEndedRequest(session, "USER_INITIATED"),
                stubbed.exceptionEncountered(null, "INVALID_RESPONSE", "x", "y"),
                stubbed.skillDisabledEvent("PERSISTED"),
                stubbed.connectionsResponse(session, "AskFor", "ACCEPTED", "t"));
        for (ObjectNode env : all) {
            assertThat(env.path("context").path("System").path("apiEndpoint").asText()).isEqualTo("http://127.0.0.1:8421");
            assertThat(env.path("context").path("System").path("apiAccessToken").asText()).isNotBlank();
        }
        assertThat(stubbed.apiEndpoint()).isEqualTo("http://127.0.0.1:8421");
        assertThat(stubbed.skillId()).isEqualTo(SKILL);
        assertThat(stubbed.userId()).isEqualTo(USER);
        assertThat(stubbed.deviceId()).isEqualTo("amzn1.ask.device.TEST");
        assertThat(envelopes.apiEndpoint()).isEqualTo(Envelopes.API_ENDPOINT);
        assertThatThrownBy(() -> envelopes.withApiEndpoint(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_permissions_lists_each_granted_scope_with_a_consent_token_as_the_sdk_reads_it() {
        Envelopes granted = envelopes.withPermissions(Set.of(Envelopes.REMINDERS_SCOPE));
        ObjectNode env = granted.launchRequest(Envelopes.Session.startNew());

        JsonNode permissions = env.path("context").path("System").path("user").path("permissions");
        assertThat(permissions.path("consentToken").asText()).isNotBlank();
        assertThat(permissions.path("scopes").path(Envelopes.REMINDERS_SCOPE).path("status").asText()).isEqualTo("GRANTED");
        assertThat(permissions.path("scopes").size()).isEqualTo(1);
        assertThat(granted.permissions()).containsExactly(Envelopes.REMINDERS_SCOPE);
        assertThat(envelopes.permissions()).isEmpty();

        Permissions parsed = asSdkSees(env).getContext().getSystem().getUser().getPermissions();
        assertThat(parsed.getScopes().get(Envelopes.REMINDERS_SCOPE).getStatus()).isEqualTo(PermissionStatus.GRANTED);
    }

    @Test
    void permissions_and_the_api_endpoint_are_kept_by_each_others_copies_and_none_means_no_permissions_object() {
        Envelopes both = envelopes.withPermissions(Set.of("a::one", "b::two")).withApiEndpoint("http://127.0.0.1:1");
        ObjectNode env = both.intentRequest(Envelopes.Session.startNew(), model.intent("EasierIntent").orElseThrow(), Map.of());
        assertThat(env.path("context").path("System").path("user").path("permissions").path("scopes").size()).isEqualTo(2);
        assertThat(both.withApiEndpoint("http://127.0.0.1:2").permissions()).containsExactlyInAnyOrder("a::one", "b::two");
        assertThat(both.withPermissions(Set.of()).apiEndpoint()).isEqualTo("http://127.0.0.1:1");

        ObjectNode none = both.withPermissions(Set.of()).launchRequest(Envelopes.Session.startNew());
        assertThat(none.path("context").path("System").path("user").has("permissions")).isFalse();
        assertThat(none.path("context").path("System").path("user").path("userId").asText()).isEqualTo(USER);
    }

    @Test
    void a_connections_response_answers_ask_for_with_the_status_token_and_scope_in_the_session_given() {
        Envelopes.Session fresh = Envelopes.Session.startNew();
        ObjectNode env = envelopes.connectionsResponse(fresh, "AskFor", "DENIED", "daily-reminder@07:00");

        JsonNode request = env.path("request");
        assertThat(request.path("type").asText()).isEqualTo("Connections.Response");
        assertThat(request.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
        assertThat(request.path("timestamp").asText()).isEqualTo("2024-03-01T09:30:15Z");
        assertThat(request.path("locale").asText()).isEqualTo("en-US");
        assertThat(request.path("name").asText()).isEqualTo("AskFor");
        assertThat(request.path("status").path("code").asText()).isEqualTo("200");
        assertThat(request.path("status").path("message").asText()).isEqualTo("OK");
        assertThat(request.path("token").asText()).isEqualTo("daily-reminder@07:00");
        assertThat(request.path("payload").path("status").asText()).isEqualTo("DENIED");
        assertThat(request.path("payload").path("isCardThrown").isBoolean()).isTrue();
        assertThat(request.path("payload").path("isCardThrown").asBoolean()).isFalse();
        assertThat(request.path("payload").path("permissionScope").asText()).isEqualTo(Envelopes.REMINDERS_SCOPE);

        assertThat(env.path("session").path("new").asBoolean()).isTrue();
        assertThat(env.path("session").path("sessionId").asText()).isEqualTo(fresh.sessionId());
        assertThat(env.path("session").has("attributes")).isFalse();
        JsonNode system = env.path("context").path("System");
        assertThat(system.path("user").path("userId").asText()).isEqualTo(USER);
        assertThat(system.path("device").path("deviceId").asText()).isEqualTo("amzn1.ask.device.TEST");
        assertThat(system.path("apiEndpoint").asText()).isEqualTo(Envelopes.API_ENDPOINT);
        assertThat(system.path("apiAccessToken").asText()).isNotBlank();

        ConnectionsResponse parsed = (ConnectionsResponse) asSdkSees(env).getRequest();
        assertThat(parsed.getName()).isEqualTo("AskFor");
        assertThat(parsed.getToken()).isEqualTo("daily-reminder@07:00");
        assertThat(parsed.getStatus().getCode()).isEqualTo("200");
        assertThat(parsed.getPayload()).containsEntry("status", "DENIED").containsEntry("permissionScope", Envelopes.REMINDERS_SCOPE);
    }

    @Test
    void a_connections_response_can_name_another_scope_and_come_outside_a_session() {
        ObjectNode env = envelopes.connectionsResponse(null, "AskFor", "ACCEPTED", "tok", "alexa::profile:email:read");
        assertThat(env.has("session")).isFalse();
        assertThat(env.path("request").path("payload").path("permissionScope").asText()).isEqualTo("alexa::profile:email:read");
    }

    // --- the device's locale --------------------------------------------------------------------------------

    @Test
    void envelopes_carry_en_us_unless_given_another_locale() {
        assertThat(envelopes.locale()).isEqualTo(Envelopes.LOCALE).isEqualTo("en-US");
        assertThat(new Envelopes(SKILL, USER).locale()).isEqualTo("en-US");
    }

    @Test
    void every_request_carries_the_locale_the_envelopes_are_for() {
        Envelopes german = envelopes.withLocale("de-DE");
        Envelopes.Session session = Envelopes.Session.startNew();
        List<ObjectNode> all = List.of(
                german.launchRequest(session),
                german.intentRequest(session, model.intent("EasierIntent").orElseThrow(), Map.of()),
                german.sessionEndedRequest(session, "USER_INITIATED"),
                german.exceptionEncountered(session, "INVALID_RESPONSE", "bad", "amzn1.echo-api.request.x"),
                german.connectionsResponse(session, "AskFor", "ACCEPTED", "tok"),
                german.userEvent(session, "token", List.of("press", "next"), "next"));
        for (ObjectNode env : all) {
            assertThat(env.path("request").path("locale").asText()).as(env.path("request").path("type").asText())
                    .isEqualTo("de-DE");
            assertThat(asSdkSees(env).getRequest().getLocale()).isEqualTo("de-DE");
        }
        assertThat(german.locale()).isEqualTo("de-DE");
        assertThat(envelopes.launchRequest(session).path("request").path("locale").asText()).as("the original is unchanged")
                .isEqualTo("en-US");
    }

    @Test
    void a_locale_given_to_the_constructor_or_kept_through_the_other_copies_stays() {
        Envelopes mexican = new Envelopes(SKILL, USER, "amzn1.ask.device.TEST", CLOCK, "es-MX");
        Envelopes copy = mexican.withPermissions(Set.of(Envelopes.REMINDERS_SCOPE)).withApiEndpoint("http://127.0.0.1:1")
                .withScreen(ScreenDevice.ECHO_SHOW_8);
        assertThat(copy.locale()).isEqualTo("es-MX");
        assertThat(copy.launchRequest(Envelopes.Session.startNew()).path("request").path("locale").asText()).isEqualTo("es-MX");
    }

    @Test
    void a_locale_is_a_language_and_a_country() {
        for (String bad : new String[] {"de", "german", "de_DE", "DE-de", "", null}) {
            assertThatThrownBy(() -> envelopes.withLocale(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("such as en-US or de-DE");
        }
    }

    /** The envelope as the ASK SDK behind the skill's entry point reads it. */
    private static RequestEnvelope asSdkSees(ObjectNode envelope) {
        return new JacksonSerializer().deserialize(envelope.toString(), RequestEnvelope.class);
    }
}
