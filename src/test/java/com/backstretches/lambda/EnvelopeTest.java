package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.Profile;
import com.backstretches.store.StoreFixtures;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real Alexa request envelopes (src/test/resources/requests) through the Lambda entry point, as Lambda calls it. */
class EnvelopeTest {

    static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    static final String USER = "amzn1.ask.account.TESTUSERFIXTURE0001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryProfileStore store = new InMemoryProfileStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private final BackStretchesHandler handler = new BackStretchesHandler(store, clock, RoutineLoader.standard(), Optional.of(SKILL_ID));

    @Test
    void launch_for_a_new_user_welcomes_them_and_asks_to_start_with_a_reprompt() throws IOException {
        JsonNode response = send("launch-new-user.json");
        assertThat(speech(response)).contains("Welcome to Back Stretches", "not medical advice").endsWith("Ready to start?");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(reprompt(response)).isNotBlank();
        assertThat(response.at("/sessionAttributes/backStretches/question").asText()).isEqualTo("START");
        assertThat(store.size()).as("nothing worth keeping happened yet").isZero();
    }

    @Test
    void a_one_shot_start_coaches_the_first_set_and_saves_the_position() throws IOException {
        JsonNode response = send("start-routine-one-shot.json");
        // A new position: the first turn is the stretch's setup, then it waits for the user to be in position.
        assertThat(speech(response)).contains("Stretch one of six: the prone extension.", "Set one of three.")
                .endsWith("Say ready when you're in position.");
        assertThat(reprompt(response)).contains("in position, say ready.");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(response.at("/sessionAttributes/backStretches/question").asText()).isEqualTo("CONTINUE");
        assertThat(StoreFixtures.profileOf(store, USER)).hasValueSatisfying(p -> {
            assertThat(p.position().status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(p.position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 1));
        });
    }

