package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Move;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import com.backstretches.speech.SetRequest.NextSet;
import com.backstretches.speech.SetRequest.NextStretch;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TurnWriterTest {

    private static final TurnWriter ENGLISH_WRITER = new TurnWriter();

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final SsmlRenderer renderer = new SsmlRenderer();

    @Test
    void every_hold_from_10_to_120_seconds_is_exactly_that_long_in_breaks_of_at_most_ten_seconds() {
        for (int seconds = 10; seconds <= 120; seconds++) {
            Hold hold = ENGLISH_WRITER.countdownHold(seconds, seconds);
            assertThat(pauseMillis(hold)).as("%d s", seconds).isEqualTo(seconds * 1000L);
            String ssml = renderer.render(Script.builder().say("Hold.").hold(hold).say("Release.").build());
            SsmlCheck.assertValidSpeech(ssml);
            assertThat(SsmlCheck.breaks(ssml).stream().mapToInt(Integer::intValue).sum()).isEqualTo(seconds * 1000);
        }
        for (int seconds = 1; seconds <= 120; seconds++) {
            assertThat(pauseMillis(ENGLISH_WRITER.plainHold(seconds))).isEqualTo(seconds * 1000L);
        }
    }

    @Test
    void a_thirty_second_hold_counts_down_with_short_cues_between_its_silences() {
        Hold hold = ENGLISH_WRITER.countdownHold(30, 0);
        assertThat(hold.timeline()).containsExactly(
                new Pause(10_000), new Say("Twenty to go."), new Pause(10_000), new Say("Ten more seconds."),
                new Pause(8000), new Say("Three."), new Pause(1000), new Say("Two."), new Pause(1000));
    }

    @Test
    void a_sixty_second_hold_says_halfway() {
        assertThat(Script.builder().hold(ENGLISH_WRITER.countdownHold(60, 0)).build().text()).contains("Halfway");
    }

    @Test
    void the_first_set_of_a_new_stretch_speaks_the_setup_in_full_and_later_sets_a_reminder() {
        Stretch prone = routine.stretch("prone-extension");
        String first = writer.write(request(prone, new Step("prone-extension", Side.NONE, 1), 30, true, Move.STARTED)).get(0).speech().text();
        String second = writer.write(request(prone, new Step("prone-extension", Side.NONE, 2), 30, false, Move.NEXT_SET)).get(0).speech().text();
        assertThat(first).contains("Stretch one of six: the prone extension.", prone.version(Level.STANDARD).setup().get(0), prone.targets());
        assertThat(second).startsWith("Set two of three. " + prone.version(Level.STANDARD).reminder())
                .doesNotContain(prone.version(Level.STANDARD).setup().get(0));
    }

    @Test
    void a_set_speaks_ten_counted_reps_then_the_hold_then_a_closing_question() {
        Stretch sidebend = routine.stretch("quadruped-sidebend");
        List<Spoken> parts = writer.write(request(sidebend, new Step("quadruped-sidebend", Side.LEFT, 2), 30, false, Move.NEXT_SET));
        assertThat(parts).hasSize(1);
        String text = parts.get(0).speech().text();
        assertThat(text).contains("Left side, set two of three.", "hands walked over to the left", "One, reach over.", "Ten, reach over.")
                .endsWith("Say next for set three.");
        assertThat(count(text, "and back\\.")).isEqualTo(10);
        assertThat(parts.get(0).speech().holds()).extracting(Hold::seconds).containsExactly(30);
        assertThat(parts.get(0).reprompt().text()).contains("Say next");
    }

    @Test
    void a_long_first_set_is_split_after_getting_into_position() {
        Stretch prone = routine.stretch("prone-extension");
        List<Spoken> parts = writer.write(request(prone, new Step("prone-extension", Side.NONE, 1), 60, true, Move.STARTED));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).speech().text()).endsWith("Say ready when you're in position.");
        assertThat(parts.get(0).speech().holds()).isEmpty();
        assertThat(parts.get(1).speech().text()).startsWith("Ten times, with me.");
        assertThat(parts.get(1).speech().holds()).extracting(Hold::seconds).containsExactly(60);
    }

    @Test
    void the_a_frames_ten_rounds_are_spread_over_turns_each_round_once_in_order() {
        Stretch aFrame = routine.stretch("a-frame-to-squat");
        List<Spoken> parts = writer.write(request(aFrame, new Step("a-frame-to-squat", Side.NONE, 1), 30, true, Move.NEXT_STRETCH));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        StringBuilder all = new StringBuilder();
        parts.forEach(p -> all.append(p.speech().text()).append(' '));
        Matcher m = Pattern.compile("Round (\\w+)\\.").matcher(all);
        List<String> rounds = new java.util.ArrayList<>();
        while (m.find()) {
            rounds.add(m.group(1));
        }
        assertThat(rounds).containsExactly("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        long holds = parts.stream().mapToLong(p -> p.speech().holds().size()).sum();
        assertThat(holds).isEqualTo(20);
        parts.forEach(p -> assertThat(p.speech().holds()).allMatch(h -> h.seconds() == 10));
        parts.forEach(p -> assertThat(writer.timing().planned(p.speech())).isLessThanOrEqualTo(writer.budget()));
    }

    @Test
    void the_users_hold_time_is_fitted_into_the_stretchs_own_range() {
        Stretch pancake = routine.stretch("half-pancake");
        assertThat(TurnWriter.holdFor(pancake, 45)).isEqualTo(45);
        assertThat(TurnWriter.holdFor(routine.stretch("wag-tail"), 45)).isZero();
    }

    @Test
    void a_chosen_version_is_said_when_it_is_used() {
        Stretch pancake = routine.stretch("half-pancake");
        SetRequest easier = new SetRequest(pancake, 5, 6, new Step("half-pancake", Side.LEFT, 1), Level.EASIER, 30, true, false,
                Move.RESUMED, new SetRequest.OtherSide(Side.RIGHT), 0);
        String text = writer.write(easier).get(0).speech().text();
        assertThat(text).contains("Picking up where you left off.", "Using your easier version.", "left leg out to the side, knee softly bent")
                .doesNotContain(pancake.targets());
    }

    @Test
    void cues_with_xml_characters_render_as_valid_ssml() {
        String json = RoutineLoaderCopy.shippedWith("\"reminder\": \"On your forearms, lift the chest and squeeze the shoulder blades.\"",
                "\"reminder\": \"Forearms & hands <down>, chest \\\"up\\\" - don't force it.\"");
        Routine edited = RoutineLoader.fromJson(json, "edited.json");
        Stretch prone = edited.stretch("prone-extension");
        Spoken part = writer.write(request(prone, new Step("prone-extension", Side.NONE, 2), 30, false, Move.NEXT_SET)).get(0);
        String ssml = renderer.render(part.speech());
        SsmlCheck.assertValidSpeech(ssml);
        assertThat(SsmlCheck.parse(ssml).getDocumentElement().getTextContent()).contains("Forearms & hands <down>, chest \"up\" - don't force it.");
    }

    @Test
    void the_shipped_routine_fits_the_default_budget_in_every_combination() {
        assertThat(writer.overBudget(routine)).isEmpty();
    }

    @Test
    void a_budget_too_small_for_the_content_is_reported_per_stretch() {
        List<String> problems = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(60)).overBudget(routine);
        assertThat(problems).isNotEmpty().anyMatch(p -> p.startsWith("prone-extension ") && p.contains("over the 60 s budget"));
    }

    @Test
    void the_budget_cannot_exceed_alexas_240_second_ceiling() {
        assertThatThrownBy(() -> new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(241))).hasMessageContaining("240");
        assertThat(new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(240)).budget()).hasSeconds(240);
    }

    private static SetRequest request(Stretch stretch, Step step, int hold, boolean full, Move lead) {
        return new SetRequest(stretch, RoutineLoader.standard().numberOf(stretch.id()), 6, step, Level.STANDARD, hold, full, true, lead,
                step.set() < stretch.dose().sets() ? new NextSet(step.set() + 1) : new NextStretch(9, "next one"), 0);
    }

    private static long pauseMillis(Hold hold) {
        return hold.timeline().stream().filter(Pause.class::isInstance).mapToLong(s -> ((Pause) s).millis()).sum();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
