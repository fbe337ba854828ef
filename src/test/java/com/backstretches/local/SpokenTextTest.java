package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.SpokenText.Pause;
import com.backstretches.local.SpokenText.Words;
import com.backstretches.speech.Script;
import com.backstretches.speech.SsmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenTextTest {

    @Test
    void a_break_in_seconds_becomes_a_pause_between_the_words_around_it() {
        SpokenText spoken = SpokenText.ofSsml("<speak>Hold it. <break time=\"10s\"/> Ten to go.</speak>");
        assertThat(spoken.pieces()).containsExactly(new Words("Hold it."), new Pause(10_000), new Words("Ten to go."));
        assertThat(spoken.inline()).isEqualTo("Hold it. [pause 10s] Ten to go.");
    }

    @Test
    void a_break_in_milliseconds_or_with_single_quotes_or_other_attributes_is_a_pause_too() {
        assertThat(SpokenText.ofSsml("<speak>In.<break time=\"800ms\"/>Out.</speak>").pieces())
                .containsExactly(new Words("In."), new Pause(800), new Words("Out."));
        assertThat(SpokenText.ofSsml("<speak>In.<break time='1.5s'/>Out.</speak>").pieces())
                .containsExactly(new Words("In."), new Pause(1500), new Words("Out."));
        assertThat(SpokenText.ofSsml("<speak>In.<break strength=\"x-strong\" time=\"2s\" />Out.</speak>").pieces())
                .containsExactly(new Words("In."), new Pause(2000), new Words("Out."));
    }

    @ParameterizedTest
    @CsvSource({"10000, 10s", "1000, 1s", "800, 0.8s", "1500, 1.5s", "300, 0.3s", "60000, 60s"})
    void a_pause_is_labelled_in_seconds_with_at_most_one_decimal(int millis, String label) {
        assertThat(new Pause(millis).label()).isEqualTo(label);
    }

    @Test
    void pauses_at_the_start_and_back_to_back_are_kept_in_order() {
        SpokenText spoken = SpokenText.ofSsml("<speak><break time=\"1s\"/><break time=\"500ms\"/>Go.</speak>");
        assertThat(spoken.pieces()).containsExactly(new Pause(1000), new Pause(500), new Words("Go."));
        assertThat(spoken.inline()).isEqualTo("[pause 1s] [pause 0.5s] Go.");
    }

    @Test
    void entities_are_unescaped_once_and_an_escaped_ampersand_is_not_unescaped_again() {
        assertThat(SpokenText.ofSsml("<speak>Let&apos;s go &amp; stretch: &quot;slowly&quot; &lt;now&gt;.</speak>").words())
                .isEqualTo("Let's go & stretch: \"slowly\" <now>.");
        assertThat(SpokenText.ofSsml("<speak>Fish &amp;amp; chips &amp;apos;</speak>").words())
                .isEqualTo("Fish &amp; chips &apos;");
    }

    @Test
    void what_the_skill_renders_reads_back_as_the_same_words_and_pauses() {
        String tricky = "Tom & Jerry's \"<best>\" stretch, written &lt; here";
        String ssml = new SsmlRenderer().render(Script.builder().say(tricky).pause(1500).say("Done.").pause(10_000).build());
        assertThat(SpokenText.ofSsml(ssml).pieces())
                .containsExactly(new Words(tricky), new Pause(1500), new Words("Done."), new Pause(10_000));
    }

    @Test
    void tags_other_than_break_are_dropped_and_their_words_kept_in_one_piece() {
        SpokenText spoken = SpokenText.ofSsml("<speak><p>One.</p><p><prosody rate=\"slow\">Two</prosody> "
                + "<emphasis level=\"strong\">three</emphasis>.</p><say-as interpret-as=\"cardinal\">4</say-as></speak>");
        assertThat(spoken.pieces()).containsExactly(new Words("One. Two three. 4"));
    }

    @Test
    void a_cue_wrapped_in_prosody_with_a_percent_rate_prints_just_its_words_and_keeps_its_pauses() {
        SpokenText spoken = SpokenText.ofSsml("<speak>Ten times, with me. <prosody rate=\"80%\">One, lift.</prosody>"
                + "<break time=\"1s\"/><prosody rate=\"80%\" pitch=\"-5%\">and lower.</prosody></speak>");
        assertThat(spoken.pieces()).containsExactly(new Words("Ten times, with me. One, lift."), new Pause(1000),
                new Words("and lower."));
        assertThat(spoken.inline()).isEqualTo("Ten times, with me. One, lift. [pause 1s] and lower.");
    }

    @Test
    void a_tag_between_a_word_and_its_punctuation_leaves_no_space_before_the_punctuation() {
        assertThat(SpokenText.ofSsml("<speak><emphasis>Breathe</emphasis>, then <emphasis>relax</emphasis>! "
                + "Ready<prosody rate=\"slow\"></prosody>?</speak>").words())
                .isEqualTo("Breathe, then relax! Ready?");
    }

    @Test
    void whitespace_and_newlines_collapse_to_single_spaces() {
        assertThat(SpokenText.ofSsml("<speak>\n  Lie   down\n\ton your  front.\n</speak>").inline())
                .isEqualTo("Lie down on your front.");
    }

    @Test
    void words_leave_the_pauses_out() {
        SpokenText spoken = SpokenText.ofSsml("<speak>Hold it. <break time=\"10s\"/> Ten to go. <break time=\"0.8s\"/> Done.</speak>");
        assertThat(spoken.words()).isEqualTo("Hold it. Ten to go. Done.");
        assertThat(spoken.inline()).isEqualTo("Hold it. [pause 10s] Ten to go. [pause 0.8s] Done.");
    }

    @Test
    void plain_text_without_tags_is_one_piece_of_words() {
        SpokenText spoken = SpokenText.ofSsml("Just words, no tags.");
        assertThat(spoken.pieces()).containsExactly(new Words("Just words, no tags."));
        assertThat(spoken.isEmpty()).isFalse();
    }

    @Test
    void speech_with_no_words_and_no_breaks_is_empty() {
        assertThat(SpokenText.ofSsml("<speak>  </speak>").isEmpty()).isTrue();
        assertThat(SpokenText.ofSsml("").inline()).isEmpty();
        assertThat(SpokenText.ofSsml("<speak><break time=\"1s\"/></speak>").isEmpty()).isFalse();
    }
}
