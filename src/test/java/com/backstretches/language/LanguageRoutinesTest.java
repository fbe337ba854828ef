package com.backstretches.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.speech.TurnWriter;
import com.backstretches.speech.Words;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each language's routine file: the English routine's shape in other words, every set still inside
 * the turn budget when planned at that language's (slower) speaking rate.
 */
class LanguageRoutinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void a_translated_routine_has_its_own_file_and_the_english_routines_shape(String language) {
        Routine translated = RoutineLoader.forLanguage(language);
        assertThat(translated).isNotSameAs(RoutineLoader.standard());
        assertThat(RoutineLoader.shapeDifferences(RoutineLoader.standard(), translated)).isEmpty();
        assertThat(translated.stretches().stream().map(Stretch::name))
                .doesNotContainAnyElementsOf(RoutineLoader.standard().stretches().stream().map(Stretch::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "es-ES", "es-MX", "es-US"})
    void every_set_of_every_version_fits_the_turn_budget_at_the_languages_speaking_rate(String locale) {
        Words words = Words.of(locale);
        TurnWriter writer = new TurnWriter(words);
        assertThat(writer.overBudget(RoutineLoader.forLanguage(words.language()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "es-ES"})
    void german_and_spanish_are_planned_slower_than_english(String locale) {
        assertThat(Words.of(locale).timing().wordsPerMinute()).isLessThan(Words.english().timing().wordsPerMinute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void a_stretch_is_found_by_its_translated_names_with_or_without_accents(String language) {
        Routine routine = RoutineLoader.forLanguage(language);
        for (Stretch s : routine.stretches()) {
            for (String name : concat(s.name(), s.alsoCalled())) {
                assertThat(routine.byName(name)).as(name).contains(s);
                assertThat(routine.byName(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toUpperCase(java.util.Locale.ROOT))).as(name + " typed plainly").contains(s);
            }
            assertThat(routine.byName(s.id())).contains(s);
        }
    }

    @org.junit.jupiter.api.Test
    void an_unknown_language_gets_the_english_routine() {
        assertThat(RoutineLoader.forLanguage("fr")).isSameAs(RoutineLoader.standard());
        assertThat(RoutineLoader.forLanguage("")).isSameAs(RoutineLoader.standard());
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
