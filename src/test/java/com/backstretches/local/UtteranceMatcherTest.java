package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
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

    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(fixtureModel()));

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
}
