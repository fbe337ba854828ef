package com.backstretches.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A content editor's mistakes are caught at load, with a message naming the stretch and the field. */
class RoutineLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_shipped_file_loads() {
        assertThat(RoutineLoader.fromJson(shipped().toString(), "test").stretches()).hasSize(6);
    }

    @Test
    void a_missing_field_names_the_stretch_and_the_field() {
        assertRejected(f -> stretch(f, 1).remove("targets"), "stretch 'wag-tail': missing field 'targets'");
        assertRejected(f -> ((ObjectNode) stretch(f, 0).get("dose")).remove("sets"), "stretch 'prone-extension': missing field 'dose.sets'");
        assertRejected(f -> version(f, 4, "standard").remove("reminder"), "stretch 'half-pancake': missing field 'versions.standard.reminder'");
        assertRejected(f -> stretch(f, 2).remove("holdCue"), "stretch 'quadruped-sidebend': missing field 'holdCue'");
    }

    @Test
    void a_hold_outside_1_to_120_seconds_is_rejected() {
        assertRejected(f -> hold(f, 0).put("maxSeconds", 500),
                "stretch 'prone-extension': field 'dose.hold.maxSeconds' is 500 s, a hold must be 1-120 s");
        assertRejected(f -> hold(f, 4).put("minSeconds", 0),
                "stretch 'half-pancake': field 'dose.hold.minSeconds' is 0 s, a hold must be 1-120 s");
        assertRejected(f -> ((ObjectNode) stretch(f, 5).at("/dose/cycle/holds/1")).put("seconds", 121),
                "stretch 'a-frame-to-squat': field 'dose.cycle.holds[1].seconds' is 121 s, a hold must be 1-120 s");
    }

    @Test
    void a_reversed_hold_range_is_rejected() {
        assertRejected(f -> hold(f, 0).put("minSeconds", 61), "field 'dose.hold.minSeconds' (61) is above 'dose.hold.maxSeconds' (60)");
    }

    @Test
    void a_duplicate_id_is_rejected() {
        assertRejected(f -> stretch(f, 3).put("id", "wag-tail"), "stretch 'wag-tail': duplicate id 'wag-tail' (also used by stretch #2)");
    }

    @Test
    void a_name_claimed_by_two_stretches_is_rejected() {
        assertRejected(f -> ((ArrayNode) stretch(f, 4).get("alsoCalled")).add("side bend"),
                "stretch 'half-pancake': field 'alsoCalled' repeats the name 'side bend' of stretch 'quadruped-sidebend'");
    }

    @Test
    void a_misspelt_field_is_rejected_rather_than_ignored() {
        assertRejected(f -> ((ObjectNode) stretch(f, 0).get("dose")).put("rpes", 12), "stretch 'prone-extension': unknown field 'rpes' in 'dose'");
    }

    @Test
    void a_missing_easier_or_standard_version_is_rejected() {
        assertRejected(f -> ((ObjectNode) stretch(f, 1).get("versions")).remove("easier"), "stretch 'wag-tail': missing field 'versions.easier'");
        assertRejected(f -> ((ObjectNode) stretch(f, 1).get("versions")).set("hardest", version(f, 1, "harder").deepCopy()),
                "stretch 'wag-tail': field 'versions.hardest' is not a version");
    }

    @Test
    void side_placeholders_are_checked() {
        assertRejected(f -> version(f, 0, "standard").put("reminder", "Lift on the {side}."),
                "stretch 'prone-extension': placeholder {side} used in \"Lift on the {side}.\" but 'sides' is not 'each'");
        assertRejected(f -> version(f, 2, "standard").put("reminder", "Hands to the {sdie}."),
                "stretch 'quadruped-sidebend': unknown placeholder {sdie}");
    }

    @Test
    void reps_need_a_rhythm_and_a_hold_needs_a_cue() {
        assertRejected(f -> stretch(f, 0).remove("rhythm"), "stretch 'prone-extension': missing field 'rhythm' (the stretch has reps)");
        assertRejected(f -> stretch(f, 1).put("holdCue", "Hold."), "stretch 'wag-tail': field 'holdCue' is given but the dose has no hold");
    }

    @Test
    void an_unknown_side_mode_is_rejected() {
        assertRejected(f -> stretch(f, 0).put("sides", "both"), "field 'sides' is 'both', must be none, each or alternating");
    }

    @Test
    void every_problem_is_listed_at_once() {
        ObjectNode file = shipped();
        stretch(file, 0).remove("name");
        hold(file, 2).put("maxSeconds", 300);
        assertThatThrownBy(() -> RoutineLoader.fromJson(file.toString(), "edited.json"))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("Routine file edited.json is invalid")
                .hasMessageContaining("stretch 'prone-extension': missing field 'name'")
                .hasMessageContaining("stretch 'quadruped-sidebend': field 'dose.hold.maxSeconds' is 300 s");
    }

    @Test
    void broken_json_says_where() {
        assertThatThrownBy(() -> RoutineLoader.fromJson("{\"title\": \"x\",\n \"stretches\": [ }", "broken.json"))
                .isInstanceOf(RoutineFileException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void an_empty_routine_is_rejected() {
        assertThatThrownBy(() -> RoutineLoader.fromJson("{\"title\": \"x\", \"stretches\": []}", "empty.json"))
                .hasMessageContaining("missing field 'stretches'");
    }

    @Test
    void a_missing_resource_is_reported_by_name() {
        assertThatThrownBy(() -> RoutineLoader.fromResource("routine/nope.json"))
                .isInstanceOf(RoutineFileException.class)
                .hasMessageContaining("routine/nope.json");
    }

    private static void assertRejected(Consumer<ObjectNode> edit, String expectedProblem) {
        ObjectNode file = shipped();
        edit.accept(file);
        assertThatThrownBy(() -> RoutineLoader.fromJson(file.toString(), "edited.json"))
                .isInstanceOf(RoutineFileException.class)
                .hasMessageContaining(expectedProblem);
    }

    private static ObjectNode shipped() {
        try (InputStream in = RoutineLoaderTest.class.getClassLoader().getResourceAsStream(RoutineLoader.DEFAULT_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode stretch(ObjectNode file, int index) {
        return (ObjectNode) file.get("stretches").get(index);
    }

    private static ObjectNode version(ObjectNode file, int index, String level) {
        return (ObjectNode) stretch(file, index).get("versions").get(level);
    }

    private static ObjectNode hold(ObjectNode file, int index) {
        return (ObjectNode) stretch(file, index).get("dose").get("hold");
    }
}