    @Test
    void next_in_a_session_moves_to_the_next_set_from_the_state_the_session_carried() throws IOException {
        // The session carried the last part of set one (its reps, after the setup's part): next is set two.
        JsonNode response = send("next-mid-routine.json");
        assertThat(speech(response)).contains("Set two of three");
        assertThat(response.at("/sessionAttributes/backStretches/set").asInt()).isEqualTo(2);
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().step().set()).isEqualTo(2);
    }

    @Test
    void repeat_says_the_last_response_again_word_for_word_without_moving() throws IOException {
        JsonNode response = send("repeat-mid-routine.json");
        assertThat(ssml(response)).isEqualTo("<speak>Stretch one of six: the prone extension. Say next for set two.</speak>");
        assertThat(reprompt(response)).isEqualTo("<speak>Say next when you're ready, or say pause to stop here.</speak>");
        assertThat(response.at("/sessionAttributes/backStretches/set").asInt()).isEqualTo(1);
        assertThat(store.size()).isZero();
    }

    @Test
    void easier_with_a_resolved_stretch_name_changes_that_stretch_and_keeps_the_current_set() throws IOException {
        JsonNode response = send("easier-named-stretch-mid-routine.json");
        assertThat(speech(response)).contains("the half pancake will use the easier version");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().levelOf("half-pancake")).isEqualTo(Level.EASIER);
        assertThat(response.at("/sessionAttributes/backStretches/stretch").asText()).isEqualTo("prone-extension");
    }

    @Test
    void easier_with_an_empty_slot_makes_the_current_stretch_easier_and_restarts_its_set() throws IOException {
        JsonNode response = send("easier-current-stretch-mid-routine.json");
        assertThat(speech(response)).contains("Okay, the easier version.");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
    }

    @Test
    void a_hold_time_out_of_range_changes_nothing_and_the_range_is_said() throws IOException {
        JsonNode response = send("hold-time-five-hundred.json");
        assertThat(speech(response)).contains("Holds in this routine go from thirty to sixty seconds, so I've kept yours at thirty.");
        assertThat(response.at("/sessionAttributes/backStretches/holdSeconds").asInt()).isEqualTo(HoldTime.DEFAULT);
        assertThat(store.size()).as("nothing to keep").isZero();
    }

    @Test
    void a_hold_time_alexa_could_not_hear_as_a_number_asks_for_one() throws IOException {
        assertThat(speech(send("hold-time-unrecognised-number.json"))).contains("thirty to sixty seconds");
    }

    @Test
    void going_to_a_stretch_not_in_the_routine_lists_the_ones_that_are() throws IOException {
        JsonNode response = send("go-to-unknown-stretch.json");
        assertThat(speech(response)).contains("I don't know that stretch", "half pancake");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void going_to_a_stretch_without_a_name_asks_which_one() throws IOException {
        assertThat(speech(send("go-to-without-a-stretch.json"))).contains("The stretches are", "Which one would you like?");
    }

    @Test
    void help_keeps_the_session_open_with_a_question() throws IOException {
        JsonNode response = send("help.json");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(speech(response)).endsWith("?");
    }

    @Test
    void stop_ends_the_session_and_keeps_the_place() throws IOException {
        Position saved = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1), Map.of(), 30);
        StoreFixtures.overwrite(store, USER, new Profile(saved, false, clock.instant(), List.of()));
        JsonNode response = send("stop-mid-routine.json");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isTrue();
        assertThat(response.at("/response/reprompt").isMissingNode()).isTrue();
        assertThat(speech(response)).contains("Your place is saved");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position()).isEqualTo(saved);
    }

    @Test
    void an_intent_the_skill_does_not_know_gets_the_fallback_answer() throws IOException {
        JsonNode response = send("unknown-intent.json");
        assertThat(speech(response)).contains("Sorry, I didn't catch that.");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void session_state_that_is_not_ours_is_ignored_and_the_stored_profile_is_used() throws IOException {
        Position saved = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.LEFT, 1), Map.of(), 45);
        StoreFixtures.overwrite(store, USER, new Profile(saved, false, clock.instant(), List.of()));
        assertThat(speech(send("tampered-session.json"))).contains("stretch five of six, the half pancake");
    }

    @Test
    void the_end_of_a_session_is_acknowledged_without_speech() throws IOException {
        JsonNode response = send("session-ended-after-reprompt.json");
        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertThat(store.size()).isZero();
    }

    @Test
    void an_error_alexa_reports_is_logged_and_answered_without_speech() throws IOException {
        assertThat(send("exception-encountered.json").at("/response/outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void disabling_the_skill_deletes_the_profile_only_when_alexa_says_not_to_keep_it() throws IOException {
        StoreFixtures.overwrite(store, USER, new Profile(new Position(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1), Map.of(), 30),
                false, clock.instant(), List.of()));
        send("skill-disabled-persisted.json");
        assertThat(StoreFixtures.profileOf(store, USER)).isPresent();
        JsonNode response = send("skill-disabled-not-persisted.json");
        assertThat(StoreFixtures.profileOf(store, USER)).isEmpty();
        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void a_request_for_another_skill_is_rejected_when_the_skill_id_is_set() {
        assertThatThrownBy(() -> send("launch-for-another-skill.json")).isInstanceOf(RejectedRequestException.class)
                .hasMessage("Rejected: the request is for another skill.");
        assertThat(store.size()).isZero();
    }

    @Test
    void without_a_skill_id_any_skill_id_is_answered_as_in_local_runs() throws IOException {
        BackStretchesHandler open = new BackStretchesHandler(store, clock, RoutineLoader.standard(), Optional.empty());
        assertThat(speech(send(open, "launch-for-another-skill.json"))).contains("Welcome to Back Stretches");
    }

    private JsonNode send(String fixture) throws IOException {
        return send(handler, fixture);
    }

    static JsonNode send(BackStretchesHandler h, String fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = EnvelopeTest.class.getResourceAsStream("/requests/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            h.handleRequest(in, out, null);
        }
        JsonNode response = JSON.readTree(out.toByteArray());
        ResponseChecks.assertLikeAlexa(response);
        for (String path : List.of("/response/outputSpeech/ssml", "/response/reprompt/outputSpeech/ssml")) {
            if (!response.at(path).isMissingNode()) {
                SsmlCheck.assertValidSpeech(response.at(path).asText());
            }
        }
        return response;
    }

    /** What is said, as text: SSML escapes and breaks removed. */
    private static String speech(JsonNode response) {
        return SsmlCheck.parse(ssml(response)).getDocumentElement().getTextContent();
    }

    private static String ssml(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asText();
    }

    private static String reprompt(JsonNode response) {
        return response.at("/response/reprompt/outputSpeech/ssml").asText();
    }
}
