package com.backstretches.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.Coach;
import com.backstretches.coach.CoachState;
import com.backstretches.coach.Reply;
import com.backstretches.dialog.Ask;
import com.backstretches.dialog.Dialog;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.Turn;
import com.backstretches.dialog.Visit;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Command;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Move;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import com.backstretches.speech.SetRequest;
import com.backstretches.speech.Spoken;
import com.backstretches.speech.TurnWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixes found by talking to the skill (issue 18, part 2): each failed before its fix. */
class VoiceFixesTest {

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final Coach coach = new Coach(routine, writer);
    private final Dialog dialog = new Dialog(coach);

    // ---- getting into a new position ----

    @Test
    void the_first_set_of_every_stretch_waits_for_ready_before_counting_at_every_hold_time() {
        for (Stretch stretch : routine.stretches()) {
            Side side = stretch.hasSides() ? Side.LEFT : Side.NONE;
            for (int hold = HoldTime.MIN; hold <= HoldTime.MAX; hold += 5) {
                for (Move lead : List.of(Move.STARTED, Move.NEXT_STRETCH, Move.WENT_TO, Move.SKIPPED)) {
                    List<Spoken> parts = writer.write(request(stretch, new Step(stretch.id(), side, 1), hold, true, lead, Pace.NORMAL));
                    Spoken first = parts.get(0);
                    assertThat(first.speech().text()).as("%s at %d s after %s", stretch.id(), hold, lead)
                            .endsWith("Say ready when you're in position.");
                    assertThat(first.speech().holds()).as("nothing is counted before the person is in position").isEmpty();
                    assertThat(first.speech().text()).doesNotContain("One, ");
                    assertThat(parts).hasSizeGreaterThan(1);
                }
            }
        }
    }

    @Test
    void resuming_a_set_later_waits_for_ready_too_even_without_the_full_setup() {
        Stretch prone = routine.stretch("prone-extension");
        List<Spoken> parts = writer.write(request(prone, new Step(prone.id(), Side.NONE, 2), 30, false, Move.RESUMED, Pace.NORMAL));
        assertThat(parts.get(0).speech().text()).endsWith("Say ready when you're in position.");
    }

    @Test
    void switching_sides_gives_the_time_the_stretch_needs_to_change_position_before_the_reps_start() {
        for (Stretch stretch : routine.stretches()) {
            if (!stretch.hasSides()) {
                continue;
            }
            Spoken set = writer.write(request(stretch, new Step(stretch.id(), Side.RIGHT, 1), 30, false, Move.OTHER_SIDE, Pace.NORMAL)).get(0);
            int settle = pauseBeforeWork(set, stretch);
            assertThat(settle).as(stretch.id()).isEqualTo(stretch.switchSeconds() * 1000);
            assertThat(settle).as(stretch.id()).isGreaterThanOrEqualTo(5000);
        }
        assertThat(routine.stretch("half-pancake").switchSeconds())
                .as("swapping which leg is out takes longer than walking the hands over")
                .isGreaterThan(routine.stretch("quadruped-sidebend").switchSeconds());
    }

    @Test
    void easier_while_still_getting_into_position_sets_up_the_easier_version_and_waits_for_ready_again() {
        Reply setUp = coach.handle(CoachState.newSession(coach.navigator().fresh(), false), new Command.Start());
        assertThat(setUp.spoken().speech().text()).endsWith("Say ready when you're in position.");
        Reply easier = coach.handle(setUp.state(), new Command.Easier(java.util.Optional.empty()));
        String text = easier.spoken().speech().text();
        assertThat(text).startsWith("Okay, the easier version.")
                .contains(routine.stretch("prone-extension").version(Level.EASIER).setup().get(0))
                .endsWith("Say ready when you're in position.");
        assertThat(easier.spoken().speech().holds()).isEmpty();
        // Once in position and under way, easier restarts the set straight away, as before.
        Reply underWay = coach.handle(setUp.state(), new Command.Next());
        Reply easierNow = coach.handle(underWay.state(), new Command.Easier(java.util.Optional.empty()));
        assertThat(easierNow.spoken().speech().text()).contains("One, lift.");
    }

    // ---- the rest between sets ----

