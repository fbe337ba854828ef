package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenTimeTest {

    /** What the matcher hands over: the words of the typed phrase, normalized. */
    private static List<String> words(String typed) {
        String n = UtteranceMatcher.normalize(typed);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7 am | 07:00",
        "7am | 07:00",
        "seven am | 07:00",
        "seven a.m. | 07:00",
        "7 a.m. | 07:00",
        "7:30 pm | 19:30",
        "7:30pm | 19:30",
        "seven thirty pm | 19:30",
        "seven thirty p.m. | 19:30",
        "seven thirty in the evening | 19:30",
        "seven in the evening | 19:00",
        "six in the morning | 06:00",
        "three in the afternoon | 15:00",
        "ten at night | 22:00",
        "nine tonight | 21:00",
        "eight this evening | 20:00",
        "seven o'clock | 07:00",
        "seven o clock | 07:00",
        "7 o'clock | 07:00",
        "seven o'clock in the evening | 19:00",
        "seven | 07:00",
        "7 | 07:00",
        "twelve | 12:00",
        "ten fifteen | 10:15",
        "seven forty five | 07:45",
        "seven oh five | 07:05",
        "seven o five | 07:05",
        "nineteen thirty | 19:30",
        "twenty one fifteen | 21:15",
        "nineteen hundred | 19:00",
        "19:30 | 19:30",
        "07:00 | 07:00",
        "7:05 | 07:05",
        "0:30 | 00:30",
        "noon | 12:00",
        "twelve noon | 12:00",
        "midday | 12:00",
        "midnight | 00:00",
        "twelve midnight | 00:00",
        "twelve am | 00:00",
        "twelve pm | 12:00",
        "twelve thirty am | 00:30",
        "twelve at night | 00:00",
        "half past seven | 07:30",
        "half past seven in the evening | 19:30",
        "half seven | 07:30",
        "quarter past eight | 08:15",
        "a quarter past eight | 08:15",
        "quarter to nine | 08:45",
        "a quarter to nine pm | 20:45",
        "quarter to one | 00:45",
        "ten past six | 06:10",
        "twenty to eight | 07:40",
        "twenty five minutes to eight | 07:35",
        "five past seven pm | 19:05",
        "quarter past midnight | 00:15",
        "quarter to midnight | 23:45",
        "half past noon | 12:30",
    })
    void a_clock_time_becomes_hours_and_minutes_on_a_24_hour_clock(String spoken, String time) {
        assertThat(SpokenTime.parse(words(spoken))).as(spoken).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "morning | MO",
        "in the morning | MO",
        "this morning | MO",
        "afternoon | AF",
        "in the afternoon | AF",
        "this afternoon | AF",
        "evening | EV",
        "in the evening | EV",
        "this evening | EV",
        "night | NI",
        "at night | NI",
        "tonight | NI",
    })
    void a_part_of_the_day_alone_becomes_alexas_code_for_it(String spoken, String code) {
        assertThat(SpokenTime.parse(words(spoken))).as(spoken).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "next", "ready", "yes", "stop", "thirty", "forty five", "sixty", "45", "24", "7 5", "seven five",
        "seven sixty", "seven 75", "zero", "a", "am", "pm", "o'clock", "hold for forty five seconds",
        "thirty seconds", "half past", "quarter to", "half to seven", "thirty past seven", "seven and thirty",
        "nineteen pm", "thirteen in the morning", "twelve in the evening", "noon pm", "good morning",
        "the morning", "morning at seven", "seven thirty tomorrow", "in the seven", "a hundred", "seven hundred and five",
        "tonight at", "every day", "remind me",
    })
    void anything_that_is_not_a_whole_time_of_day_is_not_a_time(String spoken) {
        assertThat(SpokenTime.parse(words(spoken))).as("\"%s\"", spoken).isEmpty();
    }
}
