package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanNumbersTest {

    /** What the matcher hands over: the words of the typed phrase, normalized and folded. */
    static List<String> words(String typed) {
        String n = SpokenLanguage.foldedText(typed);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eins | 1",
        "ein | 1",
        "eine | 1",
        "zwei | 2",
        "zwo | 2",
        "zwölf | 12",
        "einundzwanzig | 21",
        "fünfundvierzig | 45",
        "sechzig | 60",
        "hundertzwanzig | 120",
        "einhundertzwanzig | 120",
        "null | 0",
        "dreißig | 30",
        "neunundneunzig | 99",
        "hundert | 100",
        "hunderteins | 101",
        "zweihundert | 200",
        "neunhundertneunundneunzig | 999",
        "tausend | 1000",
        "zweitausendfünfhundert | 2500",
        "45 | 45",
    })
    void german_number_words_become_digits(String spoken, long value) {
        assertThat(SpokenLanguage.GERMAN.number(words(spoken))).as(spoken).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "funfundvierzig | 45",
        "fuenfundvierzig | 45",
        "Fünfundvierzig | 45",
        "fünf und vierzig | 45",
        "fünf-und-vierzig | 45",
        "zwoelf | 12",
        "dreissig | 30",
        "hundert zwanzig | 120",
        "ein hundert zwanzig | 120",
        "hundertundzwanzig | 120",
        "einund zwanzig | 21",
    })
    void the_same_number_typed_without_umlauts_with_ss_or_in_several_words_is_the_same(String typed, long value) {
        assertThat(SpokenLanguage.GERMAN.number(words(typed))).as(typed).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fünf fünf", "zwanzigfünf", "und", "einsundzwanzig", "hundert hundert", "nullzwei",
        "zwanzig und", "eins hundert", "sekunden", "viele", "fünfundvierzig sekunden", "eineundzwanzig", "einstausend"})
    void words_that_are_not_one_german_number_are_not_a_number(String spoken) {
        assertThat(SpokenLanguage.GERMAN.number(words(spoken))).as("\"%s\"", spoken).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fünfundvierzig sekunden | PT45S",
        "eine minute | PT1M",
        "zehn minuten | PT10M",
        "eine stunde | PT1H",
        "eine minute und dreißig sekunden | PT1M30S",
    })
    void a_german_duration_becomes_iso_8601(String spoken, String iso) {
        assertThat(SpokenLanguage.GERMAN.duration(words(spoken))).as(spoken).contains(iso);
    }
}