    @Test
    void a_set_followed_by_another_set_rests_inside_the_turn_before_asking_for_next() {
        for (Stretch stretch : routine.stretches()) {
          if (stretch.dose().sets() < 3) {
              continue;
          }
          Side side = stretch.hasSides() ? Side.LEFT : Side.NONE;
          for (Pace pace : Pace.values()) {
            for (int hold = HoldTime.MIN; hold <= HoldTime.MAX; hold += 5) {
                List<Spoken> parts = writer.write(request(stretch, new Step(stretch.id(), side, 2), hold, false, Move.NEXT_SET, pace));
                Spoken last = parts.get(parts.size() - 1);
                List<Segment> flat = last.speech().flat().toList();
                int release = lastIndexOfSay(flat, "One, and");
                long restMillis = flat.subList(release, flat.size()).stream().filter(Pause.class::isInstance)
                        .mapToLong(s -> ((Pause) s).millis()).sum();
                if (restMillis == 0) {
                    // Only the slowest, longest sets leave no room: the set's work alone then nearly fills the turn.
                    assertThat(writer.timing().planned(last.speech()).plusSeconds(5).plus(writer.timing().saying("Rest for five seconds."))).as("no rest after the %s hold at %d s, %s",
                            stretch.id(), hold, pace).isGreaterThan(writer.budget());
                } else {
                    assertThat(restMillis).as("rest after the %s hold at %d s, %s", stretch.id(), hold, pace).isGreaterThanOrEqualTo(5_000);
                }
                if (hold == HoldTime.DEFAULT && pace == Pace.NORMAL) {
                    assertThat(restMillis).as("the usual rest, %s", stretch.id()).isEqualTo(15_000);
                }
                if (pace != Pace.SLOWER) {
                    assertThat(parts).as("a set in the same position is not split for its rest, %s at %d s, %s", stretch.id(), hold, pace)
                            .hasSize(1);
                }
                assertThat(last.speech().text()).endsWith("Say next for set three.");
                assertThat(writer.timing().planned(last.speech())).isLessThanOrEqualTo(writer.budget());
            }
          }
        }
    }

    @Test
    void the_first_rest_of_the_routine_says_once_that_next_ends_it_early() {
        List<String> turns = walk(new Command.Start());
        List<String> withTip = turns.stream().filter(t -> t.contains("Alexa, next")).toList();
        assertThat(withTip).hasSize(1);
        assertThat(turns.indexOf(withTip.get(0))).isLessThan(5);
    }

    // ---- where am I in the A-frame ----

