package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtteranceMatcherTest {

    static Path fixtureModel() {
        try {
            return Path.of(UtteranceMatcherTest.class.getResource("/local/fixture-model.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The skill's own model, the file Alexa is given; run from the project folder, as Maven does. */
    static final Path REAL_MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");

    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(fixtureModel()));
    private static final UtteranceMatcher REAL = new UtteranceMatcher(InteractionModel.load(REAL_MODEL));

    @Test
    void a_sample_said_word_for_word_matches_its_intent_with_no_slots() {
        IntentMatch match = matcher.match("skip this one");
        assertThat(match.intent()).contains("SkipIntent");
        assertThat(match.slots()).isEmpty();
    }

    @Test
    void case_punctuation_and_a_leading_wake_word_do_not_matter() {
        assertThat(matcher.match("Alexa, I'm READY!").intent()).contains("ReadyIntent");
        assertThat(matcher.match("  skip   this one. ").intent()).contains("SkipIntent");
    }

    @Test
    void a_synonym_fills_the_slot_with_what_was_said_and_resolves_to_the_canonical_value_and_id() {
        IntentMatch match = matcher.match("go to the tail wag");
        assertThat(match.intent()).contains("GoToStretchIntent");
        assertThat(match.slot("stretch")).contains(SlotMatch.resolved("stretch", "tail wag", "wag-tail", "wag tail"));
    }

    @Test
    void a_value_name_with_punctuation_matches_its_spoken_form_and_the_longest_value_wins() {
        assertThat(matcher.match("do the A-frame to squat").slot("stretch"))
                .contains(SlotMatch.resolved("stretch", "a frame to squat", "a-frame-to-squat", "A-frame to squat"));
        assertThat(matcher.match("do the a frame").slot("stretch").flatMap(SlotMatch::resolvedId))
                .contains("a-frame-to-squat");
    }

    @Test
    void words_that_match_no_slot_value_still_fill_the_slot_unresolved() {
        IntentMatch match = matcher.match("go to the cobra pose");
        assertThat(match.intent()).contains("GoToStretchIntent");
        SlotMatch stretch = match.slot("stretch").orElseThrow();
        assertThat(stretch.value()).isEqualTo("cobra pose");
        assertThat(stretch.isResolved()).isFalse();
        assertThat(stretch.resolvedName()).isEmpty();
    }

    @Test
    void a_declared_slot_the_user_did_not_fill_is_left_out_of_the_match() {
        IntentMatch match = matcher.match("make it easier");
        assertThat(match.intent()).contains("EasierIntent");
        assertThat(match.slots()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "hold for thirty seconds, 30",
        "hold for forty five seconds, 45",
        "hold for forty-five seconds, 45",
        "hold for 45 seconds, 45",
        "hold for ninety seconds, 90",
        "hold for a hundred and twenty seconds, 120",
        "hold for five hundred seconds, 500",
        "sixty second holds, 60",
    })
    void number_words_and_digits_fill_a_number_slot_with_digits(String utterance, String digits) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.intent()).contains("HoldTimeIntent");
        assertThat(match.slot("seconds")).contains(SlotMatch.unresolved("seconds", digits));
    }

    @Test
    void words_that_are_not_a_number_do_not_fill_a_number_slot() {
        assertThat(matcher.match("hold for many seconds").intent()).contains("AMAZON.FallbackIntent");
        assertThat(matcher.match("hold for five five seconds").intent()).contains("AMAZON.FallbackIntent");
    }

    @ParameterizedTest
    @CsvSource({
        "yes, AMAZON.YesIntent",
        "yes please, AMAZON.YesIntent",
        "okay sure, AMAZON.YesIntent",
        "nope, AMAZON.NoIntent",
        "not now, AMAZON.NoIntent",
        "what can I say, AMAZON.HelpIntent",
        "goodbye, AMAZON.StopIntent",
        "next, AMAZON.NextIntent",
        "skip ahead, AMAZON.NextIntent",
        "previous, AMAZON.PreviousIntent",
    })
    void built_in_intents_in_the_model_understand_their_standard_phrases(String utterance, String intent) {
        assertThat(matcher.match(utterance).intent()).contains(intent);
    }

    @Test
    void a_built_in_intent_keeps_its_model_samples_as_well_as_the_standard_phrases() {
        assertThat(matcher.match("next set").intent()).contains("AMAZON.NextIntent");
        assertThat(matcher.match("next one").intent()).contains("AMAZON.NextIntent");
    }

    @Test
    void skip_this_one_is_the_skills_skip_not_the_built_in_next() {
        assertThat(matcher.match("skip this one").intent()).contains("SkipIntent");
    }

    @Test
    void a_built_in_intent_missing_from_the_model_gets_none_of_its_phrases() {
        assertThat(matcher.match("pause").intent()).contains("AMAZON.FallbackIntent");
        assertThat(matcher.match("cancel").intent()).contains("AMAZON.FallbackIntent");
    }

    @Test
    void a_model_sample_wins_over_the_same_phrase_in_the_built_in_table() {
        assertThat(matcher.match("go back").intent()).contains("PreviousStretchIntent");
        assertThat(matcher.match("back").intent()).contains("AMAZON.PreviousIntent");
    }

    @Test
    void anything_the_model_does_not_cover_goes_to_the_fallback_intent_with_no_slots() {
        IntentMatch match = matcher.match("what's the weather like");
        assertThat(match.intent()).contains("AMAZON.FallbackIntent");
        assertThat(match.slots()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"open back stretches", "Alexa, open back stretches", "start back stretches",
        "launch back stretches", "open my back stretches", "ask back stretches"})
    void naming_the_skill_with_nothing_after_it_is_a_launch(String utterance) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.isLaunch()).as(utterance).isTrue();
        assertThat(match.intent()).isEmpty();
        assertThat(matcher.isInvocation(utterance)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'Alexa, ask back stretches to skip this one', SkipIntent",
        "tell back stretches to go to the pancake, GoToStretchIntent",
        "open back stretches and hold for thirty seconds, HoldTimeIntent",
    })
    void naming_the_skill_then_asking_for_something_is_a_one_shot_request(String utterance, String intent) {
        assertThat(matcher.match(utterance).intent()).contains(intent);
        assertThat(matcher.isInvocation(utterance)).isTrue();
    }

    @Test
    void a_connector_after_the_skills_name_is_part_of_the_request_when_only_that_makes_a_known_phrase() {
        assertThat(REAL.match("ask back stretches that hurts").name()).isEqualTo("PainIntent");
        assertThat(REAL.match("ask back stretches to skip this one").name()).isEqualTo("SkipIntent");
        assertThat(REAL.match("ask back stretches that").isLaunch()).isTrue();
    }

    @Test
    void a_one_shot_request_keeps_its_slots() {
        assertThat(matcher.match("ask back stretches to go to the pancake").slot("stretch").flatMap(SlotMatch::resolvedId))
                .contains("half-pancake");
    }

    @Test
    void a_model_sample_that_looks_like_an_invocation_is_that_intent_not_a_launch() {
        IntentMatch match = matcher.match("start my back stretches");
        assertThat(match.intent()).contains("StartRoutineIntent");
        assertThat(matcher.isInvocation("start my back stretches")).isFalse();
    }

    @Test
    void plain_utterances_are_not_invocations() {
        assertThat(matcher.isInvocation("skip this one")).isFalse();
        assertThat(matcher.isInvocation("alexa next")).isFalse();
    }

    @Test
    void a_directly_given_slot_value_resolves_like_a_spoken_one() {
        assertThat(matcher.resolveSlot("GoToStretchIntent", "stretch", "Pancake"))
                .isEqualTo(SlotMatch.resolved("stretch", "pancake", "half-pancake", "half pancake"));
        assertThat(matcher.resolveSlot("HoldTimeIntent", "seconds", "forty five"))
                .isEqualTo(SlotMatch.unresolved("seconds", "45"));
        assertThat(matcher.resolveSlot("GoToStretchIntent", "stretch", "cobra").resolvedId()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> matcher.resolveSlot("GoToStretchIntent", "seconds", "45"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no slot seconds");
    }

    @Test
    void a_model_whose_sample_names_an_undeclared_slot_is_rejected_on_load() {
        String broken = """
                {"interactionModel": {"languageModel": {"invocationName": "back stretches",
                  "intents": [{"name": "GoToStretchIntent", "samples": ["go to the {stretch}"]}]}}}
                """;
        assertThatThrownBy(() -> InteractionModel.parse(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GoToStretchIntent").hasMessageContaining("{stretch}");
    }

    @Test
    void without_a_fallback_intent_an_unmatched_phrase_is_an_error_not_a_guess() {
        String noFallback = """
                {"interactionModel": {"languageModel": {"invocationName": "back stretches",
                  "intents": [{"name": "ReadyIntent", "samples": ["ready"]}]}}}
                """;
        UtteranceMatcher strict = new UtteranceMatcher(InteractionModel.parse(noFallback));
        assertThatThrownBy(() -> strict.match("what's the weather"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AMAZON.FallbackIntent");
    }

    @Test
    void a_sample_of_slots_alone_matches_only_a_value_of_its_type_never_any_words() {
        String model = """
                {"interactionModel": {"languageModel": {"invocationName": "back stretches",
                  "intents": [
                    {"name": "PaceIntent", "slots": [{"name": "pace", "type": "PACE"}], "samples": ["{pace}", "go {pace}"]},
                    {"name": "ReminderIntent", "slots": [{"name": "time", "type": "AMAZON.TIME"}], "samples": ["{time}"]},
                    {"name": "AMAZON.FallbackIntent", "samples": []}],
                  "types": [{"name": "PACE", "values": [{"id": "SLOWER", "name": {"value": "slower"}}]}]}}}
                """;
        UtteranceMatcher m = new UtteranceMatcher(InteractionModel.parse(model));
        assertThat(m.match("slower").slot("pace").flatMap(SlotMatch::resolvedId)).contains("SLOWER");
        assertThat(m.match("seven pm").slot("time")).contains(SlotMatch.unresolved("time", "19:00"));
        assertThat(m.match("sideways").name()).isEqualTo("AMAZON.FallbackIntent");
        assertThat(m.match("what's the weather").name()).isEqualTo("AMAZON.FallbackIntent");
        // A sample with words of its own still takes an unknown value, unresolved, as before.
        assertThat(m.match("go sideways").slot("pace")).contains(SlotMatch.unresolved("pace", "sideways"));
    }

    // --- the real model: the new intents, and nothing old moved ------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remind me every day at 7 am | 07:00",
        "remind me every day at seven a.m. | 07:00",
        "remind me at half past seven in the evening | 19:30",
        "remind me to stretch at six in the morning | 06:00",
        "set a daily reminder for 7:30 pm | 19:30",
        "every day at noon | 12:00",
        "seven thirty pm | 19:30",
        "seven | 07:00",
        "at seven o'clock | 07:00",
        "quarter to nine | 08:45",
        "in the morning | MO",
        "tonight | NI",
        "at night | NI",
    })
    void a_time_fills_the_reminder_intents_time_slot_as_24_hour_time_or_a_part_of_the_day(String said, String time) {
        IntentMatch match = REAL.match(said);
        assertThat(match.name()).as(said).isEqualTo("ReminderIntent");
        assertThat(match.slot("time")).as(said).contains(SlotMatch.unresolved("time", time));
    }

    @ParameterizedTest
    @ValueSource(strings = {"remind me every day", "remind me to stretch", "set a daily reminder", "remind me daily"})
    void a_reminder_asked_for_without_a_time_has_no_time_slot(String said) {
        IntentMatch match = REAL.match(said);
        assertThat(match.name()).isEqualTo("ReminderIntent");
        assertThat(match.slots()).isEmpty();
    }

    @Test
    void a_reminder_time_given_directly_resolves_like_a_spoken_one() {
        assertThat(REAL.resolveSlot("ReminderIntent", "time", "seven thirty pm")).isEqualTo(SlotMatch.unresolved("time", "19:30"));
        assertThat(REAL.resolveSlot("ReminderIntent", "time", "07:00")).isEqualTo(SlotMatch.unresolved("time", "07:00"));
        assertThat(REAL.resolveSlot("ReminderIntent", "time", "EV")).isEqualTo(SlotMatch.unresolved("time", "EV"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slower | SLOWER",
        "slow down | SLOWER",
        "go a bit slower | SLOWER",
        "can you count more slowly | SLOWER",
        "a bit slower | SLOWER",
        "faster | FASTER",
        "quicker | FASTER",
        "speed up | FASTER",
        "faster please | FASTER",
        "back to normal speed | NORMAL",
        "count at usual pace | NORMAL",
    })
    void a_pace_resolves_to_its_id(String said, String id) {
        IntentMatch match = REAL.match(said);
        assertThat(match.name()).as(said).isEqualTo("PaceIntent");
        assertThat(match.slot("pace").flatMap(SlotMatch::resolvedId)).as(said).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "make the holds shorter | SHORTER",
        "shorter holds | SHORTER",
        "quicker holds | SHORTER",
        "make the holds quicker | SHORTER",
        "make the holds longer | LONGER",
    })
    void holds_made_shorter_or_quicker_stay_a_hold_time_change_not_a_pace(String said, String id) {
        IntentMatch match = REAL.match(said);
        assertThat(match.name()).as(said).isEqualTo("HoldTimeIntent");
        assertThat(match.slot("direction").flatMap(SlotMatch::resolvedId)).as(said).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "back to normal | StandardVersionIntent",
        "back to the normal version | StandardVersionIntent",
        "i only have five minutes | TimeBudgetIntent",
        "a quick version | QuickRoutineIntent",
        "start the quick version | QuickRoutineIntent",
        "the short version | QuickRoutineIntent",
        "i'm in a hurry | TimeBudgetIntent",
        "what's my streak | HistoryIntent",
        "how am i doing | HistoryIntent",
        "how many days in a row | HistoryIntent",
        "ask back stretches how am i doing | HistoryIntent",
    })
    void the_new_intents_and_the_phrases_next_to_them_go_where_they_belong(String said, String intent) {
        assertThat(REAL.match(said).name()).as(said).isEqualTo(intent);
    }

    /** Issue 18: the phrases people use for the time they have; a number of minutes never sets up a reminder. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i have ten minutes | 10",
        "i've got fifteen minutes | 15",
        "a five minute version | 5",
        "give me a twenty minute routine | 20",
        "i only have five minutes | 5",
        "ask back stretches for a ten minute routine | 10",
        "give me a twenty five minute routine | 25",
        "i have 12 minutes | 12",
        "make it short | ",
        "i don't have much time | ",
    })
    void a_number_of_minutes_asks_for_a_plan_never_a_reminder(String said, String minutes) {
        IntentMatch match = REAL.match(said);
        assertThat(match.name()).as(said).isEqualTo("TimeBudgetIntent");
        if (minutes == null) {
            assertThat(match.slot("minutes")).as(said).isEmpty();
        } else {
            assertThat(match.slot("minutes")).as(said).contains(SlotMatch.unresolved("minutes", minutes));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "what time is it", "good morning", "the morning", "thirty", "forty five",
        "sixty seconds", "play some music", "tell me a joke", "i'm tired"})
    void a_phrase_that_is_no_time_or_pace_is_not_swallowed_by_the_slot_only_samples(String said) {
        assertThat(REAL.match(said).name()).as(said).isEqualTo("AMAZON.FallbackIntent");
    }

    /** docs/using-the-skill.md: each phrase keeps the intent it had before the time and pace samples. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "open back stretches | LaunchRequest",
        "ask back stretches to start my back stretches | StartRoutineIntent",
        "ask back stretches to resume | AMAZON.ResumeIntent",
        "start my back stretches | StartRoutineIntent",
        "start | StartRoutineIntent",
        "start the routine | StartRoutineIntent",
        "let's stretch | StartRoutineIntent",
        "next | AMAZON.NextIntent",
        "ready | ReadyIntent",
        "I'm ready | ReadyIntent",
        "done | ReadyIntent",
        "continue | ReadyIntent",
        "go on | ReadyIntent",
        "okay | ReadyIntent",
        "yes | AMAZON.YesIntent",
        "sure | AMAZON.YesIntent",
        "no | AMAZON.NoIntent",
        "repeat | AMAZON.RepeatIntent",
        "say that again | AMAZON.RepeatIntent",
        "previous | AMAZON.PreviousIntent",
        "go back a set | AMAZON.PreviousIntent",
        "go back | AMAZON.PreviousIntent",
        "start over | AMAZON.StartOverIntent",
        "skip this one | SkipIntent",
        "skip this stretch | SkipIntent",
        "next stretch | SkipIntent",
        "go to the half pancake | GoToStretchIntent",
        "do the wag tail | GoToStretchIntent",
        "easier | EasierIntent",
        "make it easier | EasierIntent",
        "that's too hard | EasierIntent",
        "an easier version of the half pancake | EasierIntent",
        "harder | HarderIntent",
        "make it harder | HarderIntent",
        "back to the normal version | StandardVersionIntent",
        "hold for forty five seconds | HoldTimeIntent",
        "hold for thirty seconds | HoldTimeIntent",
        "sixty second holds | HoldTimeIntent",
        "make the holds longer | HoldTimeIntent",
        "shorter holds | HoldTimeIntent",
        "hold longer | HoldTimeIntent",
        "how do I do this | DescribeIntent",
        "explain this stretch | DescribeIntent",
        "how do I do the A-frame | DescribeIntent",
        "where am I | ProgressIntent",
        "how many are left | ProgressIntent",
        "what's next | ProgressIntent",
        "it hurts | PainIntent",
        "that hurts | PainIntent",
        "this is painful | PainIntent",
        "pause | AMAZON.PauseIntent",
        "hold on | AMAZON.PauseIntent",
        "resume | AMAZON.ResumeIntent",
        "stop | AMAZON.StopIntent",
        "i'm done for today | AMAZON.StopIntent",
        "cancel | AMAZON.CancelIntent",
        "help | AMAZON.HelpIntent",
        "what can I say | AMAZON.HelpIntent",
        "thirty | AMAZON.FallbackIntent",
    })
    void the_phrases_the_readme_lists_keep_their_intents(String said, String intent) {
        assertThat(REAL.match(said).name()).as(said).isEqualTo(intent);
    }

    @Test
    void every_sample_of_the_old_intents_still_matches_its_own_intent() {
        InteractionModel model = REAL.model();
        Map<String, String> example = Map.of(
                "{stretch}", "half pancake", "{seconds}", "forty five", "{direction}", "longer", "{minutes}", "twelve");
        for (InteractionModel.Intent intent : model.intents()) {
            if (List.of("HistoryIntent", "PaceIntent", "QuickRoutineIntent", "ReminderIntent").contains(intent.name())) {
                continue;
            }
            for (String sample : intent.samples()) {
                String said = sample;
                for (var e : example.entrySet()) {
                    said = said.replace(e.getKey(), e.getValue());
                }
                assertThat(REAL.match(said).name()).as("\"%s\"", said).isEqualTo(intent.name());
            }
        }
    }
}
