package com.backstretches.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.coach.TurnRef;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.Script;
import com.backstretches.speech.Segment;
import com.backstretches.speech.SpeechTiming;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final SpeechTiming TIMING = new SpeechTiming(160);

    private static Segment.Hold hold(int seconds) {
        return new Segment.Hold(seconds, List.of(new Segment.Pause(seconds * 500), new Segment.Say("half way"),
                new Segment.Pause(seconds * 500)));
    }

    @Test
    void a_hold_frame_starts_after_the_words_before_it_and_lasts_its_silences_and_cues() {
        // 8 words at 160 a minute: 3 s; the hold: 20 s of silence and 2 words (750 ms).
        Script script = Script.builder().say("one two three four five six seven eight").hold(hold(20)).say("and release").build();
        Timeline timeline = Timeline.of(script, TIMING, 1);
        assertThat(timeline.frames()).containsExactly(
                new Frame(0, 3000, 0, 0),
                new Frame(3000, 23_750, 20, 0),
                new Frame(23_750, Frame.FOREVER, 0, 0));
    }

    @Test
    void the_holds_of_a_cycle_take_its_poses_in_turn_and_the_words_before_a_hold_already_show_its_pose() {
        Script script = Script.builder().say("into the A-frame").hold(hold(10)).say("walk in to the squat").hold(hold(10))
                .say("back up").hold(hold(10)).build();
        Timeline timeline = Timeline.of(script, TIMING, 2);
        assertThat(timeline.frames()).extracting(Frame::pose).containsExactly(0, 0, 1, 1, 0, 0, 0);
        assertThat(timeline.holds()).extracting(Frame::holdSeconds).containsExactly(10, 10, 10);
    }

    @Test
    void words_alone_are_one_still_frame() {
        assertThat(Timeline.of(Script.say("Welcome back."), TIMING, 2).frames()).containsExactly(new Frame(0, Frame.FOREVER, 0, 0));
    }

    @Test
    void a_timeline_and_a_screen_memory_survive_the_session_and_refuse_what_is_not_theirs() {
        Timeline timeline = Timeline.of(Script.builder().say("lift and stay up").hold(hold(20)).say("release").build(), TIMING, 1);
        assertThat(Timeline.decode(timeline.encode())).isEqualTo(timeline);
        ScreenMemory memory = new ScreenMemory(Optional.of(new TurnRef(new Step("half-pancake", Side.LEFT, 1), 1, 2)), timeline);
        assertThat(ScreenMemory.decode(memory.encode())).isEqualTo(memory);
        ScreenMemory still = new ScreenMemory(Optional.empty(), Timeline.still(0));
        assertThat(ScreenMemory.decode(still.encode())).isEqualTo(still);
        for (String bad : List.of("", "x", "0.10.0.0", "0.100.0.0/200.86400000.0.0", "-|0.86400000.-1.0", "half-pancake|UP|1|1|1|0.86400000.0.0",
                "half-pancake|LEFT|1|3|2|0.86400000.0.0")) {
            assertThatThrownBy(() -> ScreenMemory.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
