package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineLengthTest {

    private final Routine routine = RoutineLoader.standard();

    @Test
    void the_whole_routine_and_the_quick_version_keep_the_names_profiles_were_saved_with() {
        assertThat(RoutineLength.FULL.name()).isEqualTo("FULL");
        assertThat(RoutineLength.QUICK.name()).isEqualTo("QUICK");
        assertThat(RoutineLength.valueOf("FULL")).isEqualTo(RoutineLength.FULL);
        assertThat(RoutineLength.valueOf("QUICK")).isEqualTo(RoutineLength.QUICK);
    }

    @Test
    void a_plan_is_read_back_as_written_and_anything_else_is_refused() {
        RoutineLength plan = RoutineLength.planned(12, 1, 30, 5, 4);
        assertThat(plan.name()).isEqualTo("PLAN:12:1:30:5:4");
        assertThat(RoutineLength.valueOf(plan.name())).isEqualTo(plan);
        for (String bad : List.of("", "PLAN", "PLAN:12:1:30:5", "PLAN:12:1:29:5:4", "PLAN:12:-1:30:5:4", "PLAN:x:1:30:5:4", "MEDIUM")) {
            assertThatThrownBy(() -> RoutineLength.valueOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThat(RoutineLength.parse(bad)).as(bad).isEmpty();
        }
        assertThat(RoutineLength.parse(null)).isEmpty();
    }

    @Test
    void a_plan_cuts_each_stretch_down_to_its_ceilings_and_never_adds_to_it() {
        RoutineLength plan = RoutineLength.planned(12, 2, 35, 6, 4);
        Stretch prone = plan.applyTo(routine.stretch("prone-extension"));
        assertThat(prone.dose().sets()).isEqualTo(2);
        assertThat(prone.dose().reps()).isEqualTo(6);
        assertThat(plan.applyTo(routine.stretch("wag-tail")).dose().sets()).as("one set stays one").isEqualTo(1);
        assertThat(plan.applyTo(routine.stretch("a-frame-to-squat")).dose().cycle().orElseThrow().times()).isEqualTo(4);
        assertThat(plan.holdFor(60)).isEqualTo(35);
        assertThat(plan.holdFor(30)).isEqualTo(30);
        assertThat(RoutineLength.FULL.applyTo(routine.stretch("prone-extension"))).isEqualTo(routine.stretch("prone-extension"));
        assertThat(plan.withoutHoldCeiling().holdFor(60)).isEqualTo(60);
    }

    @Test
    void a_hold_chosen_during_a_plan_is_the_hold_the_user_gets() {
        Navigator nav = new Navigator(routine);
        Position inPlan = nav.apply(nav.fresh(), new Command.StartPlan(RoutineLength.planned(15, 1, 30, 0, 0))).position();
        Position longer = nav.apply(inPlan, new Command.SetHoldTime(50)).position();
        assertThat(longer.length().holdFor(longer.holdSeconds())).isEqualTo(50);
        assertThat(longer.length().sets()).as("the rest of the plan stays").isEqualTo(1);
    }
}
