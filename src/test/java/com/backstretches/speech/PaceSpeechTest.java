package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.Coach;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Move;
import com.backstretches.session.Pace;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.SetRequest.NextSet;
import com.backstretches.testkit.ResponseChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PaceSpeechTest {

    private static final Pattern REP_CUE = Pattern.compile("(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten), reach over\\.|and back\\.");

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final SsmlRenderer renderer = new SsmlRenderer();
    private final Stretch sidebend = routine.stretch("quadruped-sidebend");

    /** A set of ten counted reps and a 30 s hold, its setup already heard. */
    private List<Spoken> sidebendSet(Pace pace) {
        return writer.write(new SetRequest(sidebend, 3, 6, new Step("quadruped-sidebend", Side.LEFT, 2), Level.STANDARD, 30, false, false,
                Move.NEXT_SET, new NextSet(3), 0, pace, 3));
    }

    private List<String> ssml(Pace pace) {
        List<String> out = new ArrayList<>();
        for (Spoken part : sidebendSet(pace)) {
            String ssml = renderer.render(part.speech());
            ResponseChecks.assertValidSsml(pace + " speech", ssml);
            ResponseChecks.assertValidSsml(pace + " reprompt", renderer.render(part.reprompt()));
            out.add(ssml);
        }
        return out;
    }

    /** A spoken piece of the turn: plain text or words inside a prosody, with its rate ("" for none) and the break after it. */
    private record Piece(String text, String rate, int breakAfter) {
    }

    private static List<Piece> pieces(String ssml) {
        List<Piece> pieces = new ArrayList<>();
        Element root = SsmlCheck.parse(ssml).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("break")) {
                continue;
            }
            String text = n.getTextContent().strip();
            if (text.isEmpty()) {
                continue;
            }
            String rate = n instanceof Element e && e.getTagName().equals("prosody") ? e.getAttribute("rate") : "";
            int after = 0;
            for (Node next = n.getNextSibling(); next != null; next = next.getNextSibling()) {
                if (next instanceof Element e && e.getTagName().equals("break")) {
                    after = SsmlCheck.toMillis(e.getAttribute("time"));
                    break;
                }
                if (!next.getTextContent().isBlank()) {
                    break;
                }
            }
            pieces.add(new Piece(text, rate, after));
        }
        return pieces;
    }

    /** The pieces whose words end with a rep cue ("Three, reach over.", "and back."). */
    private List<Piece> repCues(Pace pace) {
        List<Piece> cues = new ArrayList<>();
        for (String s : ssml(pace)) {
            for (Piece p : pieces(s)) {
                String[] sentences = p.text().split("(?<=\\.)\\s+");
                if (REP_CUE.matcher(sentences[sentences.length - 1]).matches()) {
                    cues.add(p);
                }
            }
        }
        return cues;
    }

    private List<Hold> holds(Pace pace) {
        List<Hold> holds = new ArrayList<>();
        sidebendSet(pace).forEach(part -> holds.addAll(part.speech().holds()));
        return holds;
    }

    private Duration planned(Pace pace) {
        return sidebendSet(pace).stream().map(part -> writer.timing().planned(part.speech())).reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void at_the_slower_pace_every_rep_cue_is_spoken_at_85_percent_with_longer_pauses_between_reps() {
        List<Piece> slower = repCues(Pace.SLOWER);
        List<Piece> normal = repCues(Pace.NORMAL);
        assertThat(slower).hasSize(20).allSatisfy(p -> assertThat(p.rate()).isEqualTo("85%"));
        assertThat(slower).extracting(Piece::text).contains("One, reach over.", "Ten, reach over.", "and back.");
        assertThat(slower).filteredOn(p -> p.text().equals("and back.")).hasSize(10);
        assertThat(normal).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(slower.get(i).breakAfter()).as("pause after rep cue %d", i).isGreaterThan(normal.get(i).breakAfter());
        }
        assertThat(slower.get(0).breakAfter()).isEqualTo(1250);
        assertThat(slower.get(1).breakAfter()).isEqualTo(1000);
    }

    @Test
    void at_the_faster_pace_every_rep_cue_is_spoken_at_120_percent_with_shorter_pauses_between_reps() {
        List<Piece> faster = repCues(Pace.FASTER);
        List<Piece> normal = repCues(Pace.NORMAL);
        assertThat(faster).hasSize(20).allSatisfy(p -> assertThat(p.rate()).isEqualTo("120%"));
        assertThat(faster).extracting(Piece::text).contains("One, reach over.", "Ten, reach over.");
        for (int i = 0; i < 20; i++) {
            assertThat(faster.get(i).breakAfter()).as("pause after rep cue %d", i).isLessThan(normal.get(i).breakAfter()).isPositive();
        }
    }

    @Test
    void at_the_normal_pace_there_is_no_prosody_and_the_usual_pauses_between_reps() {
        List<String> ssml = ssml(Pace.NORMAL);
        assertThat(ssml).noneMatch(s -> s.contains("<prosody"));
        List<Piece> normal = repCues(Pace.NORMAL);
        assertThat(normal).allSatisfy(p -> assertThat(p.rate()).isEmpty());
        assertThat(normal.get(0).breakAfter()).isEqualTo(TurnWriter.REP_IN_MILLIS);
        assertThat(normal.get(1).breakAfter()).isEqualTo(TurnWriter.REP_OUT_MILLIS);
    }

    @Test
    void only_the_rep_cues_change_speed_the_rest_of_the_set_is_spoken_at_the_voices_own_rate() {
        for (Pace pace : List.of(Pace.SLOWER, Pace.FASTER)) {
            for (String s : ssml(pace)) {
                for (Piece p : pieces(s)) {
                    if (!p.rate().isEmpty()) {
                        assertThat(REP_CUE.matcher(p.text()).matches()).as("%s inside prosody: %s", pace, p.text()).isTrue();
                    }
                }
                assertThat(s).contains("Ten times, with me.").doesNotContain("rate=\"100%\"");
            }
        }
    }

    @Test
    void the_hold_is_exactly_as_long_at_every_pace() {
        List<Hold> normal = holds(Pace.NORMAL);
        assertThat(normal).extracting(Hold::seconds).containsExactly(30);
        assertThat(holds(Pace.SLOWER)).isEqualTo(normal);
        assertThat(holds(Pace.FASTER)).isEqualTo(normal);
    }

    @Test
    void a_slower_set_is_planned_longer_than_a_normal_one_and_a_faster_one_shorter() {
        Duration normal = planned(Pace.NORMAL);
        assertThat(planned(Pace.SLOWER)).isGreaterThan(normal);
        assertThat(planned(Pace.FASTER)).isLessThan(normal);
    }

    @Test
    void words_at_a_slower_rate_are_planned_to_take_longer() {
        Script normal = Script.builder().say("One, reach over.").build();
        Script slower = Script.builder().say("One, reach over.", 85).build();
        Script faster = Script.builder().say("One, reach over.", 120).build();
        assertThat(writer.timing().planned(slower)).isGreaterThan(writer.timing().planned(normal));
        assertThat(writer.timing().planned(faster)).isLessThan(writer.timing().planned(normal));
    }

    @Test
    void the_renderer_writes_a_rate_as_prosody_around_the_escaped_words() {
        String ssml = renderer.render(Script.builder().say("Lift & lower.", 85).pause(1250).say("Done.").build());
        assertThat(ssml).isEqualTo("<speak><prosody rate=\"85%\">Lift &amp; lower.</prosody> <break time=\"1250ms\"/> Done.</speak>");
        ResponseChecks.assertValidSsml("rendered", ssml);
    }

    @Test
    void a_slower_wag_tail_keeps_its_swing_cues_at_the_slower_rate_and_stays_within_the_budget() {
        Stretch wag = routine.stretch("wag-tail");
        List<Spoken> parts = writer.write(new SetRequest(wag, 2, 6, new Step("wag-tail", Side.NONE, 1), Level.STANDARD, 30, true, true,
                Move.NEXT_STRETCH, new SetRequest.NextStretch(3, "quadruped sidebend"), 0, Pace.SLOWER, 1));
        String all = String.join(" ", parts.stream().map(p -> renderer.render(p.speech())).toList());
        assertThat(all).contains("<prosody rate=\"85%\">One, swing right.</prosody>", "<prosody rate=\"85%\">and left.</prosody>");
        parts.forEach(p -> assertThat(writer.timing().planned(p.speech())).isLessThanOrEqualTo(writer.budget()));
    }

    @Test
    void the_quick_version_plays_well_under_the_full_routine_yet_for_more_than_a_few_minutes() {
        Coach coach = new Coach(routine, writer);
        Duration full = coach.plannedLength(30, RoutineLength.FULL, Pace.NORMAL);
        Duration quick = coach.plannedLength(30, RoutineLength.QUICK, Pace.NORMAL);
        assertThat(full).isEqualTo(coach.plannedLength(30));
        assertThat(quick).isLessThan(full.multipliedBy(6).dividedBy(10)).isGreaterThan(Duration.ofMinutes(5));
        assertThat(coach.plannedLength(30, RoutineLength.QUICK, Pace.SLOWER)).as("counted more slowly").isGreaterThan(quick);
        assertThat(coach.plannedLength(60, RoutineLength.QUICK, Pace.NORMAL)).as("longer holds").isGreaterThan(quick);
    }
}
