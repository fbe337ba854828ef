package com.backstretches.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.Move;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.TurnWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coach's answers to settings, what each set's closing line points to, and where-am-I in a set's parts. */
class CoachSettingsAndClosingsTest {

    private final Routine routine = RoutineLoader.standard();
    private final Coach coach = new Coach(routine, new TurnWriter());

    @Test
    void slower_mid_set_is_confirmed_kept_in_the_position_and_starts_with_the_next_set() {
        Reply set1 = coach.handle(CoachState.newSession(coach.navigator().fresh(), false), new Command.Start());
        Reply slower = coach.handle(set1.state(), new Command.Slower());
        assertThat(text(slower)).isEqualTo("Okay, I'll count the reps more slowly. That starts with the next set. "
                + "Say next to move on, or resume to do this set again.");
        assertThat(slower.turn()).isEmpty();
        assertThat(slower.state().position().pace()).isEqualTo(Pace.SLOWER);
        assertThat(slower.state().position().step()).isEqualTo(set1.state().position().step());
        assertThat(text(coach.handle(slower.state(), new Command.Next()))).contains("One, lift.");
    }

    @Test
    void harder_on_the_hardest_version_says_the_user_is_already_there() {
        Position hardest = at(new Step("prone-extension", Side.NONE, 2), Map.of("prone-extension", Level.HARDER));
        Reply reply = coach.handle(CoachState.newSession(hardest, false), new Command.Harder(Optional.empty()));
        assertThat(text(reply)).startsWith("You're already on the hardest version of the prone extension.");
    }

    @Test
    void each_set_closes_pointing_to_the_next_set_the_other_side_the_next_stretch_or_the_end() {
        assertThat(text(lastPart(resume(new Step("prone-extension", Side.NONE, 1))))).endsWith("Say next for set two.");
        assertThat(text(lastPart(resume(new Step("prone-extension", Side.NONE, 3))))).endsWith("Say next for the wag tail.");
        assertThat(text(lastPart(resume(new Step("quadruped-sidebend", Side.LEFT, 3))))).endsWith("Say next for the right side.");
        assertThat(text(lastPart(resume(new Step("quadruped-sidebend", Side.RIGHT, 3)))))
                .matches(".*Say next for (stretch four, )?the quadruped torso rotation\\.$");
    }

    @Test
    void the_last_set_of_the_routine_closes_by_saying_so() {
        Reply last = resume(new Step("a-frame-to-squat", Side.NONE, 1));
        Reply end = last;
        while (end.turn().isPresent() && end.turn().get().part() < end.turn().get().parts()) {
            end = coach.handle(end.state(), new Command.Next());
        }
        assertThat(text(end)).endsWith("That was the last set of the routine. Say next to finish.");
    }

    @Test
    void in_the_quick_version_the_closing_points_to_the_other_side_not_to_set_two() {
        Position quick = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 1), Map.of(), 30, Pace.NORMAL,
                RoutineLength.QUICK);
        assertThat(text(lastPart(coach.handle(CoachState.newSession(quick, false), new Command.Resume())))).endsWith("Say next for the right side.");
    }

    @Test
    void where_am_i_with_a_saved_part_past_the_end_of_the_set_answers_from_its_last_part() {
        // A session saved by an earlier version of the skill may point past the parts this set has now.
        Step aFrame = new Step("a-frame-to-squat", Side.NONE, 1);
        CoachState stale = new CoachState(at(aFrame, Map.of()), Set.of("a-frame-to-squat"),
                Optional.of(new TurnState(Move.NEXT_STRETCH, true, 7, 30)), false);
        assertThat(text(coach.handle(stale, new Command.WhereAmI()))).contains("You've done all ten rounds.");
    }

    @Test
    void the_planned_length_grows_with_the_hold_time_and_the_quick_version_is_shorter() {
        Duration at30 = coach.plannedLength(30);
        assertThat(coach.plannedLength(60)).isGreaterThan(at30);
        Duration quick = coach.plannedLength(30, RoutineLength.QUICK, Pace.NORMAL);
        assertThat(quick).isLessThan(at30).isPositive();
        assertThat(coach.plannedLength(30, RoutineLength.QUICK, Pace.SLOWER)).isGreaterThan(quick);
    }

    private Reply resume(Step step) {
        return coach.handle(CoachState.newSession(at(step, Map.of()), false), new Command.Resume());
    }

    /** The last part of the set a reply started: where its closing line is. */
    private Reply lastPart(Reply reply) {
        Reply end = reply;
        while (end.turn().isPresent() && end.turn().get().part() < end.turn().get().parts()) {
            end = coach.handle(end.state(), new Command.Next());
        }
        return end;
    }

    private static Position at(Step step, Map<String, Level> versions) {
        return new Position(Status.IN_PROGRESS, step, versions, 30);
    }

    private static String text(Reply reply) {
        return reply.spoken().speech().text();
    }
}
