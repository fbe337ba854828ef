package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishNumbersTest {

    private static List<String> words(String typed) {
        return GermanNumbersTest.words(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uno | 1",
        "un | 1",
        "una | 1",
        "dos | 2",
        "veintiuno | 21",
        "veintiún | 21",
        "veintiuna | 21",
        "cuarenta y cinco | 45",
        "sesenta | 60",
        "ciento veinte | 120",
        "cero | 0",
        "dieciséis | 16",
        "veintidós | 22",
        "treinta | 30",
        "noventa y nueve | 99",
        "cien | 100",
        "ciento uno | 101",
        "doscientos | 200",
        "doscientas | 200",
        "quinientos cincuenta y cinco | 555",
        "novecientos noventa y nueve | 999",
        "mil | 1000",
        "dos mil quinientos | 2500",
        "veintiún mil | 21000",
        "45 | 45",
    })
    void spanish_number_words_become_digits(String spoken, long value) {
        assertThat(SpokenLanguage.SPANISH.number(words(spoken))).as(spoken).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dieciseis | 16",
        "veintidos | 22",
        "veintiun | 21",
        "Cuarenta y Cinco | 45",
        "veintitres | 23",
    })
    void the_same_number_typed_without_accents_is_the_same(String typed, long value) {
        assertThat(SpokenLanguage.SPANISH.number(words(typed))).as(typed).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cinco cinco", "y cinco", "cien veinte", "ciento", "cuarenta y", "treinta y diez",
        "veinte y uno", "uno mil", "un mil", "segundos", "muchos", "cuarenta y cinco segundos", "cero cero"})
    void words_that_are_not_one_spanish_number_are_not_a_number(String spoken) {
        assertThat(SpokenLanguage.SPANISH.number(words(spoken))).as("\"%s\"", spoken).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cuarenta y cinco segundos | PT45S",
        "un minuto | PT1M",
        "diez minutos | PT10M",
        "una hora | PT1H",
        "un minuto y treinta segundos | PT1M30S",
    })
    void a_spanish_duration_becomes_iso_8601(String spoken, String iso) {
        assertThat(SpokenLanguage.SPANISH.duration(words(spoken))).as(spoken).contains(iso);
    }
}
