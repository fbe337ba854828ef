package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.session.Side;
import com.backstretches.speech.Words.Gender;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One, two, twenty-one and forty-five seconds, reps, rounds and days, as each language says them. */
class NumbersAndPluralsGoldenTest {

    private static final int[] COUNTS = {1, 2, 21, 45};

    @Test
    void english() {
        assertSays("en-US", "A-frame to squat",
                List.of("Rest for one second.", "Rest for two seconds.", "Rest for twenty-one seconds.", "Rest for forty-five seconds."),
                List.of("Once, with me.", "Two times, with me.", "Twenty-one times, with me.", "Forty-five times, with me."),
                List.of("one round of the A-frame to squat", "two rounds of the A-frame to squat",
                        "twenty-one rounds of the A-frame to squat", "forty-five rounds of the A-frame to squat"),
                List.of("one day", "two days", "twenty-one days", "forty-five days"));
    }

    @Test
    void german() {
        assertSays("de-DE", "Vom Hund in die Hocke",
                List.of("Eine Sekunde Pause.", "Zwei Sekunden Pause.", "Einundzwanzig Sekunden Pause.", "Fünfundvierzig Sekunden Pause."),
                List.of("Eine Wiederholung.", "Zwei Wiederholungen.", "Einundzwanzig Wiederholungen.", "Fünfundvierzig Wiederholungen."),
                List.of("eine Runde bei der Übung Vom Hund in die Hocke", "zwei Runden bei der Übung Vom Hund in die Hocke",
                        "einundzwanzig Runden bei der Übung Vom Hund in die Hocke", "fünfundvierzig Runden bei der Übung Vom Hund in die Hocke"),
                List.of("ein Tag", "zwei Tage", "einundzwanzig Tage", "fünfundvierzig Tage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-ES", "es-MX", "es-US"})
    void spanish(String locale) {
        assertSays(locale, "del perro a la sentadilla",
                List.of("Descansa un segundo.", "Descansa dos segundos.", "Descansa veintiún segundos.", "Descansa cuarenta y cinco segundos."),
                List.of("Una repetición, sígueme.", "Dos repeticiones, sígueme.", "Veintiuna repeticiones, sígueme.",
                        "Cuarenta y cinco repeticiones, sígueme."),
                List.of("una ronda del ejercicio del perro a la sentadilla", "dos rondas del ejercicio del perro a la sentadilla",
                        "veintiuna rondas del ejercicio del perro a la sentadilla",
                        "cuarenta y cinco rondas del ejercicio del perro a la sentadilla"),
                List.of("un día", "dos días", "veintiún días", "cuarenta y cinco días"));
    }

    @Test
    void numbers_take_the_form_their_noun_needs_and_count_plainly_otherwise() {
        Words de = Words.of("de-DE");
        Words es = Words.of("es-ES");
        assertThat(List.of(de.number(1), de.number(1, Gender.MASCULINE), de.number(1, Gender.FEMININE), de.number(21, Gender.FEMININE)))
                .containsExactly("eins", "ein", "eine", "einundzwanzig");
        assertThat(List.of(es.number(1), es.number(1, Gender.MASCULINE), es.number(1, Gender.FEMININE)))
                .containsExactly("uno", "un", "una");
        assertThat(List.of(es.number(21), es.number(21, Gender.MASCULINE), es.number(21, Gender.FEMININE), es.number(31, Gender.FEMININE)))
                .containsExactly("veintiuno", "veintiún", "veintiuna", "treinta y una");
        assertThat(List.of(es.number(100), es.number(101), es.number(120), es.number(500))).containsExactly("cien", "ciento uno", "ciento veinte", "quinientos");
        assertThat(List.of(de.number(100), de.number(101), de.number(120))).containsExactly("einhundert", "einhunderteins", "einhundertzwanzig");
        assertThat(Words.english().number(120)).isEqualTo("one hundred and twenty");
        assertThat(de.number(1000)).isEqualTo("1000");
    }

    @Test
    void no_number_word_carries_a_soft_hyphen_into_the_speech() {
        for (Words words : List.of(Words.english(), Words.of("de-DE"), Words.of("es-ES"))) {
            for (int n = 0; n < 1000; n++) {
                for (Gender g : Gender.values()) {
                    assertThat(words.number(n, g)).as("%d in %s", n, words.locale()).doesNotContain("\u00ad").matches("[\\p{L} -]+");
                }
            }
        }
    }

    @Test
    void a_side_is_said_in_the_language_as_a_cue_fills_it_and_no_side_as_nothing() {
        assertThat(new Phrases(Words.english()).side(Side.LEFT)).isEqualTo("left");
        assertThat(new Phrases(Words.of("de-DE")).side(Side.RIGHT)).isEqualTo("rechts");
        assertThat(new Phrases(Words.of("es-US")).side(Side.LEFT)).isEqualTo("la izquierda");
        assertThat(new Phrases(Words.of("es-ES")).side(Side.NONE)).isEmpty();
        assertThat(new Phrases(Words.of("de-DE")).fill("geh nach {side}", Side.LEFT)).isEqualTo("Geh nach links");
    }

    @Test
    void a_time_of_day_is_said_the_way_the_language_says_it() {
        Words de = Words.of("de-DE");
        Words es = Words.of("es-MX");
        assertThat(List.of(de.clock(LocalTime.of(7, 0)), de.clock(LocalTime.of(13, 0)), de.clock(LocalTime.of(18, 30))))
                .containsExactly("sieben Uhr morgens", "ein Uhr nachmittags", "sechs Uhr dreißig abends");
        assertThat(List.of(es.clock(LocalTime.of(7, 5)), es.clock(LocalTime.of(13, 0)), es.clock(LocalTime.of(21, 0))))
                .containsExactly("las siete y cinco de la mañana", "la una de la tarde", "las nueve de la noche");
        assertThat(Words.english().clock(LocalTime.of(7, 5))).isEqualTo("seven oh five a.m.");
    }

    private static void assertSays(String locale, String cycleName, List<String> seconds, List<String> reps, List<String> rounds,
            List<String> days) {
        Words words = Words.of(locale);
        Phrases phrases = new Phrases(words);
        for (int i = 0; i < COUNTS.length; i++) {
            int n = COUNTS[i];
            assertThat(phrases.rest(n, false)).as("%d seconds", n).isEqualTo(seconds.get(i));
            assertThat(phrases.repsIntro(n, false)).as("%d reps", n).isEqualTo(reps.get(i));
            assertThat(words.plural("plan.fewerRounds", n, "rounds", n, "name", cycleName)).as("%d rounds", n).isEqualTo(rounds.get(i));
            assertThat(words.plural("days", n)).as("%d days", n).isEqualTo(days.get(i));
        }
    }
}
