package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.CoachState;
import com.backstretches.coach.TurnState;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Offers;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.Visit;
import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.Move;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.practice.EasierHistory;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.ProfileChange.Placement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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
    void what_the_store_held_travels_with_the_session_so_the_next_request_can_write_without_reading() throws Exception {
        Profile kept = new Profile(position, true, Instant.parse("2026-11-23T18:00:00Z"),
                List.of(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22")), 5,
                new EasierHistory(Map.of("half-pancake", List.of(LocalDate.parse("2026-11-22"))), Set.of("wag-tail")),
                Optional.of(ZoneId.of("Europe/Berlin")));
        for (StoreSnapshot snapshot : List.of(StoreSnapshot.of(new StoredProfile(kept, 7)), StoreSnapshot.NOTHING_STORED)) {
            SessionData withCopy = new SessionData(data.dialog(), data.last(), false, Optional.empty(), Optional.empty(),
                    Optional.of(snapshot));
            assertThat(codec.decode(throughAlexa(codec.encode(withCopy)))).contains(withCopy);
        }
    }

    @Test
    void a_stored_copy_that_cannot_be_read_is_forgotten_and_the_next_request_reads_the_store_instead() throws Exception {
        SessionData withCopy = new SessionData(data.dialog(), data.last(), false, Optional.empty(), Optional.empty(),
                Optional.of(StoreSnapshot.of(new StoredProfile(new Profile(position, false, Instant.EPOCH, List.of()), 3))));
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("stretch", "cobra", "side", "UP", "lastActive", "noon",
                "finishedOn", List.of("yesterday")).entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = new HashMap<>((Map<String, Object>) codec.encode(withCopy).get(SessionCodec.KEY));
            @SuppressWarnings("unchecked")
            Map<String, Object> stored = new HashMap<>((Map<String, Object>) state.get("stored"));
            @SuppressWarnings("unchecked")
            Map<String, Object> profile = new HashMap<>((Map<String, Object>) stored.get("profile"));
            profile.put(bad.getKey(), bad.getValue());
            stored.put("profile", profile);
            state.put("stored", stored);
            Optional<SessionData> decoded = codec.decode(throughAlexa(Map.of(SessionCodec.KEY, state)));
            assertThat(decoded).as(bad.toString()).isPresent();
            assertThat(decoded.get().stored()).as(bad.toString()).isEmpty();
            assertThat(decoded.get().dialog()).isEqualTo(withCopy.dialog());
        }
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

    // ---- daily practice: pace, quick version, streak, offers, time zone ----

    private static final List<String> PRACTICE_KEYS = List.of("pace", "routineLength", "turnPace", "streak", "readyForStandard",
            "standardOffered", "pendingOfferStretch", "pendingOfferCommand", "pendingOfferName", "easierAskedOn", "timeZone", "pendingReminder");
    private static final List<String> UNSAVED_PRACTICE_KEYS = List.of("routineLength", "pace", "easierUsed", "offeredStandard", "timeZone");

    private final ZoneId berlin = ZoneId.of("Europe/Berlin");
    private final LocalDate today = LocalDate.parse("2026-11-23");
    private final Position quickSlow = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.RIGHT, 1),
            Map.of("half-pancake", Level.EASIER), 45, Pace.SLOWER, RoutineLength.QUICK);
    private final ProfileChange unsavedPractice = new ProfileChange(
            Optional.of(new Placement(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.RIGHT, 1), RoutineLength.QUICK)),
            Map.of("half-pancake", Level.EASIER), Optional.of(45), Optional.of(false), Optional.of(today), Instant.parse("2026-11-23T18:00:00Z"),
            Optional.of(Pace.SLOWER), Map.of("half-pancake", today, "wag-tail", today.minusDays(1)), Set.of("half-pancake", "prone-extension"),
            Optional.of(berlin));

    private SessionData practice(Optional<Offers.StandardOffer> pending) {
        return new SessionData(new DialogState(
                new CoachState(quickSlow, Set.of("prone-extension", "quadruped-sidebend"),
                        Optional.of(new TurnState(Move.OTHER_SIDE, false, 0, 45, Pace.FASTER)), false),
                Question.TRY_STANDARD,
                new Visit(false, false, new Streak(4, false, 7, 5), Set.of("half-pancake", "wag-tail")),
                true,
                new Offers(Set.of("half-pancake"), pending, Optional.of("wag-tail"), Optional.of(LocalTime.of(7, 30)))),
                Optional.of(new LastSpeech("<speak>Try the standard half pancake today?</speak>", "<speak>Yes or no?</speak>")), false,
                Optional.of(unsavedPractice), Optional.of(berlin), Optional.empty());
    }

    private final SessionData practice = practice(Optional.of(new Offers.StandardOffer("half-pancake", new Command.GoTo("half pancake"))));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> throughAlexa(Map<String, Object> attributes) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return json.readValue(json.writeValueAsString(attributes), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stateOf(SessionData d) {
        return new HashMap<>((Map<String, Object>) codec.encode(d).get(SessionCodec.KEY));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unsavedOf(Map<String, Object> state) {
        return new HashMap<>((Map<String, Object>) state.get("unsaved"));
    }

    private Optional<SessionData> decodeState(Map<String, Object> state) {
        return codec.decode(Map.of(SessionCodec.KEY, state));
    }

    @Test
    void the_daily_practice_state_survives_the_trip_through_alexa_as_json() throws Exception {
        Optional<SessionData> decoded = codec.decode(throughAlexa(codec.encode(practice)));
        assertThat(decoded).contains(practice);
        SessionData d = decoded.orElseThrow();
        assertThat(d.dialog().coach().position().pace()).isEqualTo(Pace.SLOWER);
        assertThat(d.dialog().coach().position().length()).isEqualTo(RoutineLength.QUICK);
        assertThat(d.dialog().coach().turn()).hasValueSatisfying(t -> assertThat(t.pace()).isEqualTo(Pace.FASTER));
        assertThat(d.dialog().visit().streak()).isEqualTo(new Streak(4, false, 7, 5));
        assertThat(d.dialog().offers().pending()).contains(new Offers.StandardOffer("half-pancake", new Command.GoTo("half pancake")));
        assertThat(d.dialog().offers().reminder()).contains(LocalTime.of(7, 30));
        assertThat(d.zone()).contains(berlin);
        assertThat(d.unsaved()).contains(unsavedPractice);
    }

    @Test
    void a_plan_under_way_and_a_plan_waiting_for_its_yes_survive_the_trip_through_alexa() throws Exception {
        RoutineLength tenMinutes = RoutineLength.planned(10, 1, 30, 5, 3);
        Position inPlan = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.RIGHT, 1), Map.of(), 45, Pace.NORMAL, tenMinutes);
        SessionData offered = new SessionData(new DialogState(new CoachState(inPlan, Set.of(), Optional.empty(), false),
                Question.START_PLAN, practice.dialog().visit(), true,
                new Offers(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(RoutineLength.planned(20, 1, 0, 0, 0)))),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
        Optional<SessionData> decoded = codec.decode(throughAlexa(codec.encode(offered)));
        assertThat(decoded).contains(offered);
        assertThat(decoded.orElseThrow().dialog().coach().position().length()).isEqualTo(tenMinutes);
        assertThat(decoded.orElseThrow().dialog().offers().plan()).contains(RoutineLength.planned(20, 1, 0, 0, 0));

        for (String bad : List.of("PLAN:10:1:20:5:3", "PLAN:ten:1:30:5:3", "PLAN:10:1:30:5", "LONG")) {
            Map<String, Object> state = stateOf(offered);
            state.put("pendingPlan", bad);
            assertThat(decodeState(state)).as("pending plan %s", bad).isEmpty();
            state = stateOf(offered);
            state.put("routineLength", bad);
            assertThat(decodeState(state)).as("routine length %s", bad).isEmpty();
        }
        Map<String, Object> twoSetsAtSetThree = stateOf(offered);
        twoSetsAtSetThree.put("routineLength", RoutineLength.planned(25, 2, 0, 0, 0).name());
        twoSetsAtSetThree.put("set", 3);
        assertThat(decodeState(twoSetsAtSetThree)).as("set three of a two-set plan").isEmpty();
    }

    @Test
    void every_command_an_offer_can_defer_comes_back_as_the_same_command() throws Exception {
        for (Command deferred : List.of(new Command.Next(), new Command.Start(), new Command.StartQuick(), new Command.StartOver(),
                new Command.StartPlan(RoutineLength.planned(15, 1, 0, 8, 8)),
                new Command.Previous(), new Command.SkipStretch(), new Command.RepeatSet(), new Command.Resume(),
                new Command.GoTo("half pancake"))) {
            SessionData d = practice(Optional.of(new Offers.StandardOffer("half-pancake", deferred)));
            assertThat(codec.decode(throughAlexa(codec.encode(d)))).as(deferred.toString()).contains(d);
        }
    }

    @Test
    void a_session_with_no_offer_pending_and_no_reminder_or_zone_round_trips_as_none() throws Exception {
        SessionData quiet = new SessionData(new DialogState(practice.dialog().coach(), Question.CONTINUE, practice.dialog().visit(), true,
                Offers.NONE), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(codec.decode(throughAlexa(codec.encode(quiet)))).contains(quiet);
    }

    @Test
    void a_session_written_before_daily_practice_still_decodes_as_it_was() {
        Map<String, Object> state = stateOf(data);
        PRACTICE_KEYS.forEach(state::remove);
        Map<String, Object> unsaved = unsavedOf(state);
        UNSAVED_PRACTICE_KEYS.forEach(unsaved::remove);
        state.put("unsaved", unsaved);
        assertThat(decodeState(state)).contains(data);
    }

    @Test
    void a_session_without_the_daily_practice_fields_decodes_with_their_defaults() {
        Map<String, Object> state = stateOf(practice);
        PRACTICE_KEYS.forEach(state::remove);
        Map<String, Object> unsaved = unsavedOf(state);
        UNSAVED_PRACTICE_KEYS.forEach(unsaved::remove);
        state.put("unsaved", unsaved);
        SessionData d = decodeState(state).orElseThrow();
        Position p = d.dialog().coach().position();
        assertThat(p.pace()).isEqualTo(Pace.NORMAL);
        assertThat(p.length()).isEqualTo(RoutineLength.FULL);
        assertThat(p.step()).isEqualTo(quickSlow.step());
        assertThat(d.dialog().coach().turn()).hasValueSatisfying(t -> assertThat(t.pace()).as("the position's pace").isEqualTo(Pace.NORMAL));
        assertThat(d.dialog().visit().streak()).isEqualTo(Streak.NONE);
        assertThat(d.dialog().visit().readyForStandard()).isEmpty();
        assertThat(d.dialog().offers()).isEqualTo(Offers.NONE);
        assertThat(d.zone()).isEmpty();
        ProfileChange change = d.unsaved().orElseThrow();
        assertThat(change.placement()).hasValueSatisfying(pl -> assertThat(pl.length()).isEqualTo(RoutineLength.FULL));
        assertThat(change.pace()).isEmpty();
        assertThat(change.easierUsed()).isEmpty();
        assertThat(change.offeredStandard()).isEmpty();
        assertThat(change.timeZone()).isEmpty();
        assertThat(change.levels()).isEqualTo(unsavedPractice.levels());
        assertThat(change.finishedOn()).contains(today);
    }

    @Test
    void a_turn_from_before_the_pace_was_kept_is_spoken_at_the_positions_pace() {
        Map<String, Object> state = stateOf(practice);
        state.remove("turnPace");
        assertThat(decodeState(state).orElseThrow().dialog().coach().turn())
                .hasValueSatisfying(t -> assertThat(t.pace()).isEqualTo(Pace.SLOWER));
    }

    @Test
    void a_tampered_pending_offer_drops_the_whole_state() {
        List<Map<String, Object>> tampered = List.of(
                Map.of("pendingOfferStretch", "cobra"),
                Map.of("pendingOfferCommand", "SetHoldTime"),
                Map.of("pendingOfferCommand", "Easier"),
                Map.of("pendingOfferCommand", "WhereAmI"),
                Map.of("pendingOfferCommand", "GoTo", "pendingOfferName", " "));
        assertThat(decodeState(stateOf(practice))).as("untampered").contains(practice);
        for (Map<String, Object> bad : tampered) {
            Map<String, Object> state = stateOf(practice);
            state.putAll(bad);
            assertThat(decodeState(state)).as(bad.toString()).isEmpty();
        }
        Map<String, Object> noCommand = stateOf(practice);
        noCommand.put("pendingOfferCommand", null);
        assertThat(decodeState(noCommand)).as("an offer with nothing deferred").isEmpty();
    }

    @Test
    void a_tampered_daily_practice_value_anywhere_drops_the_whole_state() {
        Map<String, Object> badStreak = Map.of("current", 5, "doneToday", true, "longest", 2, "lastSevenDays", 5);
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "pace", "LUDICROUS", "routineLength", "MEDIUM", "turnPace", "WARP", "streak", badStreak,
                "readyForStandard", List.of("cobra"), "standardOffered", List.of("half-pancake", "cobra"), "easierAskedOn", "cobra",
                "timeZone", "Mars/Olympus_Mons", "pendingReminder", "half past seven").entrySet()) {
            Map<String, Object> state = stateOf(practice);
            state.put(bad.getKey(), bad.getValue());
            assertThat(decodeState(state)).as(bad.toString()).isEmpty();
        }
    }

    @Test
    void a_tampered_daily_practice_value_in_the_unsaved_change_drops_the_whole_state() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "routineLength", "MEDIUM", "pace", "WARP", "easierUsed", Map.of("cobra", "2026-11-23"),
                "offeredStandard", List.of("cobra"), "timeZone", "Nowhere/Land").entrySet()) {
            Map<String, Object> state = stateOf(practice);
            Map<String, Object> unsaved = unsavedOf(state);
            unsaved.put(bad.getKey(), bad.getValue());
            state.put("unsaved", unsaved);
            assertThat(decodeState(state)).as(bad.toString()).isEmpty();
        }
        Map<String, Object> state = stateOf(practice);
        Map<String, Object> unsaved = unsavedOf(state);
        unsaved.put("easierUsed", Map.of("wag-tail", "yesterday"));
        state.put("unsaved", unsaved);
        assertThat(decodeState(state)).as("an easier day that is not a date").isEmpty();
    }

    @Test
    void a_quick_position_past_set_one_is_not_ours_and_drops_the_state() {
        Map<String, Object> state = stateOf(practice);
        state.put("side", "LEFT");
        state.put("set", 2);
        assertThat(decodeState(state)).isEmpty();
        state.put("routineLength", "FULL");
        assertThat(decodeState(state)).as("the same step in the full routine").isPresent();

        Map<String, Object> unsavedAtSet2 = stateOf(practice);
        Map<String, Object> unsaved = unsavedOf(unsavedAtSet2);
        unsaved.put("set", 2);
        unsavedAtSet2.put("unsaved", unsaved);
        assertThat(decodeState(unsavedAtSet2)).as("an unsaved quick placement at set two").isEmpty();
    }
}
