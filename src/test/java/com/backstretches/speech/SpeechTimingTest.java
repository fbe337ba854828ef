package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpeechTimingTest {

    @Test
    void planned_duration_is_the_pauses_plus_the_words_at_the_stated_rate() {
        SpeechTiming timing = new SpeechTiming(120); // two words a second
        Script s = Script.builder().say("one two three four").pause(2500).say("forty-five seconds").build();
        assertThat(timing.planned(s)).isEqualTo(Duration.ofMillis(2500 + 7 * 500));
    }

    @Test
    void the_default_rate_is_stated() {
        assertThat(SpeechTiming.DEFAULT.wordsPerMinute()).isEqualTo(160);
        assertThat(SpeechTiming.DEFAULT.planned(Script.empty())).isZero();
    }

    @Test
    void an_implausible_rate_is_refused() {
        assertThatThrownBy(() -> new SpeechTiming(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saying_words_takes_their_count_at_the_rate_with_hyphenated_words_counted_apart() {
        assertThat(SpeechTiming.DEFAULT.saying("Lift again, and stay up.")).isEqualTo(java.time.Duration.ofMillis(5 * 375));
        assertThat(new SpeechTiming(120).saying("A-frame")).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(SpeechTiming.DEFAULT.saying("  ")).isZero();
    }
}
