package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.LocalContext;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whatever arrives at the Lambda entry point, mid-routine for a user with saved choices: an Alexa
 * request gets a well-formed answer with something clear to hear, a body that is not one gets a
 * plain error for Lambda to report, and the user's stored item is exactly as it was.
 */
class BadInputTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger storeCalls = new AtomicInteger();
    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE, store -> new CountingStore(store, storeCalls));
    private final AlexaClient alexa = skill.device("amzn1.ask.device.KITCHEN");

    private ObjectNode midRoutine;
    private Map<String, AttributeValue> itemBefore;

    /** Stretch two, easier version, 45-second holds, all saved; the next request continues that session. */
    @BeforeEach
    void userMidRoutineWithSavedChoices() {
        alexa.say("ask back stretches to start my back stretches");
        alexa.say("hold for forty five seconds");
        // Set one's reps after its setup, sets two and three, then the wag tail.
        alexa.say("next");
        alexa.say("next");
        alexa.say("next");
        assertThat(SessionState.where(alexa.say("next"))).isEqualTo("wag-tail NONE 1");
        Turn last = alexa.say("make it easier");
        midRoutine = alexa.lastRequest().deepCopy();
        ObjectNode session = (ObjectNode) midRoutine.get("session");
        session.put("new", false);
        session.set("attributes", last.sessionAttributes());
        assertThat(skill.item().get("version").n()).isNotEqualTo("0");
        itemBefore = skill.item();
        storeCalls.set(0);
    }

    @Test
    void a_body_that_is_not_an_alexa_request_is_refused_with_the_reason_and_no_stack_trace() {
        Map<String, String> reasons = Map.of(
                "", "the body is empty",
                "{\"version\": \"1.0\", \"session\": ", "not valid JSON",
                "[1, 2, 3]", "not a JSON object",
                "\"LaunchRequest\"", "not a JSON object",
                "{\"version\": \"1.0\"}", "no \"request\" object",
                "{\"version\": \"1.0\", \"request\": \"LaunchRequest\"}", "no \"request\" object",
                "{\"version\": \"1.0\", \"request\": {\"requestId\": \"x\"}}", "the request has no type",
                "{\"request\": {\"type\": 42}}", "the request has no type",
                "[".repeat(200_000), "not valid JSON");
        reasons.forEach((body, reason) -> {
            RejectedRequestException e = catchThrowableOfType(RejectedRequestException.class, () -> invoke(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(e).as(abbreviate(body)).isNotNull();
            assertThat(e.getMessage()).as(abbreviate(body)).startsWith("Not an Alexa request:").contains(reason);
            assertThat(e.getStackTrace()).isEmpty();
        });
        assertUntouched();
    }

    @Test
    void a_body_larger_than_lambda_accepts_is_refused_before_it_is_parsed() {
        byte[] huge = ("{\"pad\": \"" + "x".repeat(IncomingRequest.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(RejectedRequestException.class, () -> invoke(huge))).hasMessageContaining("larger than 6 MB");
        assertUntouched();
    }

    @Test
    void a_request_for_another_skill_is_refused_without_reading_or_writing_the_database() {
        ObjectNode envelope = intent("AMAZON.NextIntent", Map.of());
        ((ObjectNode) envelope.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.someone-else");
        ((ObjectNode) envelope.at("/session/application")).put("applicationId", "amzn1.ask.skill.someone-else");
        assertThat(catchThrowableOfType(RejectedRequestException.class, () -> invoke(envelope))).hasMessage("Rejected: the request is for another skill.");
        ObjectNode anonymous = intent("AMAZON.NextIntent", Map.of());
        ((ObjectNode) anonymous.at("/context/System/application")).remove("applicationId");
        ((ObjectNode) anonymous.at("/session/application")).remove("applicationId");
        assertThat(catchThrowableOfType(RejectedRequestException.class, () -> invoke(anonymous))).hasMessageContaining("another skill");
        assertThat(storeCalls).as("store calls").hasValue(0);
        assertUntouched();
    }

    @Test
    void a_deployed_function_without_a_skill_id_answers_no_skill() {
        SkillGate gate = Settings.from(Map.of(Settings.LAMBDA_FUNCTION_NAME, "back-stretches", Settings.TABLE_NAME, TABLE)).gate();
        BackStretchesHandler closed = new BackStretchesHandler(new CountingStore(skill.skillStore, storeCalls), skill.clock, RoutineLoader.standard(), gate);
        RejectedRequestException e = catchThrowableOfType(RejectedRequestException.class,
                () -> closed.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(intent("AMAZON.NextIntent", Map.of()))),
                        new ByteArrayOutputStream(), new LocalContext()));
        assertThat(e).hasMessageContaining("SKILL_ID is not set");
        assertThat(storeCalls).hasValue(0);
        assertThat(Settings.from(Map.of()).gate().required()).as("local runs may leave it open").isFalse();
    }

    @Test
    void a_deployed_function_without_a_table_apologises_to_everyone_and_pretends_to_keep_nothing() throws IOException {
        for (String table : new String[] {null, "", "  "}) {
            Map<String, String> env = new java.util.HashMap<>(Map.of(Settings.LAMBDA_FUNCTION_NAME, "back-stretches",
                    Settings.SKILL_ID, EnvelopeTest.SKILL_ID));
            if (table != null) {
                env.put(Settings.TABLE_NAME, table);
            }
            Settings settings = Settings.from(env);
            assertThat(settings.unusable()).as("table %s", table).hasValueSatisfying(why -> assertThat(why).contains("TABLE_NAME"));
            BackStretchesHandler unusable = new BackStretchesHandler(new CountingStore(skill.store, storeCalls), skill.clock,
                    RoutineLoader.standard(), settings.gate(), new com.backstretches.alexa.NoAlexaApi(), settings.unusable());
            for (ObjectNode envelope : new ObjectNode[] {midRoutine, intent("EasierIntent", Map.of()), alexa.envelopes().launchRequest(
                    Envelopes.Session.startNew())}) {
                JsonNode answer = invoke(unusable, envelope);
                ResponseChecks.assertLikeAlexa(answer);
                assertThat(spoken(answer)).contains("isn't set up properly", "try again later");
                assertThat(answer.at("/response/shouldEndSession").asBoolean()).isTrue();
                assertThat(answer.has("sessionAttributes")).as("nothing carried as if it were kept").isFalse();
            }
            JsonNode event = invoke(unusable, (ObjectNode) JSON.readTree(alexa.envelopes().skillDisabledEvent("NOT_PERSISTED").toString()));
            assertThat(event.at("/response/outputSpeech").isMissingNode()).isTrue();
        }
        assertThat(storeCalls).hasValue(0);
        assertUntouched();
        assertThat(Settings.from(Map.of()).unusable()).as("local runs may keep profiles in memory").isEmpty();
        assertThat(Settings.from(Map.of(Settings.LAMBDA_FUNCTION_NAME, "f", Settings.TABLE_NAME, TABLE)).unusable()).isEmpty();
    }

    @Test
    void an_unknown_request_type_is_acknowledged_without_speech() throws IOException {
        ObjectNode envelope = intent("AMAZON.NextIntent", Map.of());
        ObjectNode request = (ObjectNode) envelope.get("request");
        request.put("type", "Alexa.Future.SomethingNew");
        request.remove("intent");
        JsonNode response = answer(envelope);
        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertUntouched();
    }

    @Test
    void an_intent_the_skill_does_not_have_gets_a_clear_answer_and_the_session_goes_on() throws IOException {
        JsonNode response = answer(intent("OrderPizzaIntent", Map.of("size", "large")));
        assertThat(spoken(response)).contains("Sorry, I didn't catch that.");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(response.at("/sessionAttributes/backStretches/stretch")).isEqualTo(midRoutine.at("/session/attributes/backStretches/stretch"));
        assertUntouched();
    }

    @Test
    void missing_empty_and_unmatched_slots_get_a_question_not_an_error() throws IOException {
        assertThat(spoken(answer(intent("GoToStretchIntent", Map.of())))).contains("Which one would you like?");
        assertThat(spoken(answer(intent("GoToStretchIntent", Map.of("stretch", ""))))).contains("Which one would you like?");
        assertThat(spoken(answer(intent("GoToStretchIntent", Map.of("stretch", "?"))))).contains("Which one would you like?");
        assertThat(spoken(answer(intent("GoToStretchIntent", Map.of("stretch", "the cobra"))))).contains("I don't know that stretch");
        assertThat(spoken(answer(intent("EasierIntent", Map.of("stretch", "the cobra"))))).contains("I don't know that stretch");
        assertThat(spoken(answer(intent("DescribeIntent", Map.of("stretch", "zzz"))))).contains("I don't know that stretch");
        ObjectNode holes = intent("EasierIntent", Map.of("stretch", "wag tail"));
        ((ObjectNode) holes.at("/request/intent/slots/stretch")).putObject("resolutions").putArray("resolutionsPerAuthority")
                .addObject().put("authority", "amzn1.er-authority.echo-sdk.STRETCH").putNull("values")
                .putObject("status").put("code", "ER_SUCCESS_MATCH");
        assertThat(spoken(answer(holes))).as("a resolution with holes falls back to the words heard").contains("wag tail");
        ObjectNode noSlots = intent("HoldTimeIntent", Map.of());
        ((ObjectNode) noSlots.at("/request/intent")).remove("slots");
        assertThat(spoken(answer(noSlots))).contains("Holds can be anywhere from thirty to sixty seconds");
        assertUntouched();
    }

    @Test
    void a_hold_time_that_is_not_a_usable_number_leaves_the_saved_one_alone() throws IOException {
        for (String odd : new String[] {"500", "-3", "0", "29", "61", "99999999999999999999", "forty", "4.5", ""}) {
            JsonNode response = answer(intent("HoldTimeIntent", Map.of("seconds", odd)));
            assertThat(spoken(response)).as(odd).containsAnyOf("so I've kept yours at forty-five", "Holds can be anywhere from thirty to sixty");
            assertThat(response.at("/sessionAttributes/backStretches/holdSeconds").asInt()).as(odd).isEqualTo(45);
        }
        assertUntouched();
    }

    @Test
    void a_field_of_the_wrong_type_gets_asked_again_with_the_session_state_kept() throws IOException {
        ObjectNode envelope = intent("AMAZON.NextIntent", Map.of());
        ((ObjectNode) envelope.at("/request/intent")).put("slots", "not an object");
        ((ObjectNode) envelope.get("session")).put("new", "sometimes");
        JsonNode response = answer(envelope);
        assertThat(spoken(response)).contains("Sorry, I didn't quite get that.");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(response.at("/sessionAttributes/backStretches")).isEqualTo(midRoutine.at("/session/attributes/backStretches"));
        assertUntouched();
    }

    @Test
    void an_intent_without_a_session_or_a_name_still_gets_an_answer() throws IOException {
        // Found by EnvelopeFuzzTest: with no session the answer had nowhere to keep its state, failed, and was silent.
        ObjectNode envelope = intent("AMAZON.NextIntent", Map.of());
        envelope.remove("session");
        ((ObjectNode) envelope.at("/request/intent")).remove("name");
        JsonNode response = answer(envelope);
        assertThat(spoken(response)).contains("Sorry, I didn't catch that.");
        assertThat(response.path("sessionAttributes").isMissingNode() || response.path("sessionAttributes").isEmpty()).isTrue();
        assertUntouched();
    }

    @Test
    void a_huge_request_is_answered_as_usual() throws IOException {
        ObjectNode padded = intent("AMAZON.HelpIntent", Map.of());
        ((ObjectNode) padded.at("/context/System/device")).put("padding", "x".repeat(5 * 1024 * 1024));
        assertThat(spoken(answer(padded))).contains("I'll coach you through the routine");
        JsonNode hugeSlot = answer(intent("GoToStretchIntent", Map.of("stretch", "half pancake ".repeat(50_000))));
        assertThat(spoken(hugeSlot)).contains("I don't know that stretch");
        assertUntouched();
    }

    @Test
    void a_locale_the_skill_has_no_words_for_is_answered_in_english() throws IOException {
        for (String locale : new String[] {"fr-FR", "ja-JP", "", "not a locale"}) {
            ObjectNode envelope = intent("AMAZON.HelpIntent", Map.of());
            ((ObjectNode) envelope.get("request")).put("locale", locale);
            assertThat(spoken(answer(envelope))).as(locale).contains("I'll coach you through the routine");
        }
        ObjectNode none = intent("AMAZON.HelpIntent", Map.of());
        ((ObjectNode) none.get("request")).remove("locale");
        assertThat(spoken(answer(none))).contains("I'll coach you through the routine");
        assertUntouched();
    }

    @Test
    void a_session_whose_device_speaks_german_is_answered_in_german_where_it_is() throws IOException {
        ObjectNode envelope = intent("AMAZON.HelpIntent", Map.of());
        ((ObjectNode) envelope.get("request")).put("locale", "de-DE");
        assertThat(spoken(answer(envelope))).doesNotContain("I'll coach you")
                .contains(com.backstretches.speech.Words.of("de-DE").text("help.IN_PROGRESS.question"));
    }

    private ObjectNode intent(String name, Map<String, String> slots) {
        ObjectNode envelope = midRoutine.deepCopy();
        ObjectNode request = (ObjectNode) envelope.get("request");
        request.put("requestId", Envelopes.newRequestId());
        request.put("type", "IntentRequest");
        ObjectNode intent = request.putObject("intent").put("name", name).put("confirmationStatus", "NONE");
        ObjectNode slotsNode = intent.putObject("slots");
        slots.forEach((slot, value) -> slotsNode.putObject(slot).put("name", slot).put("value", value).put("confirmationStatus", "NONE"));
        return envelope;
    }

    private JsonNode answer(ObjectNode envelope) throws IOException {
        byte[] out = invoke(JSON.writeValueAsBytes(envelope));
        JsonNode response = JSON.readTree(out);
        ResponseChecks.assertLikeAlexa(response);
        return response;
    }

    private byte[] invoke(ObjectNode envelope) throws IOException {
        return invoke(JSON.writeValueAsBytes(envelope));
    }

    private static JsonNode invoke(BackStretchesHandler handler, ObjectNode envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, new LocalContext());
        return JSON.readTree(out.toByteArray());
    }

    private byte[] invoke(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        skill.handler.handleRequest(new ByteArrayInputStream(body), out, new LocalContext());
        return out.toByteArray();
    }

    private static String spoken(JsonNode response) {
        return SsmlCheck.parse(response.at("/response/outputSpeech/ssml").asText()).getDocumentElement().getTextContent();
    }

    private void assertUntouched() {
        assertThat(skill.item()).as("the stored item, version included").isEqualTo(itemBefore);
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "... (" + body.length() + " chars)" : body;
    }

    /** The real store, counting every call, to show that a refused request never reaches it. */
    private static final class CountingStore implements ProfileStore {
        private final ProfileStore store;
        private final AtomicInteger calls;

        CountingStore(ProfileStore store, AtomicInteger calls) {
            this.store = store;
            this.calls = calls;
        }

        @Override
        public Optional<StoredProfile> load(String userId) {
            calls.incrementAndGet();
            return store.load(userId);
        }

        @Override
        public void put(String userId, Profile profile, long expectedVersion) {
            calls.incrementAndGet();
            store.put(userId, profile, expectedVersion);
        }

        @Override
        public void delete(String userId) {
            calls.incrementAndGet();
            store.delete(userId);
        }
    }
}
