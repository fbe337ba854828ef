package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.CoachState;
import com.backstretches.coach.TurnState;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.Visit;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Move;
import com.backstretches.session.Navigator;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.ProfileChange.Placement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    private final SessionCodec codec = new SessionCodec(new Navigator(RoutineLoader.standard()));
    private final Position position = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.RIGHT, 1),
            Map.of("half-pancake", Level.EASIER, "a-frame-to-squat", Level.HARDER), 45);
    private final SessionData data = new SessionData(new DialogState(
            new CoachState(position, Set.of("prone-extension", "half-pancake"), Optional.of(new TurnState(Move.OTHER_SIDE, false, 1, 60)), false),
            Question.TRY_EASIER, new Visit(false, true, true), true), Optional.of(new LastSpeech("<speak>Hi.</speak>", "")), true,
            Optional.of(new ProfileChange(Optional.of(new Placement(Status.IN_PROGRESS, new Step("half-pancake", Side.RIGHT, 1))),
                    Map.of("half-pancake", Level.EASIER, "prone-extension", Level.STANDARD), Optional.of(45), Optional.of(false),
                    Optional.of(LocalDate.parse("2026-11-23")), Instant.parse("2026-11-23T18:00:00Z"))));

    @Test
    void session_state_survives_the_trip_through_alexa_as_json() throws Exception {
        // Alexa hands attributes back as parsed JSON, so go through text as it does.
        ObjectMapper json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> returned = json.readValue(json.writeValueAsString(codec.encode(data)), Map.class);
        assertThat(codec.decode(returned)).contains(data);
    }

    @Test
    void a_session_without_our_state_or_with_another_format_decodes_to_nothing() {
        assertThat(codec.decode(null)).isEmpty();
        assertThat(codec.decode(Map.of())).isEmpty();
        assertThat(codec.decode(Map.of(SessionCodec.KEY, "not an object"))).isEmpty();
        Map<String, Object> attributes = codec.encode(data);
        @SuppressWarnings("unchecked")
        Map<String, Object> state = new HashMap<>((Map<String, Object>) attributes.get(SessionCodec.KEY));
        state.put("format", 99);
        assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).isEmpty();
    }

    @Test
    void a_tampered_value_anywhere_means_the_whole_state_is_dropped() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "status", "DANCING", "stretch", "cobra", "set", -1, "holdSeconds", 500, "side", "UP",
                "question", "WHY", "turnLead", "JUMPED", "versions", Map.of("wag-tail", "EXTREME"), "turnPart", -2, "turnHoldSeconds", 500).entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(data).get(SessionCodec.KEY));
            state.put(bad.getKey(), bad.getValue());
            assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).as(bad.toString()).isEmpty();
        }
    }

    @Test
    void an_unsaved_change_that_is_not_ours_to_trust_drops_the_whole_state() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "status", "DANCING", "stretch", "cobra", "set", 9, "holdSeconds", 5, "levels", Map.of("cobra", "EASIER"),
                "finishedOn", "yesterday", "at", "noon").entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(data).get(SessionCodec.KEY));
            @SuppressWarnings("unchecked")
            Map<String, Object> unsaved = new HashMap<>((Map<String, Object>) state.get("unsaved"));
            unsaved.put(bad.getKey(), bad.getValue());
            state.put("unsaved", unsaved);
            assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).as(bad.toString()).isEmpty();
        }
    }

    @Test
    void last_speech_that_the_skill_could_not_have_written_drops_the_state_since_repeat_would_send_it_as_is() {
        for (String bad : new String[] {"plain words", "<speak>" + "x".repeat(9000) + "</speak>", "<speak><audio src='x'/>"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(data).get(SessionCodec.KEY));
            state.put("lastSpeech", bad);
            assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).as(bad.substring(0, 10)).isEmpty();
        }
    }

    @Test
    void a_session_with_everything_saved_carries_no_unsaved_change() {
        SessionData saved = new SessionData(data.dialog(), data.last(), false, Optional.empty());
        assertThat(codec.encode(saved).get(SessionCodec.KEY)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("unsaved", null);
        assertThat(codec.decode(codec.encode(saved))).contains(saved);
    }

    @Test
    void a_session_from_before_the_set_kept_its_own_hold_time_plans_the_set_at_the_profile_hold() {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(data).get(SessionCodec.KEY));
        state.remove("turnHoldSeconds");
        assertThat(codec.decode(Map.of(SessionCodec.KEY, state)).orElseThrow().dialog().coach().turn())
                .hasValueSatisfying(turn -> assertThat(turn.holdSeconds()).isEqualTo(45));
    }

    @Test
    void missing_required_fields_drop_the_state_but_unknown_extra_fields_do_not() {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(data).get(SessionCodec.KEY));
        state.put("addedByALaterVersion", true);
        assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).contains(data);
        state.remove("holdSeconds");
        assertThat(codec.decode(Map.of(SessionCodec.KEY, state))).isEmpty();
    }
}
