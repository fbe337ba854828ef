package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanTimeTest {

    private static List<String> words(String typed) {
        return GermanNumbersTest.words(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sieben uhr | 07:00",
        "sieben uhr morgens | 07:00",
        "sieben uhr abends | 19:00",
        "achtzehn uhr dreißig | 18:30",
        "halb acht | 07:30",
        "viertel nach sieben | 07:15",
        "mittag | 12:00",
        "mitternacht | 00:00",
        "sieben | 07:00",
        "sieben abends | 19:00",
        "ein uhr | 01:00",
        "ein uhr nachts | 01:00",
        "zwölf uhr mittags | 12:00",
        "zwei uhr mittags | 14:00",
        "drei uhr nachmittags | 15:00",
        "zehn uhr nachts | 22:00",
        "zwölf uhr nachts | 00:00",
        "sechs uhr früh | 06:00",
        "sechs uhr in der früh | 06:00",
        "sieben uhr am abend | 19:00",
        "acht uhr heute abend | 20:00",
        "neunzehn uhr | 19:00",
        "neunzehn uhr abends | 19:00",
        "null uhr | 00:00",
        "vierundzwanzig uhr | 00:00",
        "sieben uhr fünf | 07:05",
        "sieben uhr fünfundvierzig | 07:45",
        "sieben dreißig | 07:30",
        "neunzehn fünfundvierzig | 19:45",
        "halb acht abends | 19:30",
        "halb eins | 00:30",
        "halb eins mittags | 12:30",
        "viertel vor acht | 07:45",
        "dreiviertel acht | 07:45",
        "viertel acht | 07:15",
        "zehn nach sieben | 07:10",
        "zwanzig vor acht | 07:40",
        "fünf minuten nach sieben | 07:05",
        "fünf vor halb acht | 07:25",
        "fünf nach halb acht | 07:35",
        "viertel nach sieben abends | 19:15",
        "viertel nach mitternacht | 00:15",
        "7 uhr | 07:00",
        "7 Uhr abends | 19:00",
        "18:30 Uhr | 18:30",
        "18:30 | 18:30",
        "7:05 | 07:05",
        "18 Uhr 30 | 18:30",
    })
    void a_german_clock_time_becomes_hours_and_minutes_on_a_24_hour_clock(String spoken, String time) {
        assertThat(SpokenLanguage.GERMAN.time(words(spoken))).as(spoken).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sieben uhr früh | 07:00",
        "sieben uhr frueh | 07:00",
        "sieben uhr fruh | 07:00",
        "fuenf vor halb acht | 07:25",
        "zwoelf uhr mittags | 12:00",
        "achtzehn uhr dreissig | 18:30",
        "Halb Acht | 07:30",
    })
    void the_same_time_typed_without_umlauts_or_with_ss_is_the_same(String typed, String time) {
        assertThat(SpokenLanguage.GERMAN.time(words(typed))).as(typed).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "morgens | MO",
        "am morgen | MO",
        "heute morgen | MO",
        "vormittags | MO",
        "nachmittags | AF",
        "am nachmittag | AF",
        "abends | EV",
        "am abend | EV",
        "heute abend | EV",
        "nachts | NI",
        "in der nacht | NI",
        "heute nacht | NI",
    })
    void a_german_part_of_the_day_alone_becomes_alexas_code_for_it(String spoken, String code) {
        assertThat(SpokenLanguage.GERMAN.time(words(spoken))).as(spoken).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "weiter", "bereit", "ja", "fünfundvierzig", "dreißig", "dreißig sekunden", "halb", "viertel",
        "uhr", "sieben uhr hundert", "dreizehn uhr morgens", "morgen", "fünfundzwanzig uhr", "sieben sechzig", "sieben fünf",
        "halb dreißig", "um sieben", "halte fünfundvierzig sekunden", "zwölf uhr abends", "dreißig nach sieben",
        "zwanzig vor halb acht", "sieben uhr morgen", "der morgen", "erinnere mich"})
    void anything_that_is_not_a_whole_german_time_of_day_is_not_a_time(String spoken) {
        assertThat(SpokenLanguage.GERMAN.time(words(spoken))).as("\"%s\"", spoken).isEmpty();
    }
}
