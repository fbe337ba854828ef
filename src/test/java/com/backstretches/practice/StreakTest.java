package com.backstretches.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {

    private final LocalDate today = LocalDate.parse("2026-11-23");

    private LocalDate daysAgo(int n) {
        return today.minusDays(n);
    }

    @Test
    void no_finished_days_is_no_streak_at_all() {
        Streak s = Streak.of(List.of(), 0, today);
        assertThat(s).isEqualTo(Streak.NONE);
        assertThat(s.worthSaying()).isFalse();
    }

    @Test
    void a_run_ending_today_counts_every_day_of_it() {
        Streak s = Streak.of(List.of(daysAgo(2), daysAgo(1), today), 0, today);
        assertThat(s.current()).isEqualTo(3);
        assertThat(s.doneToday()).isTrue();
        assertThat(s.longest()).isEqualTo(3);
        assertThat(s.lastSevenDays()).isEqualTo(3);
    }

    @Test
    void a_run_ending_yesterday_is_not_lost_while_today_is_not_done_yet() {
        Streak s = Streak.of(List.of(daysAgo(3), daysAgo(2), daysAgo(1)), 0, today);
        assertThat(s.current()).isEqualTo(3);
        assertThat(s.doneToday()).isFalse();
        assertThat(s.longest()).isEqualTo(3);
    }

    @Test
    void only_yesterday_is_a_streak_of_one_not_done_today() {
        Streak s = Streak.of(List.of(daysAgo(1)), 0, today);
        assertThat(s).isEqualTo(new Streak(1, false, 1, 1));
        assertThat(s.worthSaying()).isFalse();
    }

    @Test
    void a_whole_day_missed_ends_the_streak() {
        Streak s = Streak.of(List.of(daysAgo(4), daysAgo(3), daysAgo(2)), 0, today);
        assertThat(s.current()).isZero();
        assertThat(s.doneToday()).isFalse();
        assertThat(s.longest()).as("the run is still the longest ever").isEqualTo(3);
        assertThat(s.lastSevenDays()).isEqualTo(3);
    }

    @Test
    void a_gap_of_one_day_breaks_the_run_and_only_the_days_after_it_count() {
        Streak s = Streak.of(List.of(daysAgo(5), daysAgo(4), daysAgo(3), daysAgo(1), today), 0, today);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.doneToday()).isTrue();
        assertThat(s.longest()).isEqualTo(3);
        assertThat(s.lastSevenDays()).isEqualTo(5);
    }

    @Test
    void repeats_and_order_of_the_days_do_not_matter() {
        Streak inOrder = Streak.of(List.of(daysAgo(2), daysAgo(1), today), 0, today);
        Streak shuffled = Streak.of(List.of(today, daysAgo(2), today, daysAgo(1), daysAgo(2), today), 0, today);
        assertThat(shuffled).isEqualTo(inOrder);
    }

    @Test
    void the_longest_run_kept_from_history_older_than_the_days_still_counts() {
        Streak s = Streak.of(List.of(daysAgo(1), today), 12, today);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.longest()).isEqualTo(12);
    }

    @Test
    void a_longer_run_in_the_days_beats_a_shorter_longest_kept() {
        List<LocalDate> days = List.of(daysAgo(30), daysAgo(29), daysAgo(28), daysAgo(27), daysAgo(26), today);
        Streak s = Streak.of(days, 2, today);
        assertThat(s.longest()).isEqualTo(5);
        assertThat(s.current()).isEqualTo(1);
    }

    @Test
    void the_current_run_raises_the_longest_above_the_longest_kept() {
        Streak s = Streak.of(List.of(daysAgo(3), daysAgo(2), daysAgo(1), today), 3, today);
        assertThat(s.longest()).isEqualTo(4);
    }

    @Test
    void the_last_seven_days_are_today_and_the_six_before_it() {
        List<LocalDate> days = List.of(daysAgo(9), daysAgo(7), daysAgo(6), daysAgo(4), daysAgo(2), today);
        Streak s = Streak.of(days, 0, today);
        assertThat(s.lastSevenDays()).as("six days ago is in, seven days ago is out").isEqualTo(4);
        assertThat(Streak.of(List.of(daysAgo(6), daysAgo(5), daysAgo(4), daysAgo(3), daysAgo(2), daysAgo(1), today, today), 0, today)
                .lastSevenDays()).isEqualTo(7);
    }

    @Test
    void a_day_after_today_from_a_time_zone_change_counts_as_today() {
        Streak s = Streak.of(List.of(daysAgo(1), today.plusDays(1)), 0, today);
        assertThat(s).isEqualTo(new Streak(2, true, 2, 2));
        assertThat(Streak.of(List.of(today, today.plusDays(1)), 0, today)).isEqualTo(new Streak(1, true, 1, 1));
    }

    @Test
    void a_run_across_the_end_of_a_month_is_unbroken() {
        LocalDate first = LocalDate.parse("2026-03-01");
        Streak s = Streak.of(List.of(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-02-28"), first), 0, first);
        assertThat(s.current()).isEqualTo(3);
        LocalDate leapFirst = LocalDate.parse("2028-03-01");
        Streak leap = Streak.of(List.of(LocalDate.parse("2028-02-28"), leapFirst), 0, leapFirst);
        assertThat(leap.current()).as("29 February is missing in a leap year").isEqualTo(1);
        assertThat(leap.longest()).isEqualTo(1);
    }

    @Test
    void a_run_across_new_year_is_unbroken() {
        LocalDate newYear = LocalDate.parse("2027-01-01");
        Streak s = Streak.of(List.of(LocalDate.parse("2026-12-30"), LocalDate.parse("2026-12-31")), 0, newYear);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.doneToday()).isFalse();
        assertThat(s.lastSevenDays()).isEqualTo(2);
        assertThat(s.afterFinishingToday()).isEqualTo(new Streak(3, true, 3, 3));
    }

    @Test
    void finishing_today_extends_the_run_by_one() {
        Streak before = Streak.of(List.of(daysAgo(2), daysAgo(1)), 0, today);
        Streak after = before.afterFinishingToday();
        assertThat(after).isEqualTo(new Streak(3, true, 3, 3));
        assertThat(after).isEqualTo(Streak.of(List.of(daysAgo(2), daysAgo(1), today), 0, today));
    }

    @Test
    void finishing_today_after_a_gap_starts_a_new_run_of_one_and_keeps_the_longest() {
        Streak before = Streak.of(List.of(daysAgo(5), daysAgo(4), daysAgo(3)), 0, today);
        assertThat(before.afterFinishingToday()).isEqualTo(new Streak(1, true, 3, 4));
    }

    @Test
    void finishing_again_on_a_day_already_done_changes_nothing() {
        Streak done = Streak.of(List.of(daysAgo(1), today), 5, today);
        assertThat(done.afterFinishingToday()).isSameAs(done);
    }

    @Test
    void finishing_today_never_counts_more_than_seven_days_in_the_last_seven() {
        Streak six = Streak.of(List.of(daysAgo(6), daysAgo(5), daysAgo(4), daysAgo(3), daysAgo(2), daysAgo(1)), 0, today);
        assertThat(six.lastSevenDays()).isEqualTo(6);
        assertThat(six.afterFinishingToday().lastSevenDays()).isEqualTo(7);
        Streak seven = Streak.of(List.of(daysAgo(7), daysAgo(6), daysAgo(5), daysAgo(4), daysAgo(3), daysAgo(2), daysAgo(1)), 0, today);
        assertThat(seven.afterFinishingToday().lastSevenDays()).isEqualTo(7);
        assertThat(seven.afterFinishingToday().current()).isEqualTo(8);
    }

    @Test
    void a_streak_is_worth_saying_from_two_days_in_a_row() {
        assertThat(Streak.of(List.of(today), 0, today).worthSaying()).isFalse();
        assertThat(Streak.of(List.of(daysAgo(1), today), 0, today).worthSaying()).isTrue();
        assertThat(Streak.of(List.of(daysAgo(2), daysAgo(1)), 0, today).worthSaying()).as("yesterday's run still counts").isTrue();
        assertThat(Streak.of(List.of(today), 9, today).worthSaying()).as("an old longest run is not the current one").isFalse();
    }

    @Test
    void an_inconsistent_record_cannot_be_built() {
        assertThatThrownBy(() -> new Streak(3, true, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Streak(-1, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Streak(1, true, 1, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
