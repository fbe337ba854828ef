package com.backstretches.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.speech.SsmlRenderer;
import com.backstretches.speech.TurnWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoachTest {

    private final Routine routine = RoutineLoader.standard();
    private final Coach coach = new Coach(routine, new TurnWriter());

    @Test
    void making_it_easier_mid_set_says_what_changed_and_restarts_the_set_in_the_easier_version() {
        Reply set2 = say(say(start(), new Command.Next()), new Command.Next());
        Reply easier = say(set2, new Command.Easier(Optional.empty()));
        assertThat(easier.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 2), 1, 1));
        assertThat(easier.state().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        assertThat(text(easier)).startsWith("Okay, the easier version. " + routine.stretch("prone-extension").version(Level.EASIER).change())
                .contains(routine.stretch("prone-extension").version(Level.EASIER).reminder(), "One, lift.");
    }

    @Test
    void next_finishes_a_set_spoken_in_parts_before_moving_on_and_previous_goes_back_a_part() {
        CoachState state = say(session(), new Command.SetHoldTime(60)).state();
        Reply part1 = coach.handle(state, new Command.Start());
        assertThat(part1.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 1), 1, 2));
        Reply part2 = say(part1, new Command.Next());
        assertThat(part2.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 1), 2, 2));
        assertThat(say(part2, new Command.Previous()).turn()).contains(part1.turn().get());
        assertThat(say(part2, new Command.Next()).turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 2), 1, 1));
    }

    @Test
    void next_at_the_start_of_a_new_session_moves_on_from_the_saved_set_not_into_a_part_of_it() {
        // With one-minute holds the first prone set is two parts; none of it was spoken this session.
        Position saved = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1), Map.of(), 60);
        Reply next = coach.handle(CoachState.newSession(saved, false), new Command.Next());
        assertThat(next.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 2), 1, 2));
        Reply where = coach.handle(CoachState.newSession(saved, false), new Command.WhereAmI());
        assertThat(where.spoken().speech().text()).doesNotContain("Round");
    }

    @Test
    void a_stretch_is_set_up_in_full_once_per_session_and_again_in_a_new_session() {
        String setupLine = routine.stretch("prone-extension").version(Level.STANDARD).setup().get(0);
        Reply first = start();
        assertThat(text(first)).contains(setupLine);
        Reply again = say(say(first, new Command.Next()), new Command.StartOver());
        assertThat(text(again)).startsWith("Starting again from the top.").doesNotContain(setupLine)
                .contains(routine.stretch("prone-extension").version(Level.STANDARD).reminder());
        Reply nextDay = coach.handle(CoachState.newSession(again.state().position(), false), new Command.Resume());
        assertThat(text(nextDay)).startsWith("Picking up where you left off.").contains(setupLine);
    }

    @Test
    void resume_in_a_new_session_restarts_the_interrupted_set_and_says_the_chosen_version() {
        Position paused = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.RIGHT, 1),
                Map.of("half-pancake", Level.EASIER), 45);
        Reply resumed = coach.handle(CoachState.newSession(paused, false), new Command.Resume());
        assertThat(resumed.turn()).contains(new TurnRef(new Step("half-pancake", Side.RIGHT, 1), 1, 2));
        assertThat(text(resumed)).contains("Picking up where you left off.", "the half pancake", "Right side.", "Using your easier version.",
                "right leg out to the side, knee softly bent").endsWith("Say ready when you're in position.");
        assertThat(resumed.spoken().speech().holds()).isEmpty();
        assertThat(say(resumed, new Command.Next()).spoken().speech().holds()).extracting(Hold::seconds).containsExactly(45);
    }

    @Test
    void a_version_chosen_ahead_is_remembered_and_said_when_that_stretch_comes() {
        Reply noted = say(start(), new Command.Easier(Optional.of("wag tail")));
        assertThat(noted.turn()).isEmpty();
        assertThat(text(noted)).startsWith("Okay, the wag tail will use the easier version from now on.");
        // The rest of the first set, then sets two and three, then the wag tail.
        Reply wag = say(say(say(say(noted, new Command.Next()), new Command.Next()), new Command.Next()), new Command.Next());
        assertThat(wag.turn().orElseThrow().step().stretchId()).isEqualTo("wag-tail");
        assertThat(text(wag)).contains("Using your easier version.", "small, easy swings");
    }

    @Test
    void where_am_i_in_the_middle_of_the_a_frame_names_the_users_round() {
        Reply inPosition = say(start(), new Command.GoTo("a frame"));
        assertThat(text(say(inPosition, new Command.WhereAmI()))).isEqualTo("You're on stretch six of six, the A-frame to squat. "
                + "You're getting into position for it. This is the last stretch. Say next to move on, or resume to do this set again.");
        Reply aFrame = say(inPosition, new Command.Next());
        assertThat(aFrame.turn().orElseThrow().part()).isEqualTo(2);
        int rounds = (int) java.util.regex.Pattern.compile("Round [a-z]+\\.").matcher(text(aFrame)).results().count();
        Reply where = say(aFrame, new Command.WhereAmI());
        assertThat(rounds).isBetween(2, 9);
        assertThat(text(where)).isEqualTo("You're on stretch six of six, the A-frame to squat. You're at round "
                + List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine").get(rounds) + " of ten. "
                + "This is the last stretch. Say next to move on, or resume to do this set again.");
        assertThat(where.state()).isEqualTo(aFrame.state());
    }

    @Test
    void where_am_i_before_starting_and_mid_routine() {
        assertThat(text(say(session(), new Command.WhereAmI()))).startsWith("You haven't started yet. The routine is six gentle stretches.");
        Reply sidebend = say(start(), new Command.GoTo("side bend"));
        assertThat(text(say(sidebend, new Command.WhereAmI()))).startsWith(
                "You're on stretch three of six, the quadruped sidebend. Left side, set one of three. "
                        + "You're getting into position for it. Three more stretches after this one. Next is the quadruped torso rotation.");
    }

    @Test
    void a_hold_time_out_of_range_is_clamped_with_the_reason_and_used_from_the_next_hold() {
        Reply set1 = start();
        Reply changed = say(set1, new Command.SetHoldTime(500));
        assertThat(text(changed)).isEqualTo("The longest hold in this routine is sixty seconds, so I've set your holds to sixty. "
                + "That starts with the next set. Say next to move on, or resume to do this set again.");
        assertThat(changed.state().position().holdSeconds()).isEqualTo(HoldTime.MAX);
        Reply restOfSet1 = say(changed, new Command.Next());
        assertThat(restOfSet1.spoken().speech().holds()).extracting(Hold::seconds).containsExactly(30);
        Reply set2 = say(restOfSet1, new Command.Next());
        assertThat(set2.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 2), 1, 1));
        assertThat(set2.spoken().speech().holds()).extracting(Hold::seconds).containsExactly(60);
    }

    @Test
    void a_hold_change_mid_set_applies_from_the_next_set_so_the_set_is_neither_replayed_nor_cut_short() {
        // Made longer while getting into position: the set's own hold stays 30 s, the next set's is 60 s.
        Reply rest = say(say(start(), new Command.SetHoldTime(60)), new Command.Next());
        assertThat(rest.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 1), 2, 2));
        assertThat(rest.spoken().speech().holds()).extracting(Hold::seconds).containsExactly(30);
        assertThat(say(rest, new Command.Next()).spoken().speech().holds()).extracting(Hold::seconds).containsExactly(60);

        // At 60 s it is two turns; shortening the hold during the first still plays the second.
        Reply part1 = coach.handle(say(session(), new Command.SetHoldTime(60)).state(), new Command.Start());
        Reply part2 = say(say(part1, new Command.SetHoldTime(30)), new Command.Next());
        assertThat(part2.turn()).contains(new TurnRef(new Step("prone-extension", Side.NONE, 1), 2, 2));
        assertThat(part2.spoken().speech().holds()).extracting(Hold::seconds).containsExactly(60);
        assertThat(say(part2, new Command.Next()).spoken().speech().holds()).extracting(Hold::seconds).containsExactly(30);
    }

    @Test
    void new_users_hear_what_a_stretch_is_for_and_returning_users_do_not() {
        String targets = routine.stretch("prone-extension").targets();
        assertThat(text(start())).contains(targets);
        Reply returning = coach.handle(CoachState.newSession(coach.navigator().fresh(), false), new Command.Start());
        assertThat(text(returning)).doesNotContain(targets);
    }

    @Test
    void repeated_sets_do_not_sound_identical() {
        Reply set1 = say(start(), new Command.Next());
        Reply set2 = say(set1, new Command.Next());
        Reply set3 = say(set2, new Command.Next());
        List<String> endings = List.of(set1, set2, set3).stream().map(CoachTest::text)
                .map(t -> t.substring(t.lastIndexOf("One, and"))).toList();
        assertThat(endings).doesNotHaveDuplicates();
    }

    @Test
    void what_is_not_possible_is_explained_with_a_way_forward() {
        Reply atStart = say(start(), new Command.Previous());
        assertThat(text(atStart)).isEqualTo("This is the very first set, so there's nothing before it. "
                + "Say next to move on, or resume to do this set again.");
        assertThat(atStart.spoken().asks()).isTrue();
        Reply unknown = say(start(), new Command.GoTo("handstand"));
        assertThat(text(unknown)).startsWith("I don't know that stretch. The stretches are: prone extension, wag tail, "
                + "quadruped sidebend, quadruped torso rotation, half pancake, and A-frame to squat.");
        Reply pancake = say(start(), new Command.GoTo("half pancake"));
        assertThat(text(say(pancake, new Command.Harder(Optional.empty())))).startsWith("The half pancake has no harder version");
        Reply easiest = say(say(pancake, new Command.Easier(Optional.empty())), new Command.Easier(Optional.empty()));
        assertThat(text(easiest)).startsWith("You're already on the easiest version of the half pancake. If it still doesn't feel right, you can skip it.");
    }

    @Test
    void every_reply_renders_as_valid_ssml() {
        SsmlRenderer renderer = new SsmlRenderer();
        Reply reply = start();
        for (Command c : List.of(new Command.WhereAmI(), new Command.GoTo("x & y <z>"), new Command.SetHoldTime(0),
                new Command.Harder(Optional.of("half pancake")), new Command.SkipStretch(), new Command.RepeatSet())) {
            reply = say(reply, c);
            SsmlCheck.assertValidSpeech(renderer.render(reply.spoken().speech()));
            SsmlCheck.assertValidSpeech(renderer.render(reply.spoken().reprompt()));
        }
    }

    private CoachState session() {
        return CoachState.newSession(coach.navigator().fresh(), true);
    }

    private Reply start() {
        return coach.handle(session(), new Command.Start());
    }

    private Reply say(Reply previous, Command command) {
        return coach.handle(previous.state(), command);
    }

    private Reply say(CoachState state, Command command) {
        return coach.handle(state, command);
    }

    private static String text(Reply reply) {
        return reply.spoken().speech().text();
    }
}
