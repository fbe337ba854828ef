package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of speech at their edges: speaking rates, Alexa's 8,000 characters, holds, and joining scripts. */
class SpeechLimitsTest {

    private final SsmlRenderer renderer = new SsmlRenderer();

    @Test
    void a_speaking_rate_goes_from_20_to_200_percent() {
        assertThat(new Say("slow", 20).ratePercent()).isEqualTo(20);
        assertThat(new Say("fast", 200).ratePercent()).isEqualTo(200);
        assertThatThrownBy(() -> new Say("too slow", 19)).hasMessageContaining("outside 20-200%");
        assertThatThrownBy(() -> new Say("too fast", 201)).hasMessageContaining("outside 20-200%");
    }

    @Test
    void words_are_kept_without_the_space_around_them() {
        assertThat(new Say("  Lift.  ").text()).isEqualTo("Lift.");
    }

    @Test
    void a_words_per_minute_rate_goes_from_60_to_400() {
        assertThat(new SpeechTiming(60).saying("one two three")).isEqualTo(Duration.ofSeconds(3));
        assertThat(new SpeechTiming(400).saying("one two three four five six seven eight nine ten")).isEqualTo(Duration.ofMillis(1500));
        assertThatThrownBy(() -> new SpeechTiming(59)).hasMessageContaining("implausible");
        assertThatThrownBy(() -> new SpeechTiming(401)).hasMessageContaining("implausible");
    }

    @Test
    void speech_of_exactly_8000_characters_is_sent_and_one_more_is_refused() {
        String wrapper = "<speak></speak>";
        String atLimit = "a".repeat(SsmlRenderer.MAX_SPEECH_CHARS - wrapper.length());
        assertThat(renderer.render(Script.say(atLimit))).hasSize(SsmlRenderer.MAX_SPEECH_CHARS);
        assertThatThrownBy(() -> renderer.render(Script.say(atLimit + "a"))).hasMessageContaining("8001 characters exceeds");
    }

    @Test
    void a_pause_is_written_in_seconds_when_whole_and_in_milliseconds_otherwise() {
        assertThat(renderer.render(Script.builder().say("a").pause(2000).say("b").pause(800).say("c").build()))
                .isEqualTo("<speak>a <break time=\"2s\"/> b <break time=\"800ms\"/> c</speak>");
    }

    @Test
    void words_at_another_rate_are_wrapped_in_prosody_and_at_the_normal_rate_are_not() {
        assertThat(renderer.render(Script.builder().say("One, lift.", 85).say("Good.").build()))
                .isEqualTo("<speak><prosody rate=\"85%\">One, lift.</prosody> Good.</speak>");
    }

    @Test
    void holds_do_not_nest() {
        Hold inner = new Hold(1, List.of(new Pause(1000)));
        assertThatThrownBy(() -> new Hold(2, List.of(new Pause(500), inner, new Say("x"), new Pause(500))))
                .hasMessageContaining("holds do not nest");
    }

    @Test
    void joining_two_scripts_keeps_both_in_order() {
        Script first = Script.builder().say("Lift.").pause(1000).build();
        Script joined = first.then(Script.say("Lower."));
        assertThat(joined.text()).isEqualTo("Lift. Lower.");
        assertThat(joined.segments()).containsExactly(new Say("Lift."), new Pause(1000), new Say("Lower."));
        assertThat(first.segments()).as("the first is unchanged").hasSize(2);
    }

    @Test
    void scripts_with_the_same_segments_are_equal() {
        Script a = Script.builder().say("Lift.").pause(1000).say("Lower.").build();
        Script b = Script.say("Lift.").then(Script.builder().pause(1000).say("Lower.").build());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Script.say("Lift.")).isNotEqualTo("Lift.");
        assertThat(a.toString()).startsWith("Script[").contains("Lift.", "1000");
        assertThat(Script.empty().isEmpty()).isTrue();
        assertThat(a.isEmpty()).isFalse();
    }

    @Test
    void a_spoken_answer_asks_only_when_it_has_a_reprompt() {
        assertThat(new Spoken(Script.say("Ready?"), Script.say("Say yes.")).asks()).isTrue();
        assertThat(new Spoken(Script.say("Goodbye."), Script.empty()).asks()).isFalse();
    }
}
