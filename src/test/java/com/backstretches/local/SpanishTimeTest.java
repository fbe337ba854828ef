package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishTimeTest {

    private static List<String> words(String typed) {
        return GermanNumbersTest.words(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "las siete | 07:00",
        "las siete de la mañana | 07:00",
        "las siete de la tarde | 19:00",
        "las nueve de la noche | 21:00",
        "las seis y media | 06:30",
        "las siete y cuarto | 07:15",
        "la una de la tarde | 13:00",
        "mediodía | 12:00",
        "medianoche | 00:00",
        "siete | 07:00",
        "la una | 01:00",
        "las ocho menos cuarto | 07:45",
        "las ocho menos diez | 07:50",
        "las siete y diez | 07:10",
        "las siete y cuarenta y cinco | 07:45",
        "las siete treinta | 07:30",
        "las siete con treinta | 07:30",
        "las siete en punto | 07:00",
        "las siete en punto de la tarde | 19:00",
        "las seis y media de la tarde | 18:30",
        "las doce del mediodía | 12:00",
        "la una del mediodía | 13:00",
        "las doce de la noche | 00:00",
        "las dos de la madrugada | 02:00",
        "las diecinueve horas | 19:00",
        "las diecinueve treinta | 19:30",
        "las 7 | 07:00",
        "las 7 y media | 07:30",
        "7:30 p.m. | 19:30",
        "7 a. m. | 07:00",
        "19:30 | 19:30",
        "a las siete | 07:00",
        "a la una de la tarde | 13:00",
        "al mediodía | 12:00",
        "a medianoche | 00:00",
        "el mediodía | 12:00",
    })
    void a_spanish_clock_time_becomes_hours_and_minutes_on_a_24_hour_clock(String spoken, String time) {
        assertThat(SpokenLanguage.SPANISH.time(words(spoken))).as(spoken).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "las siete de la manana | 07:00",
        "mediodia | 12:00",
        "Las Seis y Media | 06:30",
        "la una del mediodia | 13:00",
    })
    void the_same_time_typed_without_accents_or_tilde_is_the_same(String typed, String time) {
        assertThat(SpokenLanguage.SPANISH.time(words(typed))).as(typed).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "por la mañana | MO",
        "esta mañana | MO",
        "por la tarde | AF",
        "esta tarde | AF",
        "por la noche | NI",
        "esta noche | NI",
    })
    void a_spanish_part_of_the_day_alone_becomes_alexas_code_for_it(String spoken, String code) {
        assertThat(SpokenLanguage.SPANISH.time(words(spoken))).as(spoken).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "siguiente", "listo", "sí", "cuarenta y cinco", "treinta segundos", "las", "la siete", "las una",
        "y media", "las siete y", "mañana", "la mañana", "tarde", "las trece de la mañana", "las siete sesenta",
        "las siete cinco", "las 7 5", "las siete menos media", "las siete y sesenta", "mantén cuarenta y cinco segundos",
        "recuérdame", "las doce de la tarde de la noche", "cuarenta"})
    void anything_that_is_not_a_whole_spanish_time_of_day_is_not_a_time(String spoken) {
        assertThat(SpokenLanguage.SPANISH.time(words(spoken))).as("\"%s\"", spoken).isEmpty();
    }
}
