package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher on a small German model of its own (the locale comes from the file's name). */
class UtteranceMatcherGermanTest {

    static Path fixture(String name) {
        try {
            return Path.of(UtteranceMatcherGermanTest.class.getResource("/local/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Path GERMAN_MODEL = fixture("fixture-de-DE.json");

    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(GERMAN_MODEL));

    @Test
    void a_model_file_named_for_a_german_locale_is_heard_in_german() {
        assertThat(matcher.model().locale()).contains("de-DE");
        assertThat(matcher.language()).isEqualTo(SpokenLanguage.GERMAN);
        assertThat(new UtteranceMatcher(InteractionModel.load(UtteranceMatcherTest.fixtureModel())).language())
                .isEqualTo(SpokenLanguage.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"öffne sanfte rückendehnung", "Alexa, öffne Sanfte Rückendehnung!", "starte sanfte rückendehnung",
        "oeffne sanfte rueckendehnung", "offne sanfte ruckendehnung", "öffne die sanfte rückendehnung", "frag sanfte rückendehnung",
        "aktiviere sanfte rückendehnung"})
    void naming_the_skill_in_german_with_nothing_after_it_is_a_launch(String utterance) {
        assertThat(matcher.match(utterance).isLaunch()).as(utterance).isTrue();
        assertThat(matcher.isInvocation(utterance)).as(utterance).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frag sanfte rückendehnung, wie läuft's | HistoryIntent",
        "frag sanfte rückendehnung nach einer leichteren version von pfannkuchen | AMAZON.FallbackIntent",
        "frag sanfte rückendehnung nach was ist meine serie | HistoryIntent",
        "Alexa, sag sanfte rückendehnung, ich bin bereit | ReadyIntent",
        "sag sanfte rückendehnung, dass ich bereit bin | AMAZON.FallbackIntent",
        "bitte sanfte rückendehnung, halte dreißig sekunden | HoldTimeIntent",
        "starte sanfte rückendehnung und halte fünfundvierzig sekunden | HoldTimeIntent",
        "öffne sanfte rückendehnung und erinnere mich um sieben uhr | ReminderIntent",
    })
    void naming_the_skill_in_german_then_asking_for_something_is_a_one_shot_request(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
        assertThat(matcher.isInvocation(utterance)).as(utterance).isTrue();
    }

    @Test
    void a_german_sample_that_starts_like_an_invocation_is_that_intent() {
        assertThat(matcher.match("starte die routine").name()).isEqualTo("StartRoutineIntent");
        assertThat(matcher.isInvocation("starte die routine")).isFalse();
        assertThat(matcher.isInvocation("öffne sanfte rückendehnung jetzt")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "halte fünfundvierzig sekunden | 45",
        "halte funfundvierzig sekunden | 45",
        "halte fuenfundvierzig sekunden | 45",
        "halte fünf und vierzig sekunden | 45",
        "halte einundzwanzig sekunden | 21",
        "halte eine sekunden | 1",
        "sechzig sekunden halten | 60",
        "halte jede übung hundertzwanzig sekunden | 120",
        "halte 45 sekunden | 45",
    })
    void german_number_words_fill_a_number_slot_with_digits(String utterance, String digits) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("HoldTimeIntent");
        assertThat(match.slot("seconds")).as(utterance).contains(SlotMatch.unresolved("seconds", digits));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "erinnere mich um sieben uhr | 07:00",
        "erinnere mich um sieben uhr abends | 19:00",
        "erinnere mich jeden tag um halb acht | 07:30",
        "täglich um achtzehn uhr dreißig | 18:30",
        "taeglich um viertel nach sieben | 07:15",
        "viertel nach sieben | 07:15",
        "um mitternacht | 00:00",
        "heute abend | EV",
        "sieben uhr morgens | 07:00",
    })
    void a_german_time_fills_the_time_slot(String utterance, String time) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("ReminderIntent");
        assertThat(match.slot("time")).as(utterance).contains(SlotMatch.unresolved("time", time));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "überspringen | SkipIntent",
        "uberspringen | SkipIntent",
        "ueberspringen | SkipIntent",
        "Überspring diese Übung! | SkipIntent",
        "ueberspring diese uebung | SkipIntent",
        "wie lauft's | HistoryIntent",
        "für heute reichts | AMAZON.FallbackIntent",
        "für heute reicht's | AMAZON.StopIntent",
        "fuer heute reicht's | AMAZON.StopIntent",
        "wie viele tage am stueck | HistoryIntent",
    })
    void german_words_match_with_or_without_umlauts(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zur übung halber pfannkuchen | half-pancake | halber pfannkuchen",
        "zur uebung Halber Pfannkuchen | half-pancake | halber pfannkuchen",
        "geh zu seitbeuge im vierfüßlerstand | quadruped-sidebend | seitbeuge im vierfüßlerstand",
        "geh zu Seitbeuge im Vierfüsslerstand | quadruped-sidebend | seitbeuge im vierfüßlerstand",
        "geh zu seitbeuge im vierfuesslerstand | quadruped-sidebend | seitbeuge im vierfüßlerstand",
        "mach bauchlage-streckung | prone-extension | bauchlage streckung",
        "mach vom hund in die hocke | a-frame-to-squat | vom hund in die hocke",
        "mach hocke | a-frame-to-squat | hocke",
    })
    void a_german_stretch_resolves_and_keeps_the_models_spelling(String utterance, String id, String value) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("GoToStretchIntent");
        SlotMatch stretch = match.slot("stretch").orElseThrow();
        assertThat(stretch.resolvedId()).as(utterance).contains(id);
        assertThat(stretch.value()).as(utterance).isEqualTo(value);
    }

    @Test
    void a_custom_value_typed_without_umlauts_is_sent_as_the_model_spells_it() {
        assertThat(matcher.match("halte laenger").slot("direction"))
                .contains(SlotMatch.resolved("direction", "länger", "LONGER", "länger"));
        assertThat(matcher.match("zähl langsamer").slot("pace").flatMap(SlotMatch::resolvedId)).contains("SLOWER");
        assertThat(matcher.match("zaehl schneller").slot("pace").flatMap(SlotMatch::resolvedId)).contains("FASTER");
    }

    @Test
    void words_that_match_no_german_value_fill_the_slot_unresolved_as_typed() {
        assertThat(matcher.match("geh zu Kobra").slot("stretch")).contains(SlotMatch.unresolved("stretch", "kobra"));
        assertThat(matcher.match("geh zu Brücke").slot("stretch")).contains(SlotMatch.unresolved("stretch", "brücke"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ja | AMAZON.YesIntent",
        "ja bitte | AMAZON.YesIntent",
        "nein | AMAZON.NoIntent",
        "nein danke | AMAZON.NoIntent",
        "hilfe | AMAZON.HelpIntent",
        "was kann ich sagen | AMAZON.HelpIntent",
        "stopp | AMAZON.StopIntent",
        "abbrechen | AMAZON.CancelIntent",
        "zurück | AMAZON.PreviousIntent",
        "zurueck | AMAZON.PreviousIntent",
        "nächste | AMAZON.NextIntent",
        "nächster satz | AMAZON.NextIntent",
        "weiter | ReadyIntent",
        "pause | AMAZON.PauseIntent",
        "wiederholen | AMAZON.RepeatIntent",
        "von vorne | AMAZON.StartOverIntent",
    })
    void german_built_in_intents_understand_their_standard_phrases_and_model_samples_win(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spiel etwas musik", "erzähl mir einen witz", "dreißig", "fünfundvierzig", "guten morgen",
        "yes", "open back stretches"})
    void german_phrases_the_model_does_not_cover_go_to_the_fallback(String utterance) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo("AMAZON.FallbackIntent");
    }

    @Test
    void a_german_slot_value_given_directly_resolves_like_a_spoken_one() {
        assertThat(matcher.resolveSlot("HoldTimeIntent", "seconds", "fünfundvierzig")).isEqualTo(SlotMatch.unresolved("seconds", "45"));
        assertThat(matcher.resolveSlot("ReminderIntent", "time", "halb acht abends")).isEqualTo(SlotMatch.unresolved("time", "19:30"));
        assertThat(matcher.resolveSlot("GoToStretchIntent", "stretch", "Pfannkuchen"))
                .isEqualTo(SlotMatch.resolved("stretch", "pfannkuchen", "half-pancake", "Halber Pfannkuchen"));
    }
}
