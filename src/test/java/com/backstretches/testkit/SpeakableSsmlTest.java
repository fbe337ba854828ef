package com.backstretches.testkit;

import static com.backstretches.testkit.SpeakableSsml.assertSpeakable;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.speech.Script;
import com.backstretches.speech.Segment;
import com.backstretches.speech.SsmlRenderer;
import org.junit.jupiter.api.Test;

class SpeakableSsmlTest {

    @Test
    void the_paces_the_skill_speaks_at_pass() {
        for (int rate : new int[] {85, 120}) {
            String ssml = new SsmlRenderer().render(Script.builder().say("Lift and lower.", rate).pause(Segment.MAX_PAUSE_MILLIS)
                    .say("Done.").build());
            assertThatCode(() -> assertSpeakable(ssml)).as(ssml).doesNotThrowAnyException();
        }
        assertThatCode(() -> assertSpeakable("<speak><break time=\"1s\"/> <prosody rate=\"85%\">One.</prosody> <break time=\"1250ms\"/>"
                + " <prosody rate=\"120%\">Two.</prosody></speak>")).doesNotThrowAnyException();
    }

    @Test
    void a_break_over_ten_seconds_fails_in_either_unit() {
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold. <break time=\"11s\"/> Release.</speak>")).hasMessageContaining("1 ms to 10 s");
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold. <break time=\"10001ms\"/> Release.</speak>")).hasMessageContaining("1 ms to 10 s");
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold. <break time=\"0ms\"/> Release.</speak>")).hasMessageContaining("1 ms to 10 s");
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold. <break time=\"1.5s\"/> Release.</speak>")).hasMessageContaining("whole number");
    }

    @Test
    void two_breaks_in_a_row_fail_even_with_space_between() {
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold. <break time=\"5s\"/>  <break time=\"5s\"/> Release.</speak>"))
                .hasMessageContaining("two breaks in a row");
        assertThatCode(() -> assertSpeakable("<speak>Hold. <break time=\"5s\"/> <prosody rate=\"85%\">Halfway.</prosody> <break time=\"5s\"/></speak>"))
                .doesNotThrowAnyException();
    }

    @Test
    void prosody_other_than_a_rate_around_words_fails() {
        assertThatThrownBy(() -> assertSpeakable("<speak><prosody rate=\"10%\">Slow.</prosody></speak>")).hasMessageContaining("prosody rate");
        assertThatThrownBy(() -> assertSpeakable("<speak><prosody rate=\"fast\">Fast.</prosody></speak>")).hasMessageContaining("percentage");
        assertThatThrownBy(() -> assertSpeakable("<speak><prosody volume=\"loud\">Loud.</prosody></speak>")).hasMessageContaining("exactly the attribute rate");
        assertThatThrownBy(() -> assertSpeakable("<speak><prosody rate=\"85%\">One <break time=\"1s\"/> two.</prosody></speak>"))
                .hasMessageContaining("only words inside <prosody>");
    }

    @Test
    void anything_else_fails() {
        assertThatThrownBy(() -> assertSpeakable("<speak>Hold <break time=\"1s\"></speak>")).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> assertSpeakable("<p>Hold.</p>")).hasMessageContaining("root");
        assertThatThrownBy(() -> assertSpeakable("<speak><audio src=\"https://example.com/a.mp3\"/></speak>")).hasMessageContaining("only words");
        assertThatThrownBy(() -> assertSpeakable("<speak> </speak>")).hasMessageContaining("says something");
    }
}
