package com.backstretches.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EasierHistoryTest {

    private final LocalDate today = LocalDate.parse("2026-11-23");
    private final Predicate<String> allAtEasier = id -> true;

    private LocalDate daysAgo(int n) {
        return today.minusDays(n);
    }

    private static EasierHistory usedOn(String id, LocalDate... days) {
        EasierHistory h = EasierHistory.EMPTY;
        for (LocalDate d : days) {
            h = h.used(id, d);
        }
        return h;
    }

    @Test
    void three_recent_days_at_the_easier_version_make_a_stretch_ready_for_the_standard() {
        EasierHistory h = usedOn("half-pancake", daysAgo(4), daysAgo(2), today);
        assertThat(h.readyForStandard(allAtEasier, today)).containsExactly("half-pancake");
    }

    @Test
    void two_days_are_not_enough() {
        EasierHistory h = usedOn("half-pancake", daysAgo(1), today);
        assertThat(h.readyForStandard(allAtEasier, today)).isEmpty();
    }

    @Test
    void doing_the_stretch_several_times_in_one_day_is_one_session() {
        EasierHistory h = usedOn("half-pancake", today, today, today, daysAgo(1));
        assertThat(h.days().get("half-pancake")).containsExactly(daysAgo(1), today);
        assertThat(h.readyForStandard(allAtEasier, today)).isEmpty();
    }

    @Test
    void only_days_within_the_last_fourteen_count_as_recent() {
        EasierHistory edge = usedOn("wag-tail", daysAgo(13), daysAgo(12), daysAgo(11));
        assertThat(edge.readyForStandard(allAtEasier, today)).as("thirteen days ago is still recent").containsExactly("wag-tail");
        EasierHistory tooOld = usedOn("wag-tail", daysAgo(14), daysAgo(12), daysAgo(11));
        assertThat(tooOld.readyForStandard(allAtEasier, today)).as("fourteen days ago is not").isEmpty();
    }

    @Test
    void days_after_today_do_not_count_as_recent() {
        EasierHistory h = usedOn("wag-tail", daysAgo(1), today, today.plusDays(1));
        assertThat(h.readyForStandard(allAtEasier, today)).isEmpty();
    }

    @Test
    void a_stretch_already_offered_the_standard_version_is_not_offered_again() {
        EasierHistory h = usedOn("half-pancake", daysAgo(2), daysAgo(1), today).offeredStandard("half-pancake");
        assertThat(h.offered()).containsExactly("half-pancake");
        assertThat(h.readyForStandard(allAtEasier, today)).isEmpty();
    }

    @Test
    void a_stretch_no_longer_at_the_easier_version_is_not_offered() {
        EasierHistory h = usedOn("half-pancake", daysAgo(2), daysAgo(1), today);
        assertThat(h.readyForStandard(id -> !id.equals("half-pancake"), today)).isEmpty();
    }

    @Test
    void each_stretch_is_counted_on_its_own() {
        EasierHistory h = usedOn("half-pancake", daysAgo(2), daysAgo(1), today).used("wag-tail", today).used("wag-tail", daysAgo(3))
                .used("prone-extension", daysAgo(5)).used("prone-extension", daysAgo(6)).used("prone-extension", daysAgo(7));
        assertThat(h.readyForStandard(allAtEasier, today)).containsExactlyInAnyOrder("half-pancake", "prone-extension");
        assertThat(h.readyForStandard(id -> id.equals("prone-extension"), today)).containsExactly("prone-extension");
    }

    @Test
    void only_the_newest_five_days_of_a_stretch_are_kept_oldest_first() {
        EasierHistory h = usedOn("half-pancake", daysAgo(1), daysAgo(7), today, daysAgo(3), daysAgo(9), daysAgo(5), daysAgo(8));
        assertThat(h.days().get("half-pancake")).containsExactly(daysAgo(7), daysAgo(5), daysAgo(3), daysAgo(1), today);
        assertThat(h.usedOn("half-pancake", daysAgo(9))).isFalse();
        assertThat(h.usedOn("half-pancake", daysAgo(3))).isTrue();
    }

    @Test
    void the_history_is_kept_sorted_and_deduplicated_however_it_was_built() {
        EasierHistory h = new EasierHistory(Map.of("wag-tail", List.of(today, daysAgo(2), today, daysAgo(2)), "a-frame-to-squat", List.of()),
                Set.of());
        assertThat(h.days()).containsOnlyKeys("wag-tail");
        assertThat(h.days().get("wag-tail")).containsExactly(daysAgo(2), today);
        assertThat(h).isEqualTo(usedOn("wag-tail", daysAgo(2), today));
    }

    @Test
    void used_on_tells_whether_a_day_is_already_recorded() {
        EasierHistory h = usedOn("wag-tail", today);
        assertThat(h.usedOn("wag-tail", today)).isTrue();
        assertThat(h.usedOn("wag-tail", daysAgo(1))).isFalse();
        assertThat(h.usedOn("half-pancake", today)).isFalse();
        assertThat(EasierHistory.EMPTY.usedOn("wag-tail", today)).isFalse();
    }

    @Test
    void a_version_change_clears_that_stretchs_days_and_offer_so_the_count_starts_again() {
        EasierHistory h = usedOn("half-pancake", daysAgo(2), daysAgo(1), today).offeredStandard("half-pancake")
                .used("wag-tail", today).offeredStandard("wag-tail");
        EasierHistory changed = h.versionChanged("half-pancake");
        assertThat(changed.days()).containsOnlyKeys("wag-tail");
        assertThat(changed.offered()).containsExactly("wag-tail");
        assertThat(changed.usedOn("half-pancake", today)).isFalse();
        EasierHistory again = changed.used("half-pancake", daysAgo(2)).used("half-pancake", daysAgo(1)).used("half-pancake", today);
        assertThat(again.readyForStandard(allAtEasier, today)).as("a new offer may come of it").containsExactly("half-pancake");
    }

    @Test
    void a_version_change_of_a_stretch_with_no_history_changes_nothing() {
        EasierHistory h = usedOn("wag-tail", today).offeredStandard("wag-tail");
        assertThat(h.versionChanged("half-pancake")).isEqualTo(h);
    }

    @Test
    void the_history_is_a_value_each_change_leaves_the_original_alone() {
        EasierHistory h = usedOn("wag-tail", daysAgo(1));
        h.used("wag-tail", today);
        h.offeredStandard("wag-tail");
        h.versionChanged("wag-tail");
        assertThat(h).isEqualTo(usedOn("wag-tail", daysAgo(1)));
        assertThat(h.offered()).isEmpty();
    }
}