    @Test
    void where_am_i_in_the_a_frame_says_the_users_round_out_of_ten() {
        Position atAFrame = new Position(Status.IN_PROGRESS, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), HoldTime.DEFAULT);
        Reply reply = coach.handle(CoachState.newSession(atAFrame, false), new Command.Resume());
        List<String> answers = new ArrayList<>();
        while (reply.turn().isPresent()) {
            answers.add(coach.handle(reply.state(), new Command.WhereAmI()).spoken().speech().text());
            reply = coach.handle(reply.state(), new Command.Next());
        }
        assertThat(answers).noneMatch(a -> a.contains(" of it"));
        assertThat(answers.get(0)).contains("getting into position");
        assertThat(String.join(" ", answers)).containsPattern("[Rr]ounds? [a-z]+ of ten");
        assertThat(answers.get(answers.size() - 1)).contains("all ten rounds");
    }

    // ---- next after the routine is finished ----

    @Test
    void next_in_a_later_session_after_finishing_asks_before_starting_another_round() {
        Position finished = new Position(Status.FINISHED, coach.navigator().steps().get(coach.navigator().steps().size() - 1),
                Map.of(), HoldTime.DEFAULT);
        Turn open = dialog.open(dialog.begin(finished, new Visit(false, true, false)));
        assertThat(open.state().question()).isEqualTo(Question.ANOTHER_ROUND);
        Turn next = dialog.handle(open.state(), new Ask.Next());
        assertThat(next.coached()).isEmpty();
        assertThat(next.state().coach().position().status()).isEqualTo(Status.FINISHED);
        assertThat(next.state().question()).isEqualTo(Question.ANOTHER_ROUND);
        assertThat(next.spoken().speech().text()).contains("another round");
        Turn yes = dialog.handle(next.state(), new Ask.Yes());
        assertThat(yes.coached()).isPresent();
        assertThat(yes.state().coach().position().status()).isEqualTo(Status.IN_PROGRESS);
    }

    // ---- the A-frame's rounds ----

    @Test
    void ten_a_frame_rounds_do_not_repeat_the_same_two_cues() {
        Stretch aFrame = routine.stretch("a-frame-to-squat");
        for (Level level : List.of(Level.EASIER, Level.STANDARD, Level.HARDER)) {
            List<String> cues = roundCues(aFrame, level);
            Set<String> distinct = new HashSet<>(cues);
            assertThat(distinct).as(level.key()).hasSizeGreaterThanOrEqualTo(6);
            for (int i = 1; i < cues.size(); i++) {
                assertThat(cues.get(i)).as("%s cue %d", level, i).isNotEqualTo(cues.get(i - 1));
            }
        }
    }

    @Test
    void the_easier_a_frame_cues_say_what_is_easier() {
        Stretch aFrame = routine.stretch("a-frame-to-squat");
        List<String> easier = roundCues(aFrame, Level.EASIER);
        List<String> standard = roundCues(aFrame, Level.STANDARD);
        assertThat(easier).doesNotContainAnyElementsOf(standard);
        String all = String.join(" ", easier).toLowerCase();
        assertThat(all).contains("bent").containsAnyOf("hands can", "hands come up", "hands up", "lift your hands", "hands off");
    }

    // ---- helpers ----

    private List<String> roundCues(Stretch aFrame, Level level) {
        Step step = new Step(aFrame.id(), Side.NONE, 1);
        List<Spoken> parts = writer.write(request(aFrame, step, 30, false, Move.NEXT_STRETCH, Pace.NORMAL, level));
        List<String> cues = new ArrayList<>();
        for (Spoken part : parts) {
            for (Segment s : part.speech().flat().toList()) {
                if (s instanceof Say say && (say.text().toLowerCase().contains("a-frame") || say.text().toLowerCase().contains("squat"))
                        && !say.text().startsWith("Stretch ") && part != parts.get(0)) {
                    cues.add(say.text().replaceFirst("^Round [a-z]+\\. ", ""));
                }
            }
        }
        return cues;
    }

    private List<String> walk(Command begin) {
        Position start = coach.navigator().fresh();
        Reply reply = coach.handle(CoachState.newSession(start, false), begin);
        List<String> turns = new ArrayList<>();
        while (reply.turn().isPresent()) {
            turns.add(reply.spoken().speech().text());
            reply = coach.handle(reply.state(), new Command.Next());
        }
        return turns;
    }

    private static int pauseBeforeWork(Spoken set, Stretch stretch) {
        List<Segment> flat = set.speech().flat().toList();
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i) instanceof Say say && (say.text().startsWith("One, ") || say.text().equals(TurnWriterAccess.holdCueOf(stretch, Side.RIGHT)))) {
                for (int j = i - 1; j >= 0; j--) {
                    if (flat.get(j) instanceof Pause p) {
                        return p.millis();
                    }
                }
                return 0;
            }
        }
        throw new AssertionError("no reps or hold in " + set.speech().text());
    }

    private static int lastIndexOfSay(List<Segment> flat, String prefix) {
        for (int i = flat.size() - 1; i >= 0; i--) {
            if (flat.get(i) instanceof Say say && say.text().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no '" + prefix + "' in the turn");
    }

    private SetRequest request(Stretch stretch, Step step, int hold, boolean full, Move lead, Pace pace) {
        return request(stretch, step, hold, full, lead, pace, Level.STANDARD);
    }

    private SetRequest request(Stretch stretch, Step step, int hold, boolean full, Move lead, Pace pace, Level level) {
        return new SetRequest(stretch, routine.numberOf(stretch.id()), routine.stretches().size(), step, level, hold, full, false,
                lead, new SetRequest.NextSet(step.set() + 1), 0, pace, stretch.dose().sets());
    }

    /** The hold cue as the writer speaks it, to find where the work starts in a stretch without reps. */
    private static final class TurnWriterAccess {
        static String holdCueOf(Stretch stretch, Side side) {
            String cue = stretch.holdCue().replace("{side}", side.name().toLowerCase(java.util.Locale.ROOT));
            return cue.isEmpty() ? cue : Character.toUpperCase(cue.charAt(0)) + cue.substring(1);
        }
    }
}
