package com.backstretches.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The routine file's limits, at their edges: the last value allowed loads, the first one past it is
 * rejected with exactly one problem naming the stretch and field; and what loads is what the file says.
 */
class RoutineFileLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRONE = 0;
    private static final int WAG_TAIL = 1;
    private static final int SIDEBEND = 2;
    private static final int PANCAKE = 4;
    private static final int A_FRAME = 5;

    @Test
    void what_loads_is_what_the_file_says_trimmed() {
        ObjectNode file = shipped();
        stretch(file, PRONE).put("name", "  prone extension  ");
        Routine routine = load(file);
        Stretch prone = routine.stretch("prone-extension");
        assertThat(prone.name()).isEqualTo("prone extension");
        assertThat(prone.version(Level.STANDARD).setup())
                .containsExactlyElementsOf(strings((ArrayNode) version(file, PRONE, "standard").get("setup")));
        assertThat(prone.version(Level.STANDARD).movement())
                .containsExactlyElementsOf(strings((ArrayNode) version(file, PRONE, "standard").get("movement")));
        assertThat(prone.rhythm()).contains(new Rhythm(stretch(file, PRONE).at("/rhythm/in").asText(), stretch(file, PRONE).at("/rhythm/out").asText()));
    }

    @Test
    void the_a_frame_cycle_is_ten_rounds_of_its_two_timed_holds() {
        Stretch aFrame = load(shipped()).stretch("a-frame-to-squat");
        assertThat(aFrame.dose().cycle()).hasValueSatisfying(cycle -> {
            assertThat(cycle.times()).isEqualTo(10);
            assertThat(cycle.holds()).extracting(TimedHold::name, TimedHold::seconds).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("A-frame", 10), org.assertj.core.groups.Tuple.tuple("squat", 10));
        });
        assertThat(aFrame.dose().hold()).isEmpty();
    }

    @Test
    void sets_go_from_1_to_10() {
        assertLoads(f -> dose(f, PRONE).put("sets", 1));
        assertLoads(f -> dose(f, PRONE).put("sets", 10));
        assertOnlyProblem(f -> dose(f, PRONE).put("sets", 0), "stretch 'prone-extension': field 'dose.sets' is 0, must be 1-10");
        assertOnlyProblem(f -> dose(f, PRONE).put("sets", 11), "stretch 'prone-extension': field 'dose.sets' is 11, must be 1-10");
    }

    @Test
    void reps_go_from_0_to_50() {
        assertLoads(f -> dose(f, PRONE).put("reps", 50));
        assertOnlyProblem(f -> dose(f, PRONE).put("reps", 51), "stretch 'prone-extension': field 'dose.reps' is 51, must be 0-50");
        assertOnlyProblem(f -> dose(f, PRONE).put("reps", -1), "stretch 'prone-extension': field 'dose.reps' is -1, must be 0-50");
    }

    @Test
    void a_hold_may_be_exactly_1_or_120_seconds_and_its_range_a_single_length() {
        Routine routine = load(edited(f -> hold(f, PRONE).put("minSeconds", 1).put("maxSeconds", 120)));
        assertThat(routine.stretch("prone-extension").dose().hold()).contains(new HoldRange(1, 120));
        Routine single = load(edited(f -> hold(f, PRONE).put("minSeconds", 45).put("maxSeconds", 45)));
        assertThat(single.stretch("prone-extension").dose().hold()).contains(new HoldRange(45, 45));
        assertOnlyProblem(f -> hold(f, PRONE).put("maxSeconds", 121),
                "stretch 'prone-extension': field 'dose.hold.maxSeconds' is 121 s, a hold must be 1-120 s");
    }

    @Test
    void a_missing_hold_length_is_reported_as_missing() {
        assertOnlyProblem(f -> hold(f, PRONE).remove("minSeconds"), "stretch 'prone-extension': missing field 'dose.hold.minSeconds'");
    }

    @Test
    void a_cycle_is_done_1_to_50_times() {
        assertThat(load(edited(f -> cycle(f).put("times", 1))).stretch("a-frame-to-squat").dose().cycle().orElseThrow().times()).isEqualTo(1);
        assertThat(load(edited(f -> cycle(f).put("times", 50))).stretch("a-frame-to-squat").dose().cycle().orElseThrow().times()).isEqualTo(50);
        assertOnlyProblem(f -> cycle(f).put("times", 0), "stretch 'a-frame-to-squat': field 'dose.cycle.times' is 0, must be 1-50");
        assertOnlyProblem(f -> cycle(f).put("times", 51), "stretch 'a-frame-to-squat': field 'dose.cycle.times' is 51, must be 1-50");
    }

    @Test
    void a_stretch_done_on_each_side_says_how_long_changing_sides_takes_and_only_it() {
        assertOnlyProblem(f -> stretch(f, 2).remove("switchSeconds"),
                "stretch 'quadruped-sidebend': missing field 'switchSeconds' (the time to change sides, 2-10 s)");
        assertOnlyProblem(f -> stretch(f, 2).put("switchSeconds", 11),
                "stretch 'quadruped-sidebend': field 'switchSeconds' is 11, must be 2-10");
        assertOnlyProblem(f -> stretch(f, 0).put("switchSeconds", 5),
                "stretch 'prone-extension': field 'switchSeconds' is given but 'sides' is not 'each'");
        assertThat(load(edited(f -> stretch(f, 4).put("switchSeconds", 2))).stretch("half-pancake").switchSeconds()).isEqualTo(2);
    }

    @Test
    void a_versions_own_cycle_cues_name_a_timed_hold_of_the_cycle() {
        assertOnlyProblem(f -> ((ObjectNode) version(f, 5, "easier").get("cycleCues")).set("plank", JSON.createArrayNode().add("Hold a plank.")),
                "stretch 'a-frame-to-squat': field 'versions.easier.cycleCues.plank' names no timed hold of the cycle");
        assertOnlyProblem(f -> version(f, 0, "easier").set("cycleCues", JSON.createObjectNode().set("A-frame", JSON.createArrayNode().add("Up."))),
                "stretch 'prone-extension': field 'versions.easier.cycleCues.A-frame' is given but the dose has no cycle");
        assertOnlyProblem(f -> ((ObjectNode) version(f, 5, "easier").get("cycleCues")).set("squat", JSON.createArrayNode()),
                "stretch 'a-frame-to-squat': field 'versions.easier.cycleCues.squat' needs a non-empty list of sentences");
    }

    @Test
    void a_timed_hold_of_a_cycle_needs_its_name_and_cues() {
        assertOnlyProblem(f -> ((ObjectNode) cycle(f).get("holds").get(0)).remove("name"),
                "stretch 'a-frame-to-squat': missing field 'dose.cycle.holds[0].name'");
        assertOnlyProblem(f -> ((ObjectNode) cycle(f).get("holds").get(1)).remove("cues"),
                "stretch 'a-frame-to-squat': missing field 'dose.cycle.holds[1].cues' (a non-empty list of sentences)");
        assertOnlyProblem(f -> ((ArrayNode) cycle(f).get("holds").get(1).get("cues")).set(2, " "),
                "stretch 'a-frame-to-squat': field 'dose.cycle.holds[1].cues' has an empty sentence");
        assertOnlyProblem(f -> ((ArrayNode) cycle(f).get("holds")).removeAll(),
                "stretch 'a-frame-to-squat': missing field 'dose.cycle.holds' (a non-empty list)");
    }

    @Test
    void a_cycle_cannot_have_reps_or_a_hold_as_well() {
        assertOnlyProblem(f -> dose(f, A_FRAME).put("reps", 5),
                "stretch 'a-frame-to-squat': field 'dose.cycle' cannot be combined with 'dose.reps' or 'dose.hold'");
    }

    @Test
    void a_missing_id_is_one_problem_under_the_stretchs_number() {
        assertOnlyProblem(f -> stretch(f, WAG_TAIL).remove("id"), "stretch #2: missing field 'id'");
    }

    @Test
    void an_id_must_be_lower_case_words_joined_by_hyphens() {
        assertOnlyProblem(f -> stretch(f, WAG_TAIL).put("id", "Wag Tail"),
                "stretch 'Wag Tail': field 'id' must be lower-case words joined by hyphens, like 'half-pancake'");
        assertOnlyProblem(f -> stretch(f, WAG_TAIL).put("id", "wag--tail"),
                "stretch 'wag--tail': field 'id' must be lower-case words joined by hyphens, like 'half-pancake'");
    }

    @Test
    void an_unknown_field_directly_in_a_stretch_is_named_without_a_parent() {
        assertOnlyProblem(f -> stretch(f, WAG_TAIL).put("colour", "blue"), "stretch 'wag-tail': unknown field 'colour'");
    }

    @Test
    void a_field_of_the_wrong_type_names_where_it_is() {
        assertRejected(f -> dose(f, PRONE).put("sets", "three"), "stretch 'prone-extension': ");
        assertRejected(f -> dose(f, PRONE).put("sets", "three"), " in 'dose'");
    }

    @Test
    void an_unknown_top_level_field_is_reported() {
        assertOnlyProblem(f -> f.put("author", "someone"), "unknown top-level field 'author'");
    }

    @Test
    void a_missing_title_is_reported() {
        assertOnlyProblem(f -> f.put("title", " "), "missing field 'title'");
    }

    @Test
    void alternating_sides_need_reps_to_count_to_each_side() {
        assertOnlyProblem(f -> {
            dose(f, WAG_TAIL).remove("reps");
            dose(f, WAG_TAIL).set("hold", JSON.createObjectNode().put("minSeconds", 30).put("maxSeconds", 60));
            stretch(f, WAG_TAIL).remove("rhythm");
            stretch(f, WAG_TAIL).put("holdCue", "Hold it.");
        }, "stretch 'wag-tail': field 'sides' is 'alternating' but 'dose.reps' is 0; alternating sides count reps to each side");
    }

    @Test
    void a_dose_needs_reps_a_hold_or_a_cycle() {
        assertRejected(f -> {
            dose(f, PANCAKE).remove("hold");
            stretch(f, PANCAKE).remove("holdCue");
        }, "stretch 'half-pancake': field 'dose' needs reps, a hold or a cycle");
    }

    @Test
    void a_rhythm_without_reps_is_rejected() {
        assertOnlyProblem(f -> stretch(f, PANCAKE).set("rhythm", JSON.createObjectNode().put("in", "reach").put("out", "back")),
                "stretch 'half-pancake': field 'rhythm' is given but 'dose.reps' is 0");
    }

    @Test
    void placeholders_are_checked_in_setup_and_movement_lines_too() {
        assertOnlyProblem(f -> ((ArrayNode) version(f, PRONE, "easier").get("setup")).add("Lie on the {side}."),
                "stretch 'prone-extension': placeholder {side} used in \"Lie on the {side}.\" but 'sides' is not 'each'");
        assertOnlyProblem(f -> ((ArrayNode) version(f, SIDEBEND, "standard").get("movement")).add("Reach {far}."),
                "stretch 'quadruped-sidebend': unknown placeholder {far} in \"Reach {far}.\"; only {side} is allowed");
    }

    @Test
    void an_empty_sentence_or_missing_lines_in_a_version_are_rejected() {
        assertOnlyProblem(f -> ((ArrayNode) version(f, PRONE, "standard").get("setup")).add(""),
                "stretch 'prone-extension': field 'versions.standard.setup' has an empty sentence");
        assertOnlyProblem(f -> version(f, PRONE, "standard").remove("movement"),
                "stretch 'prone-extension': missing field 'versions.standard.movement' (a non-empty list of sentences)");
    }

    @Test
    void a_stretch_without_versions_is_rejected() {
        assertOnlyProblem(f -> stretch(f, PANCAKE).remove("versions"), "stretch 'half-pancake': missing field 'versions'");
    }

    @Test
    void an_empty_alias_is_rejected() {
        assertOnlyProblem(f -> ((ArrayNode) stretch(f, PANCAKE).get("alsoCalled")).add(" "),
                "stretch 'half-pancake': field 'alsoCalled' has an empty name");
    }

    private static Routine load(ObjectNode file) {
        return RoutineLoader.fromJson(file.toString(), "edited.json");
    }

    private static ObjectNode edited(Consumer<ObjectNode> edit) {
        ObjectNode file = shipped();
        edit.accept(file);
        return file;
    }

    private static void assertLoads(Consumer<ObjectNode> edit) {
        assertThat(load(edited(edit)).stretches()).hasSize(6);
    }

    private static void assertOnlyProblem(Consumer<ObjectNode> edit, String problem) {
        ObjectNode file = edited(edit);
        assertThatThrownBy(() -> load(file))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> assertThat(e.problems()).containsExactly(problem));
    }

    private static void assertRejected(Consumer<ObjectNode> edit, String part) {
        ObjectNode file = edited(edit);
        assertThatThrownBy(() -> load(file))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(part)));
    }

    private static List<String> strings(ArrayNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.asText()).toList();
    }

    private static ObjectNode shipped() {
        try (InputStream in = RoutineFileLimitsTest.class.getClassLoader().getResourceAsStream(RoutineLoader.DEFAULT_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode stretch(ObjectNode file, int index) {
        return (ObjectNode) file.get("stretches").get(index);
    }

    private static ObjectNode dose(ObjectNode file, int index) {
        return (ObjectNode) stretch(file, index).get("dose");
    }

    private static ObjectNode hold(ObjectNode file, int index) {
        return (ObjectNode) dose(file, index).get("hold");
    }

    private static ObjectNode cycle(ObjectNode file) {
        return (ObjectNode) dose(file, A_FRAME).get("cycle");
    }

    private static ObjectNode version(ObjectNode file, int index, String level) {
        return (ObjectNode) stretch(file, index).get("versions").get(level);
    }
}
