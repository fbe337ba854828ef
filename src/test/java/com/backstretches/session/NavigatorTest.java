package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Outcome.Coach;
import com.backstretches.session.Outcome.Finished;
import com.backstretches.session.Outcome.HoldChanged;
import com.backstretches.session.Outcome.NotPossible;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Outcome.Summary;
import com.backstretches.session.Outcome.VersionChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private final Navigator nav = new Navigator(RoutineLoader.standard());

    @Test
    void next_goes_set_by_set_then_side_then_stretch_and_finishes_after_the_last_set() {
        List<String> visited = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        Outcome o = nav.apply(nav.fresh(), new Command.Start());
        while (o.result() instanceof Coach c) {
            Step s = o.position().step();
            visited.add(s.stretchId() + (s.side() == Side.NONE ? "" : "/" + s.side().name().toLowerCase(java.util.Locale.ROOT)) + "#" + s.set());
            moves.add(c.move());
            o = nav.apply(o.position(), new Command.Next());
        }
        assertThat(visited).containsExactly(
                "prone-extension#1", "prone-extension#2", "prone-extension#3",
                "wag-tail#1",
                "quadruped-sidebend/left#1", "quadruped-sidebend/left#2", "quadruped-sidebend/left#3",
                "quadruped-sidebend/right#1", "quadruped-sidebend/right#2", "quadruped-sidebend/right#3",
                "quadruped-torso-rotation/left#1", "quadruped-torso-rotation/left#2", "quadruped-torso-rotation/left#3",
                "quadruped-torso-rotation/right#1", "quadruped-torso-rotation/right#2", "quadruped-torso-rotation/right#3",
                "half-pancake/left#1", "half-pancake/right#1",
                "a-frame-to-squat#1");
        assertThat(moves.subList(0, 5)).containsExactly(Move.STARTED, Move.NEXT_SET, Move.NEXT_SET, Move.NEXT_STRETCH, Move.NEXT_STRETCH);
        assertThat(moves.get(7)).isEqualTo(Move.OTHER_SIDE);
        assertThat(o.result()).isInstanceOf(Finished.class);
        assertThat(o.position().status()).isEqualTo(Status.FINISHED);
        assertThat(nav.apply(o.position(), new Command.Next()).result()).isEqualTo(new NotPossible(Reason.ALREADY_FINISHED));
    }

    @Test
    void next_before_starting_starts_at_the_first_set() {
        Outcome o = nav.apply(nav.fresh(), new Command.Next());
        assertThat(o.position().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(o.position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 1));
        assertThat(o.result()).isEqualTo(new Coach(Move.STARTED));
    }

    @Test
    void previous_at_the_very_start_is_not_possible_and_changes_nothing() {
        Position started = nav.apply(nav.fresh(), new Command.Start()).position();
        Outcome o = nav.apply(started, new Command.Previous());
        assertThat(o.result()).isEqualTo(new NotPossible(Reason.AT_START));
        assertThat(o.position()).isEqualTo(started);
        assertThat(nav.apply(nav.fresh(), new Command.Previous()).result()).isEqualTo(new NotPossible(Reason.AT_START));
    }

    @Test
    void previous_goes_back_one_set_and_from_finished_to_the_last_set() {
        Position p = at("quadruped-sidebend", Side.RIGHT, 1);
        assertThat(nav.apply(p, new Command.Previous()).position().step()).isEqualTo(new Step("quadruped-sidebend", Side.LEFT, 3));
        Position finished = nav.apply(at("a-frame-to-squat", Side.NONE, 1), new Command.Next()).position();
        Outcome back = nav.apply(finished, new Command.Previous());
        assertThat(back.position().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(back.position().step()).isEqualTo(new Step("a-frame-to-squat", Side.NONE, 1));
    }

    @Test
    void skip_goes_to_the_first_set_of_the_next_stretch_and_skipping_the_last_finishes() {
        Outcome o = nav.apply(at("quadruped-sidebend", Side.LEFT, 2), new Command.SkipStretch());
        assertThat(o.position().step()).isEqualTo(new Step("quadruped-torso-rotation", Side.LEFT, 1));
        assertThat(o.result()).isEqualTo(new Coach(Move.SKIPPED));
        Outcome last = nav.apply(at("a-frame-to-squat", Side.NONE, 1), new Command.SkipStretch());
        assertThat(last.result()).isInstanceOf(Finished.class);
    }

    @Test
    void repeat_and_resume_keep_the_set_but_need_a_routine_under_way() {
        Position p = at("half-pancake", Side.RIGHT, 1);
        assertThat(nav.apply(p, new Command.RepeatSet())).isEqualTo(new Outcome(p, new Coach(Move.REPEATED)));
        assertThat(nav.apply(p, new Command.Resume())).isEqualTo(new Outcome(p, new Coach(Move.RESUMED)));
        assertThat(nav.apply(nav.fresh(), new Command.RepeatSet()).result()).isEqualTo(new NotPossible(Reason.NOT_STARTED));
        assertThat(nav.apply(nav.fresh(), new Command.Resume()).result()).isEqualTo(new Coach(Move.STARTED));
    }

    @Test
    void start_over_returns_to_the_first_set_and_keeps_versions_and_hold_time() {
        Position p = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.LEFT, 1),
                Map.of("wag-tail", Level.EASIER), 45);
        Outcome o = nav.apply(p, new Command.StartOver());
        assertThat(o.position()).isEqualTo(new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1),
                Map.of("wag-tail", Level.EASIER), 45));
        assertThat(o.result()).isEqualTo(new Coach(Move.STARTED_OVER));
    }

    @Test
    void go_to_a_named_stretch_by_any_of_its_names_and_an_unknown_name_is_answered() {
        Outcome o = nav.apply(nav.fresh(), new Command.GoTo("the half pancake"));
        assertThat(o.position().step()).isEqualTo(new Step("half-pancake", Side.LEFT, 1));
        assertThat(o.result()).isEqualTo(new Coach(Move.WENT_TO));
        Position p = at("wag-tail", Side.NONE, 1);
        assertThat(nav.apply(p, new Command.GoTo("handstand"))).isEqualTo(new Outcome(p, new NotPossible(Reason.UNKNOWN_STRETCH)));
        assertThat(nav.apply(p, new Command.GoTo(null)).result()).isEqualTo(new NotPossible(Reason.UNKNOWN_STRETCH));
    }

    @Test
    void easier_on_the_current_stretch_changes_its_version_and_restarts_the_set() {
        Position p = at("quadruped-sidebend", Side.LEFT, 2);
        Outcome o = nav.apply(p, new Command.Easier(Optional.empty()));
        assertThat(o.result()).isEqualTo(new VersionChanged("quadruped-sidebend", Level.STANDARD, Level.EASIER, true));
        assertThat(o.position().levelOf("quadruped-sidebend")).isEqualTo(Level.EASIER);
        assertThat(o.position().step()).isEqualTo(p.step());
    }

    @Test
    void easier_steps_down_one_level_and_harder_steps_up_one() {
        Position p = at("prone-extension", Side.NONE, 1);
        Position harder = nav.apply(p, new Command.Harder(Optional.empty())).position();
        assertThat(harder.levelOf("prone-extension")).isEqualTo(Level.HARDER);
        Position back = nav.apply(harder, new Command.Easier(Optional.empty())).position();
        assertThat(back.levelOf("prone-extension")).isEqualTo(Level.STANDARD);
        assertThat(back.versions()).isEmpty();
    }

    @Test
    void a_named_stretch_can_be_changed_ahead_of_time_without_restarting_anything() {
        Position p = at("prone-extension", Side.NONE, 2);
        Outcome o = nav.apply(p, new Command.Easier(Optional.of("half pancake")));
        assertThat(o.result()).isEqualTo(new VersionChanged("half-pancake", Level.STANDARD, Level.EASIER, false));
        assertThat(o.position().step()).isEqualTo(p.step());
    }

    @Test
    void harder_when_there_is_no_harder_version_is_not_possible() {
        Position p = at("half-pancake", Side.LEFT, 1);
        assertThat(nav.apply(p, new Command.Harder(Optional.empty())))
                .isEqualTo(new Outcome(p, new NotPossible(Reason.NO_HARDER_VERSION, Optional.of("half-pancake"))));
        Position easiest = nav.apply(p, new Command.Easier(Optional.empty())).position();
        assertThat(nav.apply(easiest, new Command.Easier(Optional.empty())).result())
                .isEqualTo(new NotPossible(Reason.NO_EASIER_VERSION, Optional.of("half-pancake")));
        assertThat(nav.apply(p, new Command.Standard(Optional.empty())).result())
                .isEqualTo(new NotPossible(Reason.ALREADY_STANDARD, Optional.of("half-pancake")));
    }

    @Test
    void after_finishing_a_version_change_needs_a_stretch_name() {
        Position finished = nav.apply(at("a-frame-to-squat", Side.NONE, 1), new Command.Next()).position();
        assertThat(nav.apply(finished, new Command.Easier(Optional.empty())).result()).isEqualTo(new NotPossible(Reason.NO_CURRENT_STRETCH));
        assertThat(nav.apply(finished, new Command.Easier(Optional.of("wag tail"))).result())
                .isEqualTo(new VersionChanged("wag-tail", Level.STANDARD, Level.EASIER, false));
    }

    @Test
    void hold_time_is_clamped_to_30_to_60_seconds_with_the_reason() {
        Position p = at("prone-extension", Side.NONE, 1);
        assertThat(nav.apply(p, new Command.SetHoldTime(45)).result()).isEqualTo(new HoldChanged(45, HoldTime.Clamp.NONE));
        assertThat(nav.apply(p, new Command.SetHoldTime(500)).result()).isEqualTo(new HoldChanged(60, HoldTime.Clamp.LOWERED_TO_MAX));
        assertThat(nav.apply(p, new Command.SetHoldTime(-3)).result()).isEqualTo(new HoldChanged(30, HoldTime.Clamp.RAISED_TO_MIN));
        assertThat(nav.apply(p, new Command.SetHoldTime(-3)).position().holdSeconds()).isEqualTo(30);
    }

    @Test
    void longer_and_shorter_move_the_hold_time_in_steps_within_the_range() {
        Position p = at("prone-extension", Side.NONE, 1);
        Position longer = nav.apply(p, new Command.LongerHolds()).position();
        assertThat(longer.holdSeconds()).isEqualTo(45);
        Position longest = nav.apply(nav.apply(longer, new Command.LongerHolds()).position(), new Command.LongerHolds()).position();
        assertThat(longest.holdSeconds()).isEqualTo(60);
        assertThat(nav.apply(p, new Command.ShorterHolds()).result()).isEqualTo(new HoldChanged(30, HoldTime.Clamp.RAISED_TO_MIN));
    }

    @Test
    void where_am_i_summarises_without_moving() {
        Position p = at("quadruped-torso-rotation", Side.RIGHT, 2);
        Outcome o = nav.apply(p, new Command.WhereAmI());
        assertThat(o.position()).isEqualTo(p);
        assertThat(o.result()).isEqualTo(new Summary(new Progress(Status.IN_PROGRESS, 4, 6, "quadruped torso rotation",
                Side.RIGHT, 2, 3, 2, Optional.of("half pancake"))));
    }

    private Position at(String stretchId, Side side, int set) {
        return new Position(Status.IN_PROGRESS, new Step(stretchId, side, set), Map.of(), HoldTime.DEFAULT);
    }
}
