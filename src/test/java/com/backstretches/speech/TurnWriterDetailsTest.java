package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Move;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import com.backstretches.speech.SetRequest.Finish;
import com.backstretches.speech.SetRequest.NextSet;
import com.backstretches.speech.SetRequest.NextStretch;
import com.backstretches.speech.SetRequest.OtherSide;
import com.backstretches.speech.SetRequest.Upcoming;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a set is worded and timed, piece by piece: holds, openings, closings and the split into turns. */
class TurnWriterDetailsTest {

    private static final TurnWriter ENGLISH_WRITER = new TurnWriter();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final Stretch prone = routine.stretch("prone-extension");
    private final Stretch sidebend = routine.stretch("quadruped-sidebend");
    private final Stretch aFrame = routine.stretch("a-frame-to-squat");

    // ---- holds ----

    @Test
    void a_ten_second_hold_is_only_the_countdown() {
        assertThat(ENGLISH_WRITER.countdownHold(10, 0).timeline()).containsExactly(
                new Pause(8000), new Say("Three."), new Pause(1000), new Say("Two."), new Pause(1000));
    }

    @Test
    void a_hold_under_ten_seconds_is_one_silence() {
        assertThat(ENGLISH_WRITER.countdownHold(5, 0).timeline()).containsExactly(new Pause(5000));
    }

    @Test
    void a_minute_hold_says_the_time_left_on_each_ten_and_halfway_once_at_thirty() {
        assertThat(spoken(ENGLISH_WRITER.countdownHold(60, 0))).containsExactly(
                "Fifty to go.", "Forty left.", "Halfway.", "Twenty to go.", "Ten more seconds.", "Three.", "Two.");
    }

    @Test
    void a_forty_second_hold_is_the_shortest_to_say_halfway() {
        assertThat(spoken(ENGLISH_WRITER.countdownHold(40, 0))).containsExactly(
                "Thirty to go.", "Halfway. Keep breathing.", "Ten more seconds.", "Three.", "Two.");
        assertThat(spoken(ENGLISH_WRITER.countdownHold(30, 0))).doesNotContain("Halfway.", "Halfway. Keep breathing.");
    }

    @Test
    void a_hold_not_a_multiple_of_ten_starts_with_the_odd_seconds() {
        assertThat(ENGLISH_WRITER.countdownHold(45, 0).timeline().get(0)).isEqualTo(new Pause(5000));
        assertThat(spoken(ENGLISH_WRITER.countdownHold(45, 0))).containsExactly(
                "Forty to go.", "Thirty left.", "Twenty more.", "Ten more seconds.", "Three.", "Two.");
    }

    @Test
    void a_quiet_hold_says_the_seconds_left_between_ten_second_silences() {
        assertThat(ENGLISH_WRITER.plainHold(25).timeline()).containsExactly(
                new Pause(10_000), new Say("Fifteen more seconds."), new Pause(10_000), new Say("Five more seconds."), new Pause(5000));
        assertThat(ENGLISH_WRITER.plainHold(10).timeline()).containsExactly(new Pause(10_000));
    }

    // ---- the opening ----

    @Test
    void a_chosen_version_is_named_on_a_full_setup_or_a_resume_but_not_on_every_set() {
        assertThat(first(request(prone, 2, Level.EASIER, false, Move.RESUMED))).contains("Using your easier version.");
        assertThat(first(request(prone, 1, Level.EASIER, true, Move.STARTED))).contains("Using your easier version.");
        assertThat(first(request(prone, 2, Level.EASIER, false, Move.NEXT_SET))).doesNotContain("Using your");
        assertThat(first(request(prone, 2, Level.STANDARD, true, Move.RESUMED))).doesNotContain("Using your");
    }

    @Test
    void a_version_change_says_what_changed_instead_of_naming_the_version() {
        String text = first(request(prone, 2, Level.EASIER, true, Move.VERSION_CHANGED));
        assertThat(text).startsWith("Okay, the easier version. " + prone.version(Level.EASIER).change()).doesNotContain("Using your");
    }

