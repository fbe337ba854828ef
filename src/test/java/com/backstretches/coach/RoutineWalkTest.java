package com.backstretches.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Command;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.speech.SsmlRenderer;
import com.backstretches.speech.TurnWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saying "next" from the start to the end of the routine, as a user would. */
class RoutineWalkTest {

    // Each stretch's first set ends once its setup is said: the user gets into position and says
    // "ready" (part 1), then the reps and hold follow (part 2). The A-frame's ten rounds take three
    // turns after that.
    private static final List<String> SETS_AT_30_SECONDS = List.of(
            "prone-extension set 1 part 1/2", "prone-extension set 1 part 2/2", "prone-extension set 2", "prone-extension set 3",
            "wag-tail set 1 part 1/2", "wag-tail set 1 part 2/2",
            "quadruped-sidebend left set 1 part 1/2", "quadruped-sidebend left set 1 part 2/2",
            "quadruped-sidebend left set 2", "quadruped-sidebend left set 3",
            "quadruped-sidebend right set 1", "quadruped-sidebend right set 2", "quadruped-sidebend right set 3",
            "quadruped-torso-rotation left set 1 part 1/2", "quadruped-torso-rotation left set 1 part 2/2",
            "quadruped-torso-rotation left set 2", "quadruped-torso-rotation left set 3",
            "quadruped-torso-rotation right set 1", "quadruped-torso-rotation right set 2", "quadruped-torso-rotation right set 3",
            "half-pancake left set 1 part 1/2", "half-pancake left set 1 part 2/2", "half-pancake right set 1",
            "a-frame-to-squat set 1 part 1/4", "a-frame-to-squat set 1 part 2/4", "a-frame-to-squat set 1 part 3/4",
            "a-frame-to-squat set 1 part 4/4");

    // With one-minute holds, changing sides (its settle time, then the reps and the hold) no longer
    // fits one turn either: the new side is set up, then the user says "ready".
    private static final List<String> SETS_AT_60_SECONDS = List.of(
            "prone-extension set 1 part 1/2", "prone-extension set 1 part 2/2", "prone-extension set 2", "prone-extension set 3",
            "wag-tail set 1 part 1/2", "wag-tail set 1 part 2/2",
            "quadruped-sidebend left set 1 part 1/2", "quadruped-sidebend left set 1 part 2/2",
            "quadruped-sidebend left set 2", "quadruped-sidebend left set 3",
            "quadruped-sidebend right set 1 part 1/2", "quadruped-sidebend right set 1 part 2/2",
            "quadruped-sidebend right set 2", "quadruped-sidebend right set 3",
            "quadruped-torso-rotation left set 1 part 1/2", "quadruped-torso-rotation left set 1 part 2/2",
            "quadruped-torso-rotation left set 2", "quadruped-torso-rotation left set 3",
            "quadruped-torso-rotation right set 1 part 1/2", "quadruped-torso-rotation right set 1 part 2/2",
            "quadruped-torso-rotation right set 2", "quadruped-torso-rotation right set 3",
            "half-pancake left set 1 part 1/2", "half-pancake left set 1 part 2/2", "half-pancake right set 1",
            "a-frame-to-squat set 1 part 1/4", "a-frame-to-squat set 1 part 2/4", "a-frame-to-squat set 1 part 3/4",
            "a-frame-to-squat set 1 part 4/4");

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final Coach coach = new Coach(routine, writer);
    private final SsmlRenderer renderer = new SsmlRenderer();

    @Test
    void with_30_second_holds_the_routine_is_27_turns_in_the_articles_order() {
        List<Reply> turns = walk(30);
        assertThat(turns).hasSize(27);
        assertThat(turns).extracting(r -> r.turn().orElseThrow().toString()).containsExactlyElementsOf(SETS_AT_30_SECONDS);
    }

    @Test
    void with_60_second_holds_the_routine_is_29_turns_because_long_side_switches_pause_for_position_too() {
        List<Reply> turns = walk(60);
        assertThat(turns).hasSize(29);
        assertThat(turns).extracting(r -> r.turn().orElseThrow().toString()).containsExactlyElementsOf(SETS_AT_60_SECONDS);
    }

    // Every hold from 30 to 60 s is checked through the entry point (PersistenceDialogTest); a whole walk is dearer.
    @ParameterizedTest(name = "hold {0} s")
    @ValueSource(ints = {30, 45, 60})
    void every_turn_is_valid_speech_within_budget_with_holds_of_exactly_the_chosen_length(int holdSeconds) {
        Map<Step, Integer> holdsPerSet = new HashMap<>();
        for (Reply reply : walk(holdSeconds)) {
            TurnRef turn = reply.turn().orElseThrow();
            String ssml = renderer.render(reply.spoken().speech());
            SsmlCheck.assertValidSpeech(ssml);
            SsmlCheck.assertValidSpeech(renderer.render(reply.spoken().reprompt()));
            assertThat(reply.spoken().asks()).as("%s asks a question", turn).isTrue();
            assertThat(writer.timing().planned(reply.spoken().speech())).as("%s planned duration", turn).isLessThanOrEqualTo(writer.budget());

            Stretch stretch = routine.stretch(turn.step().stretchId());
            for (Hold hold : reply.spoken().speech().holds()) {
                long breakMillis = hold.timeline().stream().filter(Pause.class::isInstance).mapToLong(s -> ((Pause) s).millis()).sum();
                int expected = stretch.dose().cycle().isPresent() ? 10 : holdSeconds;
                assertThat(hold.seconds()).as("%s hold", turn).isEqualTo(expected);
                assertThat(breakMillis).as("%s breaks of the hold", turn).isEqualTo(expected * 1000L);
            }
            holdsPerSet.merge(turn.step(), reply.spoken().speech().holds().size(), Integer::sum);
        }
        for (Stretch s : routine.stretches()) {
            int expected = s.dose().cycle().map(c -> c.times() * c.holds().size()).orElse(s.dose().hold().isPresent() ? 1 : 0);
            holdsPerSet.entrySet().stream().filter(e -> e.getKey().stretchId().equals(s.id()))
                    .forEach(e -> assertThat(e.getValue()).as("holds in %s", e.getKey()).isEqualTo(expected));
        }
    }

    @Test
    void after_the_last_set_next_finishes_the_routine_without_another_question() {
        List<Reply> turns = walk(30);
        Reply last = coach.handle(turns.get(turns.size() - 1).state(), new Command.Next());
        assertThat(last.state().position().status()).isEqualTo(Status.FINISHED);
        assertThat(last.turn()).isEmpty();
        assertThat(last.spoken().asks()).isFalse();
        assertThat(last.spoken().speech().text()).contains("all six stretches done");
        SsmlCheck.assertValidSpeech(renderer.render(last.spoken().speech()));
    }

    /** Start, then "next" until the routine is finished; the coached turns, in order. */
    private List<Reply> walk(int holdSeconds) {
        CoachState state = CoachState.newSession(coach.navigator().fresh(), true);
        state = coach.handle(state, new Command.SetHoldTime(holdSeconds)).state();
        List<Reply> turns = new ArrayList<>();
        Reply reply = coach.handle(state, new Command.Start());
        while (reply.turn().isPresent()) {
            turns.add(reply);
            assertThat(turns).as("walk ends").hasSizeLessThan(100);
            reply = coach.handle(reply.state(), new Command.Next());
        }
        assertThat(reply.state().position().status()).isEqualTo(Status.FINISHED);
        return turns;
    }
}
