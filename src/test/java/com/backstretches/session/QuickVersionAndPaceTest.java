package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Outcome.Coach;
import com.backstretches.session.Outcome.Finished;
import com.backstretches.session.Outcome.NotPossible;
import com.backstretches.session.Outcome.PaceChanged;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Outcome.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickVersionAndPaceTest {

    private final Navigator nav = new Navigator(RoutineLoader.standard());
    private final Position quickStart = nav.apply(nav.fresh(), new Command.StartQuick()).position();

    private static Position quickAt(Step step) {
        return new Position(Status.IN_PROGRESS, step, Map.of(), HoldTime.DEFAULT, Pace.NORMAL, RoutineLength.QUICK);
    }

    private static String label(Step s) {
        return s.stretchId() + (s.side() == Side.NONE ? "" : "/" + s.side().name().toLowerCase(java.util.Locale.ROOT)) + "#" + s.set();
    }

    // ---- the quick version ----

    @Test
    void start_quick_begins_the_quick_version_at_the_first_step() {
        Outcome o = nav.apply(nav.fresh(), new Command.StartQuick());
        assertThat(o.result()).isEqualTo(new Coach(Move.STARTED));
        assertThat(o.position().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(o.position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 1));
        assertThat(o.position().length()).isEqualTo(RoutineLength.QUICK);
        assertThat(nav.isValid(o.position())).isTrue();
    }

    @Test
    void start_quick_from_the_middle_of_the_full_routine_starts_again_at_the_first_step_keeping_the_choices() {
        Position mid = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.RIGHT, 3), Map.of("half-pancake", Level.EASIER),
                45, Pace.SLOWER, RoutineLength.FULL);
        Position p = nav.apply(mid, new Command.StartQuick()).position();
        assertThat(p).isEqualTo(new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1), Map.of("half-pancake", Level.EASIER),
                45, Pace.SLOWER, RoutineLength.QUICK));
    }

    @Test
    void next_walks_the_quick_version_one_set_of_each_stretch_on_each_side_then_finishes() {
        List<String> visited = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        Outcome o = nav.apply(nav.fresh(), new Command.StartQuick());
        while (o.result() instanceof Coach c) {
            assertThat(o.position().length()).isEqualTo(RoutineLength.QUICK);
            assertThat(nav.isValid(o.position())).isTrue();
            visited.add(label(o.position().step()));
            moves.add(c.move());
            o = nav.apply(o.position(), new Command.Next());
        }
        assertThat(visited).containsExactly(
                "prone-extension#1",
                "wag-tail#1",
                "quadruped-sidebend/left#1", "quadruped-sidebend/right#1",
                "quadruped-torso-rotation/left#1", "quadruped-torso-rotation/right#1",
                "half-pancake/left#1", "half-pancake/right#1",
                "a-frame-to-squat#1");
        assertThat(moves).containsExactly(Move.STARTED, Move.NEXT_STRETCH, Move.NEXT_STRETCH, Move.OTHER_SIDE, Move.NEXT_STRETCH,
                Move.OTHER_SIDE, Move.NEXT_STRETCH, Move.OTHER_SIDE, Move.NEXT_STRETCH);
        assertThat(o.result()).isInstanceOf(Finished.class);
        assertThat(o.position().status()).isEqualTo(Status.FINISHED);
        assertThat(o.position().length()).isEqualTo(RoutineLength.QUICK);
        assertThat(nav.isValid(o.position())).isTrue();
        assertThat(nav.apply(o.position(), new Command.Next()).result()).isEqualTo(new NotPossible(Reason.ALREADY_FINISHED));
    }

    @Test
    void the_quick_steps_are_the_full_routines_first_sets_in_the_same_order() {
        List<Step> quick = nav.steps(RoutineLength.QUICK);
        assertThat(quick).hasSize(9).allMatch(s -> s.set() == 1);
        assertThat(nav.steps()).containsSubsequence(quick);
        assertThat(nav.steps(RoutineLength.FULL)).isEqualTo(nav.steps()).hasSize(19);
        assertThat(nav.after(new Step("quadruped-sidebend", Side.LEFT, 1), RoutineLength.QUICK))
                .contains(new Step("quadruped-sidebend", Side.RIGHT, 1));
        assertThat(nav.after(new Step("quadruped-sidebend", Side.LEFT, 1))).as("the full routine's next set")
                .contains(new Step("quadruped-sidebend", Side.LEFT, 2));
        assertThat(nav.after(new Step("a-frame-to-squat", Side.NONE, 1), RoutineLength.QUICK)).isEmpty();
    }

    @Test
    void previous_stays_in_the_quick_version() {
        Outcome o = nav.apply(quickAt(new Step("quadruped-sidebend", Side.RIGHT, 1)), new Command.Previous());
        assertThat(o.result()).isEqualTo(new Coach(Move.PREVIOUS));
        assertThat(o.position().step()).as("not the full routine's left set three").isEqualTo(new Step("quadruped-sidebend", Side.LEFT, 1));
        assertThat(o.position().length()).isEqualTo(RoutineLength.QUICK);

        Outcome back = nav.apply(quickAt(new Step("quadruped-sidebend", Side.LEFT, 1)), new Command.Previous());
        assertThat(back.position().step()).isEqualTo(new Step("wag-tail", Side.NONE, 1));

        assertThat(nav.apply(quickStart, new Command.Previous()).result()).isEqualTo(new NotPossible(Reason.AT_START));
    }

    @Test
    void previous_after_finishing_the_quick_version_goes_back_to_its_last_step() {
        Outcome finished = nav.apply(quickAt(new Step("a-frame-to-squat", Side.NONE, 1)), new Command.Next());
        Outcome o = nav.apply(finished.position(), new Command.Previous());
        assertThat(o.position()).isEqualTo(quickAt(new Step("a-frame-to-squat", Side.NONE, 1)));
    }

    @Test
    void skipping_a_stretch_stays_in_the_quick_version() {
        Outcome o = nav.apply(quickStart, new Command.SkipStretch());
        assertThat(o.result()).isEqualTo(new Coach(Move.SKIPPED));
        assertThat(o.position()).isEqualTo(quickAt(new Step("wag-tail", Side.NONE, 1)));
        Outcome fromRight = nav.apply(quickAt(new Step("quadruped-torso-rotation", Side.RIGHT, 1)), new Command.SkipStretch());
        assertThat(fromRight.position()).isEqualTo(quickAt(new Step("half-pancake", Side.LEFT, 1)));
        Outcome last = nav.apply(quickAt(new Step("a-frame-to-squat", Side.NONE, 1)), new Command.SkipStretch());
        assertThat(last.result()).isInstanceOf(Finished.class);
        assertThat(last.position().length()).isEqualTo(RoutineLength.QUICK);
    }

    @Test
    void going_to_a_stretch_stays_in_the_quick_version() {
        Outcome o = nav.apply(quickStart, new Command.GoTo("torso rotation"));
        assertThat(o.result()).isEqualTo(new Coach(Move.WENT_TO));
        assertThat(o.position()).isEqualTo(quickAt(new Step("quadruped-torso-rotation", Side.LEFT, 1)));
        assertThat(nav.apply(quickStart, new Command.GoTo("cobra")).position()).isEqualTo(quickStart);
    }

    @Test
    void starting_over_stays_in_the_quick_version() {
        Outcome o = nav.apply(quickAt(new Step("half-pancake", Side.RIGHT, 1)), new Command.StartOver());
        assertThat(o.result()).isEqualTo(new Coach(Move.STARTED_OVER));
        assertThat(o.position()).isEqualTo(quickStart);
    }

    @Test
    void start_goes_back_to_the_full_routine() {
        Outcome o = nav.apply(quickAt(new Step("half-pancake", Side.RIGHT, 1)), new Command.Start());
        assertThat(o.result()).isEqualTo(new Coach(Move.STARTED));
        assertThat(o.position().length()).isEqualTo(RoutineLength.FULL);
        assertThat(o.position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 1));
        assertThat(nav.apply(o.position(), new Command.Next()).position().step())
                .as("the full routine's second set").isEqualTo(new Step("prone-extension", Side.NONE, 2));
    }

    @Test
    void repeat_and_resume_keep_the_quick_version() {
        Position p = quickAt(new Step("quadruped-sidebend", Side.LEFT, 1));
        assertThat(nav.apply(p, new Command.RepeatSet())).isEqualTo(new Outcome(p, new Coach(Move.REPEATED)));
        assertThat(nav.apply(p, new Command.Resume())).isEqualTo(new Outcome(p, new Coach(Move.RESUMED)));
    }

    @Test
    void where_am_i_counts_one_set_on_this_side_in_the_quick_version() {
        Outcome o = nav.apply(quickAt(new Step("quadruped-sidebend", Side.LEFT, 1)), new Command.WhereAmI());
        assertThat(o.result()).isInstanceOfSatisfying(Summary.class, s -> {
            assertThat(s.progress().setsOnThisSide()).isEqualTo(1);
            assertThat(s.progress().set()).isEqualTo(1);
            assertThat(s.progress().stretchNumber()).isEqualTo(3);
        });
        Position full = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 1), Map.of(), HoldTime.DEFAULT);
        assertThat(nav.progress(full).setsOnThisSide()).as("the full routine").isEqualTo(3);
        assertThat(nav.progress(quickStart).setsOnThisSide()).isEqualTo(1);
    }

    @Test
    void a_quick_position_past_set_one_is_not_valid() {
        assertThat(nav.isValid(quickAt(new Step("prone-extension", Side.NONE, 2)))).isFalse();
        assertThat(nav.isValid(quickAt(new Step("quadruped-sidebend", Side.RIGHT, 3)))).isFalse();
        assertThat(nav.isValid(quickAt(new Step("quadruped-sidebend", Side.RIGHT, 1)))).isTrue();
        Position fullAtSet2 = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2), Map.of(), HoldTime.DEFAULT);
        assertThat(nav.isValid(fullAtSet2)).isTrue();
    }

    @Test
    void a_quick_position_not_started_or_finished_must_be_at_the_quick_versions_first_or_last_step() {
        Position notStarted = new Position(Status.NOT_STARTED, new Step("prone-extension", Side.NONE, 1), Map.of(), HoldTime.DEFAULT,
                Pace.NORMAL, RoutineLength.QUICK);
        assertThat(nav.isValid(notStarted)).isTrue();
        Position notStartedLater = new Position(Status.NOT_STARTED, new Step("wag-tail", Side.NONE, 1), Map.of(), HoldTime.DEFAULT,
                Pace.NORMAL, RoutineLength.QUICK);
        assertThat(nav.isValid(notStartedLater)).isFalse();
        Position finished = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), HoldTime.DEFAULT,
                Pace.NORMAL, RoutineLength.QUICK);
        assertThat(nav.isValid(finished)).isTrue();
        Position finishedEarly = new Position(Status.FINISHED, new Step("half-pancake", Side.RIGHT, 1), Map.of(), HoldTime.DEFAULT,
                Pace.NORMAL, RoutineLength.QUICK);
        assertThat(nav.isValid(finishedEarly)).isFalse();
    }

    @Test
    void every_command_from_every_quick_position_stays_valid() {
        List<Command> commands = List.of(new Command.Start(), new Command.StartQuick(), new Command.StartOver(), new Command.Next(),
                new Command.Previous(), new Command.SkipStretch(), new Command.RepeatSet(), new Command.Resume(),
                new Command.GoTo("half pancake"), new Command.Slower(), new Command.Faster(), new Command.NormalPace(), new Command.WhereAmI());
        List<Position> positions = new ArrayList<>();
        nav.steps(RoutineLength.QUICK).forEach(s -> positions.add(quickAt(s)));
        positions.add(new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), HoldTime.DEFAULT,
                Pace.NORMAL, RoutineLength.QUICK));
        for (Position p : positions) {
            for (Command c : commands) {
                Outcome o = nav.apply(p, c);
                assertThat(nav.isValid(o.position())).as("%s after %s", c, label(p.step())).isTrue();
                if (!(c instanceof Command.Start)) {
                    assertThat(o.position().length()).as("%s after %s", c, label(p.step())).isEqualTo(RoutineLength.QUICK);
                }
            }
        }
    }

    // ---- pace ----

    private static Position at(Pace pace) {
        return new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 2), Map.of("half-pancake", Level.EASIER), 45,
                pace, RoutineLength.FULL);
    }

    /** The command moves the pace {@code from} to {@code to}, says so, and changes nothing else. */
    private void assertPaceChange(Pace from, Command command, Pace to) {
        assertThat(nav.apply(at(from), command)).as("%s at %s", command, from).isEqualTo(new Outcome(at(to), new PaceChanged(from, to)));
    }

    @Test
    void slower_and_faster_move_the_pace_one_step_from_normal() {
        assertPaceChange(Pace.NORMAL, new Command.Slower(), Pace.SLOWER);
        assertPaceChange(Pace.NORMAL, new Command.Faster(), Pace.FASTER);
    }

    @Test
    void from_one_end_of_the_range_the_opposite_way_comes_back_to_normal_first() {
        assertPaceChange(Pace.SLOWER, new Command.Faster(), Pace.NORMAL);
        assertPaceChange(Pace.FASTER, new Command.Slower(), Pace.NORMAL);
    }

    @Test
    void at_the_end_of_the_range_the_pace_stays_and_says_so() {
        assertPaceChange(Pace.SLOWER, new Command.Slower(), Pace.SLOWER);
        assertPaceChange(Pace.FASTER, new Command.Faster(), Pace.FASTER);
    }

    @Test
    void normal_pace_goes_straight_back_to_normal_from_anywhere() {
        assertPaceChange(Pace.SLOWER, new Command.NormalPace(), Pace.NORMAL);
        assertPaceChange(Pace.FASTER, new Command.NormalPace(), Pace.NORMAL);
        assertPaceChange(Pace.NORMAL, new Command.NormalPace(), Pace.NORMAL);
    }

    @Test
    void the_pace_can_change_before_starting_and_after_finishing_without_moving() {
        Outcome before = nav.apply(nav.fresh(), new Command.Slower());
        assertThat(before.position().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(before.position().step()).isEqualTo(nav.fresh().step());
        assertThat(before.position().pace()).isEqualTo(Pace.SLOWER);
        Position finished = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 30, Pace.SLOWER,
                RoutineLength.QUICK);
        Outcome after = nav.apply(finished, new Command.Faster());
        assertThat(after.position()).isEqualTo(new Position(Status.FINISHED, finished.step(), Map.of(), 30, Pace.NORMAL, RoutineLength.QUICK));
    }

    @Test
    void the_pace_is_kept_while_moving_through_the_routine() {
        Position slow = at(Pace.SLOWER);
        for (Command c : List.of(new Command.Next(), new Command.Previous(), new Command.SkipStretch(), new Command.GoTo("wag tail"),
                new Command.StartOver(), new Command.Start(), new Command.StartQuick(), new Command.Easier(Optional.empty()),
                new Command.LongerHolds())) {
            assertThat(nav.apply(slow, c).position().pace()).as(c.toString()).isEqualTo(Pace.SLOWER);
        }
    }

    @Test
    void a_fresh_position_is_the_full_routine_at_the_normal_pace() {
        assertThat(nav.fresh().pace()).isEqualTo(Pace.NORMAL);
        assertThat(nav.fresh().length()).isEqualTo(RoutineLength.FULL);
        Position legacy = new Position(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1), Map.of(), 30);
        assertThat(legacy.pace()).isEqualTo(Pace.NORMAL);
        assertThat(legacy.length()).isEqualTo(RoutineLength.FULL);
    }
}
