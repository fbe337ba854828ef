package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hold-time range at its edges, what a position refuses to be, and where a step is in the routine. */
class HoldTimeAndPositionTest {

    private final Navigator nav = new Navigator(RoutineLoader.standard());
    private final Step first = new Step("prone-extension", Side.NONE, 1);

    @Test
    void thirty_and_sixty_seconds_are_kept_as_asked_and_one_second_past_either_is_moved_back_in() {
        assertThat(HoldTime.choose(30)).isEqualTo(new HoldTime.Choice(30, HoldTime.Clamp.NONE));
        assertThat(HoldTime.choose(60)).isEqualTo(new HoldTime.Choice(60, HoldTime.Clamp.NONE));
        assertThat(HoldTime.choose(29)).isEqualTo(new HoldTime.Choice(30, HoldTime.Clamp.RAISED_TO_MIN));
        assertThat(HoldTime.choose(61)).isEqualTo(new HoldTime.Choice(60, HoldTime.Clamp.LOWERED_TO_MAX));
    }

    @Test
    void a_hold_time_is_valid_from_30_to_60_seconds_only() {
        assertThat(HoldTime.isValid(30)).isTrue();
        assertThat(HoldTime.isValid(60)).isTrue();
        assertThat(HoldTime.isValid(29)).isFalse();
        assertThat(HoldTime.isValid(61)).isFalse();
    }

    @Test
    void a_position_cannot_hold_a_time_outside_the_range() {
        assertThatThrownBy(() -> new Position(Status.IN_PROGRESS, first, Map.of(), 29))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 s is outside 30-60");
        assertThatThrownBy(() -> new Position(Status.IN_PROGRESS, first, Map.of(), 61)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_position_keeps_its_own_copy_of_the_versions() {
        Map<String, Level> chosen = new HashMap<>(Map.of("wag-tail", Level.EASIER));
        Position p = new Position(Status.IN_PROGRESS, first, chosen, 30);
        chosen.put("half-pancake", Level.EASIER);
        assertThat(p.versions()).containsOnlyKeys("wag-tail");
        assertThat(p.levelOf("half-pancake")).isEqualTo(Level.STANDARD);
    }

    @Test
    void a_step_counts_sets_from_one() {
        assertThatThrownBy(() -> new Step("prone-extension", Side.NONE, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-based");
    }

    @Test
    void each_step_knows_its_place_in_the_full_routine() {
        assertThat(nav.indexOf(first)).isEqualTo(0);
        assertThat(nav.indexOf(new Step("wag-tail", Side.NONE, 1))).isEqualTo(3);
        assertThat(nav.indexOf(new Step("a-frame-to-squat", Side.NONE, 1))).isEqualTo(18);
        assertThatThrownBy(() -> nav.indexOf(new Step("wag-tail", Side.NONE, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a step of this routine");
    }
}
