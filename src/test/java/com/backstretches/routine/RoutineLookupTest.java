package com.backstretches.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Finding a stretch by what a person says, and the routine's own rules. Each test loads or builds its
 * own routine rather than using the shared one, so what it checks is the code that built it.
 */
class RoutineLookupTest {

    private final Routine routine = RoutineLoader.fromResource(RoutineLoader.DEFAULT_RESOURCE);

    @Test
    void a_stretch_is_found_by_its_name_its_id_or_any_alias_however_it_is_spelt() {
        assertThat(routine.byName("half pancake")).map(Stretch::id).contains("half-pancake");
        assertThat(routine.byName("half-pancake")).map(Stretch::id).contains("half-pancake");
        assertThat(routine.byName("seated side reach")).map(Stretch::id).contains("half-pancake");
        assertThat(routine.byName("The Torso-Twist!")).map(Stretch::id).contains("quadruped-torso-rotation");
        assertThat(routine.byName("  A frame ")).map(Stretch::id).contains("a-frame-to-squat");
    }

    @Test
    void nothing_said_or_an_unknown_name_finds_no_stretch() {
        assertThat(routine.byName(null)).isEmpty();
        assertThat(routine.byName("")).isEmpty();
        assertThat(routine.byName("the")).as("only the article").isEmpty();
        assertThat(routine.byName("?!")).isEmpty();
        assertThat(routine.byName("headstand")).isEmpty();
    }

    @Test
    void a_name_is_normalised_to_lower_case_words_without_a_leading_the() {
        assertThat(Routine.normalizeName("The A-Frame, to   Squat")).isEqualTo("a frame to squat");
        assertThat(Routine.normalizeName("theatre stretch")).as("'the' only as a word").isEqualTo("theatre stretch");
        assertThat(Routine.normalizeName("Wag the tail")).isEqualTo("wag the tail");
    }

    @Test
    void a_name_shared_by_two_stretches_keeps_its_first_owner() {
        Stretch first = stretch("first-one", "first one", List.of("shared"));
        Stretch second = stretch("second-one", "second one", List.of("shared", "first one"));
        Routine built = new Routine("two", List.of(first, second));
        assertThat(built.byName("shared")).contains(first);
        assertThat(built.byName("first one")).contains(first);
        assertThat(built.byName("second one")).contains(second);
    }

    @Test
    void stretches_are_numbered_from_one_in_routine_order() {
        assertThat(routine.numberOf("prone-extension")).isEqualTo(1);
        assertThat(routine.numberOf("half-pancake")).isEqualTo(5);
        assertThat(routine.numberOf("a-frame-to-squat")).isEqualTo(6);
    }

    @Test
    void asking_for_an_id_the_routine_does_not_have_fails_naming_it() {
        assertThat(routine.byId("headstand")).isEmpty();
        assertThat(routine.byId(null)).isEmpty();
        assertThatThrownBy(() -> routine.stretch("headstand"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no stretch with id headstand");
    }

    @Test
    void two_loads_of_the_same_file_are_the_same_routine_and_a_different_title_is_not() {
        Routine again = RoutineLoader.fromResource(RoutineLoader.DEFAULT_RESOURCE);
        assertThat(again).isEqualTo(routine).hasSameHashCodeAs(routine);
        assertThat(routine.title()).isNotBlank();
        Routine retitled = new Routine(routine.title() + " (copy)", routine.stretches());
        assertThat(retitled).isNotEqualTo(routine);
        assertThat(new Routine(routine.title(), routine.stretches().subList(0, 5))).isNotEqualTo(routine);
        assertThat(routine).isNotEqualTo("not a routine");
        assertThat(routine).hasToString("Routine[" + routine.title() + ", 6 stretches]");
    }

    @Test
    void a_hold_range_is_1_to_120_seconds_and_not_reversed() {
        assertThat(new HoldRange(1, 120).clamp(0)).isEqualTo(1);
        assertThat(new HoldRange(1, 120).clamp(121)).isEqualTo(120);
        assertThat(new HoldRange(30, 30).clamp(45)).as("a single length").isEqualTo(30);
        assertThatThrownBy(() -> new HoldRange(0, 60)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-60");
        assertThatThrownBy(() -> new HoldRange(30, 121)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldRange(31, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_hold_range_fits_a_preference_into_it() {
        HoldRange range = new HoldRange(30, 60);
        assertThat(range.clamp(20)).isEqualTo(30);
        assertThat(range.clamp(45)).isEqualTo(45);
        assertThat(range.clamp(90)).isEqualTo(60);
    }

    @Test
    void a_version_the_stretch_lacks_falls_back_to_its_standard_one() {
        Stretch pancake = routine.stretch("half-pancake");
        assertThat(pancake.has(Level.HARDER)).isFalse();
        assertThat(pancake.version(Level.HARDER)).isEqualTo(pancake.version(Level.STANDARD));
        assertThat(pancake.version(Level.EASIER).level()).isEqualTo(Level.EASIER);
        assertThat(pancake.hasSides()).isTrue();
        assertThat(routine.stretch("wag-tail").hasSides()).as("alternating within the set").isFalse();
    }

    private static Stretch stretch(String id, String name, List<String> alsoCalled) {
        Version standard = new Version(Level.STANDARD, List.of("Get ready."), List.of("Move."), "Again.", "Standard.");
        return new Stretch(id, name, alsoCalled, "the back", SideMode.NONE, new Dose(1, 0, Optional.of(new HoldRange(30, 60)), Optional.empty()),
                Optional.empty(), "Hold.", Map.of(Level.STANDARD, standard));
    }
}