    @Test
    void the_stretch_is_named_on_its_first_set_after_a_jump_or_a_full_setup_but_not_set_to_set() {
        String header = "Stretch three of six: the quadruped sidebend.";
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.LEFT, 1), false, Move.NEXT_STRETCH))).contains(header);
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.LEFT, 2), false, Move.PREVIOUS))).contains(header);
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.RIGHT, 2), true, Move.NEXT_SET))).contains(header);
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.LEFT, 2), false, Move.NEXT_SET))).doesNotContain(header);
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.RIGHT, 1), false, Move.OTHER_SIDE)))
                .doesNotContain(header).startsWith("Right side, set one of three.");
        assertThat(first(request(sidebend, new Step("quadruped-sidebend", Side.LEFT, 2), false, Move.REPEATED)))
                .startsWith("Once more, from the top of the set. Left side, set two of three.").doesNotContain(header);
    }

    @Test
    void what_a_stretch_is_for_is_said_to_new_users_on_its_full_setup_only() {
        SetRequest forNewUser = new SetRequest(prone, 1, 6, new Step("prone-extension", Side.NONE, 1), Level.STANDARD, 30, true, true,
                Move.STARTED, new NextSet(2), 0);
        SetRequest forReturning = new SetRequest(prone, 1, 6, new Step("prone-extension", Side.NONE, 1), Level.STANDARD, 30, true, false,
                Move.STARTED, new NextSet(2), 0);
        assertThat(writer.write(forNewUser).get(0).speech().text()).contains(prone.targets());
        assertThat(writer.write(forReturning).get(0).speech().text()).doesNotContain(prone.targets());
    }

    @Test
    void after_a_full_setup_the_turn_waits_for_ready_and_after_a_reminder_a_breath_is_enough() {
        List<Spoken> full = writer.write(request(prone, 1, Level.STANDARD, true, Move.STARTED));
        assertThat(full.get(0).speech().text()).endsWith("Say ready when you're in position.");
        assertThat(full.get(1).speech().flat().toList().get(0)).isEqualTo(new Say("Ten times, with me."));

        List<Segment> brief = writer.write(request(prone, 2, Level.STANDARD, false, Move.NEXT_SET)).get(0).speech().flat().toList();
        int reps = brief.indexOf(new Say("Ten times, with me."));
        assertThat(brief.get(reps - 1)).isEqualTo(new Pause(TurnWriter.SHORT_SETTLE_MILLIS));
        assertThat(brief.get(reps - 2)).isEqualTo(new Say(prone.version(Level.STANDARD).reminder()));
    }

    // ---- the closing ----

    @Test
    void the_last_part_of_a_set_closes_with_what_comes_next() {
        assertThat(closing(new NextSet(2))).isEqualTo("Ready for more? Say next for set two.");
        assertThat(closing(new OtherSide(Side.RIGHT))).isEqualTo("That side's done. Say next for the right side.");
        assertThat(closing(new NextStretch(2, "wag tail"))).isEqualTo("Well done. Say next for the wag tail.");
        assertThat(closing(new Finish())).isEqualTo("That was the last set of the routine. Say next to finish.");
    }

    // ---- splitting into parts ----

    @Test
    void a_set_over_the_budget_in_every_block_still_gets_one_part_per_block() {
        TurnWriter tiny = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(1));
        List<Spoken> parts = tiny.write(request(prone, 2, Level.STANDARD, false, Move.NEXT_SET));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).speech().text()).endsWith("Say ready when you're in position.");
        assertThat(parts.get(0).reprompt().text()).isEqualTo("When you're in position, say ready. Or say pause to stop here.");
        assertThat(parts.get(1).speech().text()).startsWith("Ten times, with me.").endsWith("Say next for set three.");
        assertThat(parts.get(1).reprompt().text()).isEqualTo("Say next when you're ready, or say pause to stop here.");
        assertThat(tiny.write(request(aFrame, 1, Level.STANDARD, true, Move.NEXT_STRETCH))).as("the opening and ten rounds").hasSize(11);
    }

    @Test
    void the_a_frame_waits_for_ready_then_spreads_its_rounds_evenly_over_three_turns_each_after_the_first_picking_them_up_again() {
        List<Spoken> parts = writer.write(request(aFrame, 1, Level.STANDARD, true, Move.NEXT_STRETCH));
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0).speech().text()).endsWith("Say ready when you're in position.");
        assertThat(parts.stream().map(p -> rounds(p.speech().text())).toList()).containsExactly(List.of(),
                List.of("one", "two", "three"), List.of("four", "five", "six", "seven"), List.of("eight", "nine", "ten"));
        assertThat(parts.get(1).speech().text()).doesNotContain("Let's keep going.", "Back to it.", "Here we go again.").startsWith("Round one.");
        assertThat(parts.get(2).speech().text()).matches("^(Let's keep going\\.|Back to it\\.|Here we go again\\.) Round four\\..*");
        assertThat(parts.get(3).speech().text()).matches("^(Let's keep going\\.|Back to it\\.|Here we go again\\.) Round eight\\..*");
        assertThat(parts.get(1).speech().text()).matches(".*(Say next for more rounds|Say next to carry on)\\.$");
        assertThat(parts.get(1).reprompt().text()).isEqualTo("Say next to keep going, or say pause to stop here.");
    }

    // ---- the content check ----

    @Test
    void a_part_over_the_budget_is_reported_with_everything_needed_to_find_it() {
        // One stretch of one set keeps the sweep small. At 20 s its reps are always over, and its opening
        // only when spoken in full (about 25 s, against a few seconds for the one-line reminder).
        Routine wagTailOnly = RoutineLoader.fromJson(shippedWith(List.of(1)), "wag-tail.json");
        List<String> problems = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(20)).overBudget(wagTailOnly);
        Pattern report = Pattern.compile(
                "wag-tail (easier|standard|harder) NONE set 1 hold (30|60) s( with full setup)? after [A-Z_]+: part (\\d+) is (\\d+) s, over the 20 s budget");
        assertThat(problems).isNotEmpty().doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).matches(report));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wag-tail standard NONE set 1 hold 60 s with full setup after STARTED: part 1 is "));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wag-tail easier NONE set 1 hold 30 s after NEXT_SET: part 2 is "));
        assertThat(problems.stream().filter(p -> p.contains(": part 1 is "))).isNotEmpty().allMatch(p -> p.contains(" with full setup after "));
        for (String p : problems) {
            Matcher m = report.matcher(p);
            assertThat(m.matches()).isTrue();
            assertThat(Integer.parseInt(m.group(4))).as(p).isBetween(1, 2);
            // Whole seconds, rounded down: a part a little over 20 s reads "20 s".
            assertThat(Integer.parseInt(m.group(5))).as(p).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void the_content_check_measures_the_closing_that_names_the_longest_stretch_name() {
        // A tiny routine whose only long words are one stretch's name: a part fits 45 s unless that name is in it.
        String longName = String.join(" ", java.util.Collections.nCopies(40, "very")) + " long stretch";
        Routine routine = RoutineLoader.fromJson("{\"title\": \"t\", \"stretches\": [" + tinyStretch("short-one", "short one") + ", "
                + tinyStretch("long-one", longName) + "]}", "tiny.json");
        List<String> problems = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(45)).overBudget(routine);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("short-one "));
    }

    @Test
    void the_content_check_reports_a_part_a_millisecond_over_the_budget_but_not_one_exactly_at_it() {
        Routine routine = RoutineLoader.fromJson("{\"title\": \"t\", \"stretches\": [" + tinyStretch("only-one", "only one") + "]}", "tiny.json");
        Stretch only = routine.stretch("only-one");
        // The longest block (a part that cannot be split further) of every combination the check goes through.
        TurnWriter blockwise = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofMillis(1));
        Duration longest = Duration.ZERO;
        for (Level level : List.of(Level.EASIER, Level.STANDARD)) {
            for (boolean full : List.of(true, false)) {
                for (Move lead : Move.values()) {
                    for (Upcoming upcoming : List.of(new NextSet(2), new OtherSide(Side.RIGHT), new NextStretch(1, "only one"), new Finish())) {
                        SetRequest r = new SetRequest(only, 1, 1, new Step("only-one", Side.NONE, 1), level, 30, full, true, lead, upcoming, 0,
                                com.backstretches.session.Pace.SLOWER, 1);
                        for (Spoken part : blockwise.write(r)) {
                            Duration length = writer.timing().planned(part.speech());
                            longest = length.compareTo(longest) > 0 ? length : longest;
                        }
                    }
                }
            }
        }
        assertThat(new TurnWriter(SpeechTiming.DEFAULT, longest).overBudget(routine)).isEmpty();
        assertThat(new TurnWriter(SpeechTiming.DEFAULT, longest.minusMillis(1)).overBudget(routine)).isNotEmpty();
    }

    @Test
    void the_content_check_measures_the_closing_with_the_name_that_takes_longest_to_say() {
        // Sixteen one-letter words (31 characters) take longer to say than one word of 40 letters, and than any other closing line.
        String manyWords = String.join(" ", java.util.Collections.nCopies(16, "a"));
        String manyLetters = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
        Routine routine = RoutineLoader.fromJson("{\"title\": \"t\", \"stretches\": [" + tinyStretch("first-one", "first one") + ", "
                + tinyStretch("many-words", manyWords) + ", " + tinyStretch("many-letters", manyLetters) + "]}", "tiny.json");
        Stretch first = routine.stretch("first-one");
        // With a 1 ms budget every block is a part of its own: the last is the hold with the closing line.
        TurnWriter blockwise = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofMillis(1));
        Duration heard = lastPart(blockwise.write(lastSetOf(first, new NextStretch(2, manyWords))));
        Duration checkedAtMost = List.of(new NextSet(2), new OtherSide(Side.RIGHT), new NextStretch(3, manyLetters), new Finish()).stream()
                .map(closing -> lastPart(blockwise.write(lastSetOf(first, closing)))).max(Duration::compareTo).orElseThrow();
        assertThat(heard).isGreaterThan(checkedAtMost);

        TurnWriter between = new TurnWriter(SpeechTiming.DEFAULT, checkedAtMost.plus(heard.minus(checkedAtMost).dividedBy(2)));
        assertThat(longestPart(between.write(lastSetOf(first, new NextStretch(2, manyWords))))).as("the set the user hears")
                .isGreaterThan(between.budget());
        assertThat(between.overBudget(routine)).anySatisfy(p -> assertThat(p).startsWith("first-one "));
    }

    private static SetRequest lastSetOf(Stretch stretch, Upcoming upcoming) {
        return new SetRequest(stretch, 1, 3, new Step(stretch.id(), Side.NONE, 1), Level.STANDARD, 30, false, true, Move.NEXT_SET,
                upcoming, 0, com.backstretches.session.Pace.SLOWER, 1);
    }

    @Test
    void a_set_is_split_into_the_most_even_parts_the_budget_allows() {
        // Most even: no split into as many parts has a shorter longest part. So the set comes out the same
        // with the budget cut to exactly its longest part, and a millisecond less needs another part.
        for (boolean fullSetup : List.of(true, false)) {
            for (int budgetSeconds : List.of(60, 90, 120, 180)) {
                SetRequest set = request(aFrame, 1, Level.STANDARD, fullSetup, Move.NEXT_STRETCH);
                List<Spoken> parts = new TurnWriter(SpeechTiming.DEFAULT, Duration.ofSeconds(budgetSeconds)).write(set);
                Duration longest = parts.stream().map(p -> writer.timing().planned(p.speech())).max(Duration::compareTo).orElseThrow();
                String at = (fullSetup ? "full setup, " : "") + budgetSeconds + " s";
                assertThat(longest).as(at).isLessThanOrEqualTo(Duration.ofSeconds(budgetSeconds));
                assertThat(new TurnWriter(SpeechTiming.DEFAULT, longest).write(set)).as(at).isEqualTo(parts);
                assertThat(new TurnWriter(SpeechTiming.DEFAULT, longest.minusMillis(1)).write(set)).as(at).hasSizeGreaterThan(parts.size());
            }
        }
    }

    private SetRequest request(Stretch stretch, int set, Level level, boolean full, Move lead) {
        return request(stretch, new Step(stretch.id(), Side.NONE, set), level, full, lead);
    }

    private SetRequest request(Stretch stretch, Step step, boolean full, Move lead) {
        return request(stretch, step, Level.STANDARD, full, lead);
    }

    private SetRequest request(Stretch stretch, Step step, Level level, boolean full, Move lead) {
        Upcoming upcoming = step.set() < stretch.dose().sets() ? new NextSet(step.set() + 1) : new Finish();
        return new SetRequest(stretch, routine.numberOf(stretch.id()), 6, step, level, 30, full, false, lead, upcoming, 0);
    }

    private String first(SetRequest request) {
        return writer.write(request).get(0).speech().text();
    }

    private String closing(Upcoming upcoming) {
        SetRequest r = new SetRequest(prone, 1, 6, new Step("prone-extension", Side.NONE, 1), Level.STANDARD, 30, false, false,
                Move.NEXT_SET, upcoming, 0);
        List<Spoken> parts = writer.write(r);
        List<Segment> last = parts.get(parts.size() - 1).speech().segments();
        return ((Say) last.get(last.size() - 1)).text();
    }

    /** The shipped routine file reduced to some of its stretches. */
    private static String shippedWith(List<Integer> indexes) {
        try (InputStream in = TurnWriterDetailsTest.class.getClassLoader().getResourceAsStream(RoutineLoader.DEFAULT_RESOURCE)) {
            ObjectNode file = (ObjectNode) JSON.readTree(in);
            List<JsonNode> kept = indexes.stream().map(i -> file.get("stretches").get(i)).toList();
            file.putArray("stretches").addAll(kept);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stretch of one 30-second hold with one-word lines. */
    private static String tinyStretch(String id, String name) {
        String version = "{\"setup\": [\"Sit.\"], \"movement\": [\"Lean.\"], \"reminder\": \"Lean.\", \"change\": \"Less.\"}";
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"targets\": \"Back.\", \"sides\": \"none\","
                + " \"dose\": {\"sets\": 1, \"hold\": {\"minSeconds\": 30, \"maxSeconds\": 30}}, \"holdCue\": \"Hold.\","
                + " \"versions\": {\"easier\": " + version + ", \"standard\": " + version + "}}";
    }

    private Duration lastPart(List<Spoken> parts) {
        return writer.timing().planned(parts.get(parts.size() - 1).speech());
    }

    private Duration longestPart(List<Spoken> parts) {
        return parts.stream().map(p -> writer.timing().planned(p.speech())).max(Duration::compareTo).orElseThrow();
    }

    private static List<String> spoken(Segment.Hold hold) {
        return hold.timeline().stream().filter(Say.class::isInstance).map(s -> ((Say) s).text()).toList();
    }

    private static List<String> rounds(String text) {
        Matcher m = Pattern.compile("Round (\\w+)\\.").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
