package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher on a small Spanish model of its own (the locale comes from the file's name). */
class UtteranceMatcherSpanishTest {

    static final Path SPANISH_MODEL = UtteranceMatcherGermanTest.fixture("fixture-es-ES.json");

    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(SPANISH_MODEL));

    @Test
    void a_model_file_named_for_a_spanish_locale_is_heard_in_spanish() {
        assertThat(matcher.model().locale()).contains("es-ES");
        assertThat(matcher.language()).isEqualTo(SpokenLanguage.SPANISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abre estiramientos de espalda", "Alexa, abre Estiramientos de Espalda.", "inicia estiramientos de espalda",
        "abre mis estiramientos de espalda", "pide a estiramientos de espalda", "pregunta a estiramientos de espalda",
        "empieza estiramientos de espalda"})
    void naming_the_skill_in_spanish_with_nothing_after_it_is_a_launch(String utterance) {
        assertThat(matcher.match(utterance).isLaunch()).as(utterance).isTrue();
        assertThat(matcher.isInvocation(utterance)).as(utterance).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pregunta a estiramientos de espalda cómo voy | HistoryIntent",
        "¿Alexa, pregunta a estiramientos de espalda cuál es mi racha? | HistoryIntent",
        "dile a estiramientos de espalda que estoy listo | ReadyIntent",
        "pide a estiramientos de espalda una rutina de diez minutos | TimeBudgetIntent",
        "pide a estiramientos de espalda que lo haga más fácil | AMAZON.FallbackIntent",
        "abre estiramientos de espalda y mantén cuarenta y cinco segundos | HoldTimeIntent",
        "abre estiramientos de espalda y recuérdame a las siete | ReminderIntent",
    })
    void naming_the_skill_in_spanish_then_asking_for_something_is_a_one_shot_request(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
        assertThat(matcher.isInvocation(utterance)).as(utterance).isTrue();
    }

    @Test
    void an_accent_tells_a_question_word_from_a_connector_after_the_skills_name() {
        assertThat(matcher.match("pregunta a estiramientos de espalda qué sigue").name()).isEqualTo("ProgressIntent");
        assertThat(matcher.match("dile a estiramientos de espalda que sigue").name()).isEqualTo("ReadyIntent");
        assertThat(matcher.match("pregunta a estiramientos de espalda que donde estoy").name()).isEqualTo("ProgressIntent");
    }

    @Test
    void a_connector_word_alone_after_the_skills_name_is_the_request_when_the_model_knows_it() {
        assertThat(matcher.match("pregunta a estiramientos de espalda para").name()).isEqualTo("AMAZON.StopIntent");
        assertThat(matcher.match("pregunta a estiramientos de espalda que").isLaunch()).isTrue();
    }

    @Test
    void a_spanish_sample_that_starts_like_an_invocation_is_that_intent() {
        assertThat(matcher.match("empieza la rutina").name()).isEqualTo("StartRoutineIntent");
        assertThat(matcher.isInvocation("empieza la rutina")).isFalse();
        assertThat(matcher.isInvocation("abre estiramientos de espalda ahora")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mantén cuarenta y cinco segundos | 45",
        "manten cuarenta y cinco segundos | 45",
        "mantén veintiún segundos | 21",
        "mantén veintiuno segundos | 21",
        "mantén un segundos | 1",
        "sesenta segundos | 60",
        "mantén cada ejercicio ciento veinte segundos | 120",
        "mantén dieciseis segundos | 16",
        "mantén 45 segundos | 45",
    })
    void spanish_number_words_fill_a_number_slot_with_digits(String utterance, String digits) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("HoldTimeIntent");
        assertThat(match.slot("seconds")).as(utterance).contains(SlotMatch.unresolved("seconds", digits));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "recuérdame a las siete | 07:00",
        "recuerdame a las siete de la tarde | 19:00",
        "recuérdamelo cada día a las seis y media | 06:30",
        "a las nueve de la noche | 21:00",
        "la una de la tarde | 13:00",
        "avísame a las siete y cuarto | 07:15",
        "avísame a mediodía | 12:00",
        "mediodía | 12:00",
        "medianoche | 00:00",
        "esta noche | NI",
    })
    void a_spanish_time_fills_the_time_slot(String utterance, String time) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("ReminderIntent");
        assertThat(match.slot("time")).as(utterance).contains(SlotMatch.unresolved("time", time));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "más fácil | EasierIntent",
        "mas facil | EasierIntent",
        "MÁS FÁCIL | EasierIntent",
        "hazlo mas dificil | HarderIntent",
        "saltate este | SkipIntent",
        "como se hace | DescribeIntent",
        "cuantos dias seguidos | HistoryIntent",
        "continua | AMAZON.ResumeIntent",
        "repitelo | AMAZON.RepeatIntent",
    })
    void spanish_words_match_with_or_without_accents(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "haz extensión boca abajo | prone-extension | extensión boca abajo",
        "haz extension boca abajo | prone-extension | extensión boca abajo",
        "ve a flexion lateral a cuatro patas | quadruped-sidebend | flexión lateral a cuatro patas",
        "vamos con del perro a la sentadilla | a-frame-to-squat | del perro a la sentadilla",
        "quiero hacer medio panqueque | half-pancake | medio panqueque",
        "haz rotacion | quadruped-torso-rotation | rotación",
    })
    void a_spanish_stretch_resolves_and_keeps_the_models_spelling(String utterance, String id, String value) {
        IntentMatch match = matcher.match(utterance);
        assertThat(match.name()).as(utterance).isEqualTo("GoToStretchIntent");
        SlotMatch stretch = match.slot("stretch").orElseThrow();
        assertThat(stretch.resolvedId()).as(utterance).contains(id);
        assertThat(stretch.value()).as(utterance).isEqualTo(value);
    }

    @Test
    void a_custom_value_typed_without_accents_is_sent_as_the_model_spells_it() {
        assertThat(matcher.match("mantén mas tiempo").slot("direction"))
                .contains(SlotMatch.resolved("direction", "más tiempo", "LONGER", "más tiempo"));
        assertThat(matcher.match("cuenta mas despacio").slot("pace").flatMap(SlotMatch::resolvedId)).contains("SLOWER");
        assertThat(matcher.match("más rápido por favor").slot("pace").flatMap(SlotMatch::resolvedId)).contains("FASTER");
    }

    @Test
    void words_that_match_no_spanish_value_fill_the_slot_unresolved_as_typed() {
        assertThat(matcher.match("haz el puente").slot("stretch")).contains(SlotMatch.unresolved("stretch", "el puente"));
        assertThat(matcher.match("haz la cobra").slot("stretch")).contains(SlotMatch.unresolved("stretch", "la cobra"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sí | AMAZON.YesIntent",
        "si | AMAZON.YesIntent",
        "sí por favor | AMAZON.YesIntent",
        "claro | AMAZON.YesIntent",
        "no | AMAZON.NoIntent",
        "no gracias | AMAZON.NoIntent",
        "ayuda | AMAZON.HelpIntent",
        "qué puedo decir | AMAZON.HelpIntent",
        "que puedo decir | AMAZON.HelpIntent",
        "para | AMAZON.StopIntent",
        "cancela | AMAZON.CancelIntent",
        "siguiente | AMAZON.NextIntent",
        "atrás | AMAZON.PreviousIntent",
        "pausa | AMAZON.PauseIntent",
        "vale | ReadyIntent",
        "empieza de nuevo | AMAZON.StartOverIntent",
    })
    void spanish_built_in_intents_understand_their_standard_phrases_and_model_samples_win(String utterance, String intent) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pon algo de música", "cuéntame un chiste", "treinta", "cuarenta y cinco", "buenos días", "yes"})
    void spanish_phrases_the_model_does_not_cover_go_to_the_fallback(String utterance) {
        assertThat(matcher.match(utterance).name()).as(utterance).isEqualTo("AMAZON.FallbackIntent");
    }

    @Test
    void a_spanish_slot_value_given_directly_resolves_like_a_spoken_one() {
        assertThat(matcher.resolveSlot("HoldTimeIntent", "seconds", "cuarenta y cinco")).isEqualTo(SlotMatch.unresolved("seconds", "45"));
        assertThat(matcher.resolveSlot("ReminderIntent", "time", "las siete de la tarde")).isEqualTo(SlotMatch.unresolved("time", "19:00"));
        assertThat(matcher.resolveSlot("GoToStretchIntent", "stretch", "Panqueque"))
                .isEqualTo(SlotMatch.resolved("stretch", "panqueque", "half-pancake", "medio panqueque"));
    }
}
