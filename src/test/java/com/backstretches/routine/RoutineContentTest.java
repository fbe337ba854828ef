package com.backstretches.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped routine file says what the article says: order, reps, holds, sets and sides. */
class RoutineContentTest {

    private final Routine routine = RoutineLoader.standard();

    @Test
    void has_the_six_stretches_in_the_articles_order() {
        assertThat(routine.stretches()).extracting(Stretch::name).containsExactly(
                "prone extension", "wag tail", "quadruped sidebend", "quadruped torso rotation",
                "half pancake", "A-frame to squat");
    }

    @Test
    void prone_extension_is_ten_moves_then_a_30_to_60_second_hold_three_times_with_no_sides() {
        assertDose("prone-extension", 3, 10, Optional.of(new HoldRange(30, 60)), SideMode.NONE);
    }

    @Test
    void wag_tail_is_ten_reps_to_each_side_with_no_holds() {
        assertDose("wag-tail", 1, 10, Optional.empty(), SideMode.ALTERNATING);
    }

    @Test
    void sidebend_and_rotation_are_three_sets_of_ten_with_holds_on_each_side() {
        assertDose("quadruped-sidebend", 3, 10, Optional.of(new HoldRange(30, 60)), SideMode.EACH);
        assertDose("quadruped-torso-rotation", 3, 10, Optional.of(new HoldRange(30, 60)), SideMode.EACH);
    }

    @Test
    void half_pancake_is_a_single_hold_on_each_side() {
        assertDose("half-pancake", 1, 0, Optional.of(new HoldRange(30, 60)), SideMode.EACH);
    }

    @Test
    void a_frame_to_squat_alternates_ten_second_holds_ten_times() {
        Stretch aFrame = routine.stretch("a-frame-to-squat");
        assertDose("a-frame-to-squat", 1, 0, Optional.empty(), SideMode.NONE);
        Cycle cycle = aFrame.dose().cycle().orElseThrow();
        assertThat(cycle.times()).isEqualTo(10);
        assertThat(cycle.holds()).extracting(TimedHold::name, TimedHold::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-frame", 10), org.assertj.core.groups.Tuple.tuple("squat", 10));
    }

    @Test
    void every_stretch_has_an_easier_and_a_standard_version_and_a_harder_one_where_the_article_suggests_it() {
        for (Stretch s : routine.stretches()) {
            assertThat(s.has(Level.EASIER)).as(s.id()).isTrue();
            assertThat(s.has(Level.STANDARD)).as(s.id()).isTrue();
        }
        assertThat(routine.stretches().stream().filter(s -> s.has(Level.HARDER)).map(Stretch::id))
                .containsExactly("prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation", "a-frame-to-squat");
    }

    @Test
    void each_version_has_its_own_cues() {
        for (Stretch s : routine.stretches()) {
            List<Version> versions = List.of(Level.values()).stream().filter(s::has).map(s::version).toList();
            assertThat(versions).extracting(Version::change).as(s.id()).doesNotHaveDuplicates();
            assertThat(versions).extracting(Version::reminder).as(s.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void a_stretch_can_be_found_by_any_name_people_say_for_it() {
        assertThat(routine.byName("the half pancake")).map(Stretch::id).contains("half-pancake");
        assertThat(routine.byName("A frame")).map(Stretch::id).contains("a-frame-to-squat");
        assertThat(routine.byName("Side-Bend")).map(Stretch::id).contains("quadruped-sidebend");
        assertThat(routine.byName("tail wag")).map(Stretch::id).contains("wag-tail");
        assertThat(routine.byName("headstand")).isEmpty();
        assertThat(routine.byName("")).isEmpty();
        assertThat(routine.byName(null)).isEmpty();
    }

    @Test
    void is_loaded_once_per_process() {
        assertThat(RoutineLoader.standard()).isSameAs(routine);
    }

    private void assertDose(String id, int sets, int reps, Optional<HoldRange> hold, SideMode sides) {
        Stretch s = routine.stretch(id);
        assertThat(s.dose().sets()).as(id + " sets").isEqualTo(sets);
        assertThat(s.dose().reps()).as(id + " reps").isEqualTo(reps);
        assertThat(s.dose().hold()).as(id + " hold").isEqualTo(hold);
        assertThat(s.sides()).as(id + " sides").isEqualTo(sides);
    }
}
