package com.backstretches.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The screen's content files: a drawing for every stretch and hold of the routine, and every text the screen can show. */
class ScreenContentTest {

    private static final Routine ROUTINE = RoutineLoader.standard();

    @Test
    void every_stretch_has_a_pose_and_a_cycle_has_one_per_hold_each_with_its_drawing() {
        Poses poses = Poses.load();
        assertThat(poses.all().keySet()).containsExactlyInAnyOrderElementsOf(ROUTINE.stretches().stream().map(Stretch::id).toList());
        for (Stretch stretch : ROUTINE.stretches()) {
            int expected = stretch.dose().cycle().map(c -> c.holds().size()).orElse(1);
            assertThat(poses.of(stretch.id())).as(stretch.id()).hasSize(expected);
            poses.of(stretch.id()).forEach(name -> assertThat(poses.graphic(name).path("type").asText()).as(name).isEqualTo("AVG"));
        }
    }

    @Test
    void the_screen_text_file_has_exactly_the_texts_the_screen_uses() {
        assertThat(ScreenText.load().keys()).containsExactlyInAnyOrderElementsOf(Set.of(
                "title", "stretchOf", "setOf", "rounds", "roundOf", "side.LEFT", "side.RIGHT", "level.EASIER", "level.HARDER", "holdNote", "hold",
                "headline.WELCOME", "headline.PAUSED", "headline.STOPPED", "headline.FINISHED", "streak.one", "streak.many",
                "button.next", "button.repeat", "button.easier", "button.pause", "button.yes", "button.no"));
        for (Button b : Button.values()) {
            assertThat(ScreenText.load().get("button." + b.id())).isNotBlank();
        }
    }

    @Test
    void the_document_is_apl_sent_with_only_the_graphics_a_screen_draws() {
        Poses poses = Poses.load();
        AplDocument document = AplDocument.load(poses);
        Screen screen = new Screen("t", "", "Stretch 6 of 6", "A-frame to squat", "", "", "cue", "", "", java.util.List.of(),
                java.util.List.of(new Screen.FrameView(0, 10, 10, "a-frame", "A-frame"), new Screen.FrameView(10, Frame.FOREVER, 0, "squat", "")),
                0, java.util.List.of());
        var doc = document.document(screen);
        assertThat(doc.get("type")).isEqualTo("APL");
        assertThat(((java.util.Map<?, ?>) doc.get("graphics")).keySet()).map(Object::toString).containsExactly("a-frame", "squat");
        assertThat(document.datasources(screen).get(AplDocument.DATASOURCE)).isInstanceOf(java.util.Map.class);
        assertThat(((java.util.Map<?, ?>) document.datasources(screen).get(AplDocument.DATASOURCE)).keySet()).map(Object::toString)
                .doesNotContain("poses").contains("frames", "buttons", "speechLeadMillis");
    }
}
