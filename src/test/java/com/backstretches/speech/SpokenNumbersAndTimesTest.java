package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Numbers and times of day as Alexa should say them, at the edges where the wording changes. */
class SpokenNumbersAndTimesTest {

    private static final Phrases PHRASES = new Phrases(Words.english());

    @Test
    void numbers_from_zero_to_999_are_words() {
        assertThat(Words.english().number(0)).isEqualTo("zero");
        assertThat(Words.english().number(19)).isEqualTo("nineteen");
        assertThat(Words.english().number(20)).isEqualTo("twenty");
        assertThat(Words.english().number(45)).isEqualTo("forty-five");
        assertThat(Words.english().number(100)).isEqualTo("one hundred");
        assertThat(Words.english().number(120)).isEqualTo("one hundred and twenty");
        assertThat(Words.english().number(305)).isEqualTo("three hundred and five");
        assertThat(Words.english().number(999)).isEqualTo("nine hundred and ninety-nine");
    }

    @Test
    void numbers_outside_zero_to_999_stay_digits() {
        assertThat(Words.english().number(-1)).isEqualTo("-1");
        assertThat(Words.english().number(1000)).isEqualTo("1000");
    }

    @Test
    void a_number_can_start_a_sentence() {
        assertThat(Words.english().capitalize(Words.english().number(3))).isEqualTo("Three");
        assertThat(Words.english().capitalize(Words.english().number(21))).isEqualTo("Twenty-one");
    }

    @Test
    void a_time_on_the_hour_is_the_hour_and_a_or_p_m() {
        assertThat(PHRASES.clock(LocalTime.of(7, 0))).isEqualTo("seven a.m.");
        assertThat(PHRASES.clock(LocalTime.of(13, 0))).isEqualTo("one p.m.");
        assertThat(PHRASES.clock(LocalTime.of(23, 0))).isEqualTo("eleven p.m.");
    }

    @Test
    void noon_and_midnight_are_said_by_name_but_not_past_them() {
        assertThat(PHRASES.clock(LocalTime.of(12, 0))).isEqualTo("noon");
        assertThat(PHRASES.clock(LocalTime.of(0, 0))).isEqualTo("midnight");
        assertThat(PHRASES.clock(LocalTime.of(12, 30))).isEqualTo("twelve thirty p.m.");
        assertThat(PHRASES.clock(LocalTime.of(0, 30))).isEqualTo("twelve thirty a.m.");
    }

    @Test
    void minutes_under_ten_are_said_with_oh() {
        assertThat(PHRASES.clock(LocalTime.of(7, 5))).isEqualTo("seven oh five a.m.");
        assertThat(PHRASES.clock(LocalTime.of(7, 9))).isEqualTo("seven oh nine a.m.");
        assertThat(PHRASES.clock(LocalTime.of(7, 10))).isEqualTo("seven ten a.m.");
        assertThat(PHRASES.clock(LocalTime.of(18, 45))).isEqualTo("six forty-five p.m.");
    }

    @Test
    void eleven_fifty_nine_is_still_morning() {
        assertThat(PHRASES.clock(LocalTime.of(11, 59))).isEqualTo("eleven fifty-nine a.m.");
    }

    @Test
    void the_end_of_the_routine_says_the_streak_from_two_days_on() {
        assertThat(PHRASES.finished(6, 2)).contains("That's two days in a row.");
        assertThat(PHRASES.finished(6, 1)).doesNotContain("in a row");
        assertThat(PHRASES.finished(6, 0)).startsWith("That's all six stretches done.");
    }
}
