package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void a_pause_longer_than_ten_seconds_cannot_be_made() {
        assertThatThrownBy(() -> new Pause(10_001)).hasMessageContaining("1-10000 ms");
        assertThatThrownBy(() -> new Pause(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Pause(10_000).millis()).isEqualTo(10_000);
    }

    @Test
    void two_pauses_in_a_row_are_refused_even_across_a_hold_or_a_join() {
        assertThatThrownBy(() -> Script.builder().say("a").pause(500).pause(500).build()).hasMessageContaining("two pauses in a row");
        Hold hold = new Hold(2, List.of(new Pause(2000)));
        assertThatThrownBy(() -> Script.builder().say("hold").pause(100).hold(hold).build()).hasMessageContaining("two pauses in a row");
        Script endsWithPause = Script.builder().say("a").pause(100).build();
        assertThatThrownBy(() -> endsWithPause.then(Script.builder().pause(100).say("b").build())).hasMessageContaining("two pauses in a row");
    }

    @Test
    void a_hold_is_exactly_as_long_as_its_pauses() {
        assertThatThrownBy(() -> new Hold(30, List.of(new Pause(10_000), new Say("twenty"), new Pause(10_000))))
                .hasMessageContaining("a 30 s hold has 20000 ms of pauses");
        assertThatThrownBy(() -> new Hold(1, List.of(new Say("x")))).hasMessageContaining("starts and ends with a pause");
    }

    @Test
    void empty_speech_is_refused() {
        assertThatThrownBy(() -> new Say("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void text_is_the_words_in_order_with_holds_opened_up() {
        Script s = Script.builder().say("Lift.").hold(new Hold(3, List.of(new Pause(1000), new Say("two"), new Pause(2000)))).say("Release.").build();
        assertThat(s.text()).isEqualTo("Lift. two Release.");
        assertThat(s.holds()).hasSize(1);
        assertThat(s.flat()).hasSize(5);
    }
}
