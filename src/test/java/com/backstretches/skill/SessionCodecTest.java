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
import com.fasterxml.jackson.databind.ObjectMapper;
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
            Question.TRY_EASIER, new Visit(false, true, true), true), Optional.of(new LastSpeech("<speak>Hi.</speak>", "")), true);

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
