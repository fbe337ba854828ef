package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SsmlRendererTest {

    private final SsmlRenderer renderer = new SsmlRenderer();

    @Test
    void speech_and_pauses_become_one_speak_element_with_breaks() {
        String ssml = renderer.render(Script.builder().say("Lift.").pause(1500).say("And hold.").pause(10_000).say("Release.").build());
        assertThat(ssml).isEqualTo("<speak>Lift. <break time=\"1500ms\"/> And hold. <break time=\"10s\"/> Release.</speak>");
        SsmlCheck.assertValidSpeech(ssml);
        assertThat(SsmlCheck.breaks(ssml)).containsExactly(1500, 10_000);
    }

    @Test
    void every_xml_special_character_in_a_cue_is_escaped() {
        String ssml = renderer.render(Script.say("Hips & knees <bent>, \"soft\" isn't 'locked' > 90°"));
        SsmlCheck.assertValidSpeech(ssml);
        assertThat(ssml).contains("Hips &amp; knees &lt;bent&gt;, &quot;soft&quot; isn&apos;t &apos;locked&apos; &gt; 90°");
        assertThat(SsmlCheck.parse(ssml).getDocumentElement().getTextContent())
                .isEqualTo("Hips & knees <bent>, \"soft\" isn't 'locked' > 90°");
    }

    @Test
    void an_empty_script_is_an_empty_speak_element() {
        assertThat(renderer.render(Script.empty())).isEqualTo("<speak></speak>");
    }

    @Test
    void speech_over_alexas_8000_characters_is_refused_rather_than_sent() {
        Script.Builder b = Script.builder();
        for (int i = 0; i < 800; i++) {
            b.say("Ten more seconds.");
        }
        assertThatThrownBy(() -> renderer.render(b.build())).hasMessageContaining("exceeds Alexa's 8000");
    }
}
