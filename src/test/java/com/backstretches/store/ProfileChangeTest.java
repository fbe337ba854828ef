package com.backstretches.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.practice.EasierHistory;
import com.backstretches.routine.Level;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProfileChangeTest {

    private final Instant now = Instant.parse("2026-11-23T18:00:00Z");
    private final LocalDate today = LocalDate.parse("2026-11-23");
    private final Position start = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 1),
            Map.of("half-pancake", Level.EASIER), 30);
    private final Profile before = new Profile(start, false, now.minusSeconds(600), List.of());

    @Test
    void a_change_records_only_what_this_request_changed() {
        Position after = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2),
                Map.of("half-pancake", Level.EASIER, "wag-tail", Level.EASIER), 30);
        ProfileChange change = ProfileChange.between(before, after, false, false, today, now);
        assertThat(change.placement()).contains(new ProfileChange.Placement(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2)));
        assertThat(change.levels()).containsExactly(Map.entry("wag-tail", Level.EASIER));
        assertThat(change.holdSeconds()).isEmpty();
        assertThat(change.paused()).isEmpty();
        assertThat(ProfileChange.between(before, start, false, false, today, now).isEmpty()).isTrue();
    }

    @Test
    void a_hold_change_alone_carries_no_place_so_another_devices_move_is_kept() {
        // The run length is a value: a hold change rebuilds it equal, and that is no move.
        com.backstretches.session.Navigator nav = new com.backstretches.session.Navigator(com.backstretches.routine.RoutineLoader.standard());
        Position longer = nav.apply(start, new com.backstretches.session.Command.SetHoldTime(50)).position();
        ProfileChange change = ProfileChange.between(before, longer, false, false, today, now);
        assertThat(change.placement()).isEmpty();
        assertThat(change.holdSeconds()).contains(50);
        Position otherDevice = new Position(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1), Map.of(), 30);
        Profile moved = change.applyTo(new Profile(otherDevice, false, now.minusSeconds(5), List.of()));
        assertThat(moved.position().step()).isEqualTo(new Step("wag-tail", Side.NONE, 1));
        assertThat(moved.position().holdSeconds()).isEqualTo(50);
    }

    @Test
    void applied_on_top_of_another_devices_write_it_keeps_that_devices_choices() {
        Position otherDevice = new Position(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1),
                Map.of("half-pancake", Level.EASIER, "a-frame-to-squat", Level.HARDER), 60);
        Profile theirs = new Profile(otherDevice, true, now.minusSeconds(5), List.of(LocalDate.parse("2026-11-22")));
        Position mine = new Position(Status.IN_PROGRESS, start.step(), Map.of(), 30);
        ProfileChange backToStandardPancake = ProfileChange.between(before, mine, false, false, today, now);
        Profile merged = backToStandardPancake.applyTo(theirs);
        assertThat(merged.position().levelOf("half-pancake")).isEqualTo(Level.STANDARD);
        assertThat(merged.position().levelOf("a-frame-to-squat")).isEqualTo(Level.HARDER);
        assertThat(merged.position().holdSeconds()).isEqualTo(60);
        assertThat(merged.position().step()).isEqualTo(otherDevice.step());
        assertThat(merged.paused()).isTrue();
        assertThat(merged.finishedOn()).containsExactly(LocalDate.parse("2026-11-22"));
        assertThat(merged.lastActive()).isEqualTo(now);
    }

    @Test
    void a_finish_is_recorded_once_per_day() {
        Position done = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 30);
        ProfileChange finish = ProfileChange.between(before, done, false, true, today, now);
        Profile once = finish.applyTo(before);
        assertThat(once.finishedOn()).containsExactly(today);
        assertThat(finish.applyTo(once).finishedOn()).containsExactly(today);
    }

    @Test
    void the_in_memory_store_checks_versions_like_the_database() {
        InMemoryProfileStore store = new InMemoryProfileStore();
        store.put("u", before, 0);
        assertThatThrownBy(() -> store.put("u", before, 0)).isInstanceOf(VersionConflictException.class);
        store.put("u", before, 1);
        assertThat(store.load("u")).contains(new StoredProfile(before, 2));
        ProfileChange hold = new ProfileChange(Optional.empty(), Map.of(), Optional.of(45), Optional.empty(), Optional.empty(), now);
        StoredProfile written = new ProfileWriter(store).write("u", Optional.of(new StoredProfile(before, 1)), before, hold);
        assertThat(written.profile().position().holdSeconds()).isEqualTo(45);
        assertThat(written.version()).isEqualTo(3);
        assertThat(store.load("u").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void changes_that_could_not_be_saved_add_up_with_the_later_one_winning_where_they_overlap() {
        Position set2Easier = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2),
                Map.of("half-pancake", Level.EASIER, "prone-extension", Level.EASIER), 45);
        ProfileChange first = ProfileChange.between(before, set2Easier, false, false, today, now);
        Profile afterFirst = new Profile(set2Easier, false, now, List.of());
        Position set3Harder = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 3),
                Map.of("half-pancake", Level.EASIER, "prone-extension", Level.HARDER), 45);
        ProfileChange second = ProfileChange.between(afterFirst, set3Harder, true, false, today, now.plusSeconds(60));

        ProfileChange both = first.then(second);
        assertThat(both.placement()).contains(new ProfileChange.Placement(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 3)));
        assertThat(both.levels()).containsExactly(Map.entry("prone-extension", Level.HARDER));
        assertThat(both.holdSeconds()).contains(45);
        assertThat(both.paused()).contains(true);
        assertThat(both.at()).isEqualTo(now.plusSeconds(60));
        assertThat(both.applyTo(before)).isEqualTo(second.applyTo(first.applyTo(before)));
    }

    @Test
    void a_conflict_is_retried_up_to_three_writes_in_all_each_after_reading_the_item_again() {
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger puts = new AtomicInteger();
        // Another device always wrote first, and every call is instant: only the count of attempts stops it.
        ProfileWriter writer = new ProfileWriter(alwaysBehind(loads, puts, () -> { }), () -> 0L);
        ProfileChange hold = new ProfileChange(Optional.empty(), Map.of(), Optional.of(45), Optional.empty(), Optional.empty(), now);
        assertThatThrownBy(() -> writer.write("u", Optional.empty(), before, hold, 0)).isInstanceOf(VersionConflictException.class);
        // docs/storage.md: "reads the item again and applies its own change ... up to three times".
        assertThat(puts).as("writes").hasValue(3);
        assertThat(loads).as("reads between them").hasValue(2);
    }

    @Test
    void a_conflict_is_retried_only_while_a_retry_can_still_finish_inside_the_request() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger puts = new AtomicInteger();
        // Every write takes 1.5 s: the first conflict (1.5 s in) is retried, the second (3 s in) is past the 2.5 s window.
        ProfileWriter writer = new ProfileWriter(alwaysBehind(loads, puts, () -> clock.addAndGet(Duration.ofMillis(1500).toNanos())), clock::get);
        ProfileChange hold = new ProfileChange(Optional.empty(), Map.of(), Optional.of(45), Optional.empty(), Optional.empty(), now);
        assertThatThrownBy(() -> writer.write("u", Optional.empty(), before, hold, 0)).isInstanceOf(VersionConflictException.class);
        assertThat(puts).as("writes").hasValue(2);
        assertThat(loads).as("reads").hasValue(1);

        loads.set(0);
        puts.set(0);
        clock.set(0);
        long requestStarted = -Duration.ofSeconds(2).toNanos();
        assertThatThrownBy(() -> writer.write("u", Optional.empty(), before, hold, requestStarted)).isInstanceOf(VersionConflictException.class);
        assertThat(loads).as("a conflict 3.5 s into the request is not retried").hasValue(0);
        assertThat(puts).hasValue(1);
    }

    /** A store where another device always wrote first; {@code eachPut} runs on every write (time passing, say). */
    private static ProfileStore alwaysBehind(AtomicInteger loads, AtomicInteger puts, Runnable eachPut) {
        return new ProfileStore() {
            @Override
            public Optional<StoredProfile> load(String userId) {
                loads.incrementAndGet();
                return Optional.empty();
            }

            @Override
            public void put(String userId, Profile profile, long expectedVersion) {
                puts.incrementAndGet();
                eachPut.run();
                throw new VersionConflictException("another device wrote first");
            }

            @Override
            public void delete(String userId) {
            }
        };
    }

    // ---- daily practice: pace, quick version, easier history, streak, time zone ----

    private final ZoneId london = ZoneId.of("Europe/London");
    private final ZoneId sydney = ZoneId.of("Australia/Sydney");

    private static ProfileChange only(Instant at, Optional<Pace> pace, Map<String, LocalDate> easierUsed, Set<String> offers,
            Optional<ZoneId> zone) {
        return new ProfileChange(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), at, pace,
                easierUsed, offers, zone);
    }

    private static ProfileChange finishOn(LocalDate day, Instant at) {
        return new ProfileChange(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.of(day), at);
    }

    private static Profile withHistory(Position position, EasierHistory easier, Optional<ZoneId> zone) {
        return new Profile(position, false, Instant.parse("2026-11-23T17:00:00Z"), List.of(), 0, easier, zone);
    }

    @Test
    void a_change_of_pace_is_recorded_and_an_unchanged_pace_is_not() {
        Position slower = new Position(start.status(), start.step(), start.versions(), 30, Pace.SLOWER, RoutineLength.FULL);
        ProfileChange change = ProfileChange.between(before, slower, false, false, today, now);
        assertThat(change.pace()).contains(Pace.SLOWER);
        assertThat(change.placement()).isEmpty();
        assertThat(change.levels()).isEmpty();
        assertThat(change.isEmpty()).isFalse();
        assertThat(change.applyTo(before).position().pace()).isEqualTo(Pace.SLOWER);

        Profile atSlower = change.applyTo(before);
        assertThat(ProfileChange.between(atSlower, slower, false, false, today, now).pace()).isEmpty();
    }

    @Test
    void switching_to_the_quick_version_at_the_same_step_is_a_change_of_placement() {
        Position quick = new Position(start.status(), start.step(), start.versions(), 30, Pace.NORMAL, RoutineLength.QUICK);
        ProfileChange change = ProfileChange.between(before, quick, false, false, today, now);
        assertThat(change.placement()).contains(new ProfileChange.Placement(Status.IN_PROGRESS, start.step(), RoutineLength.QUICK));
        Profile applied = change.applyTo(before);
        assertThat(applied.position().length()).isEqualTo(RoutineLength.QUICK);
        assertThat(applied.position().step()).isEqualTo(start.step());

        Position backToFull = new Position(start.status(), start.step(), start.versions(), 30, Pace.NORMAL, RoutineLength.FULL);
        assertThat(ProfileChange.between(applied, backToFull, false, false, today, now).placement())
                .contains(new ProfileChange.Placement(Status.IN_PROGRESS, start.step(), RoutineLength.FULL));
    }

    @Test
    void a_placement_without_a_length_is_the_full_routine() {
        assertThat(new ProfileChange.Placement(Status.IN_PROGRESS, start.step()).length()).isEqualTo(RoutineLength.FULL);
        assertThatThrownBy(() -> new ProfileChange.Placement(Status.IN_PROGRESS, start.step(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void each_new_field_on_its_own_is_worth_a_write() {
        assertThat(only(now, Optional.empty(), Map.of(), Set.of(), Optional.empty()).isEmpty()).isTrue();
        assertThat(only(now, Optional.of(Pace.FASTER), Map.of(), Set.of(), Optional.empty()).isEmpty()).isFalse();
        assertThat(only(now, Optional.empty(), Map.of("wag-tail", today), Set.of(), Optional.empty()).isEmpty()).isFalse();
        assertThat(only(now, Optional.empty(), Map.of(), Set.of("wag-tail"), Optional.empty()).isEmpty()).isFalse();
        assertThat(only(now, Optional.empty(), Map.of(), Set.of(), Optional.of(london)).isEmpty()).isFalse();
    }

    @Test
    void noting_keeps_only_an_easier_day_not_already_recorded() {
        Profile known = withHistory(start, EasierHistory.EMPTY.used("half-pancake", today), Optional.empty());
        ProfileChange noted = ProfileChange.between(known, start, false, false, today, now)
                .noting(known, Map.of("half-pancake", today, "wag-tail", today), Set.of(), Optional.empty());
        assertThat(noted.easierUsed()).containsExactly(Map.entry("wag-tail", today));

        ProfileChange nothingNew = ProfileChange.between(known, start, false, false, today, now)
                .noting(known, Map.of("half-pancake", today), Set.of(), Optional.empty());
        assertThat(nothingNew.easierUsed()).isEmpty();
        assertThat(nothingNew.isEmpty()).as("a day already recorded is not worth a write").isTrue();
    }

    @Test
    void noting_keeps_an_easier_day_already_recorded_when_the_same_change_also_changes_that_stretchs_version() {
        Profile known = withHistory(start, EasierHistory.EMPTY.used("half-pancake", today).used("wag-tail", today), Optional.empty());
        Position easierWag = new Position(start.status(), start.step(), Map.of("half-pancake", Level.EASIER, "wag-tail", Level.EASIER), 30);
        ProfileChange change = ProfileChange.between(known, easierWag, false, false, today, now);
        assertThat(change.levels()).containsOnlyKeys("wag-tail");
        ProfileChange noted = change.noting(known, Map.of("half-pancake", today, "wag-tail", today), Set.of(), Optional.empty());
        assertThat(noted.easierUsed()).containsExactly(Map.entry("wag-tail", today));
        Profile applied = noted.applyTo(known);
        assertThat(applied.easier().usedOn("wag-tail", today)).as("today counts again after the version change").isTrue();
        assertThat(applied.easier().usedOn("half-pancake", today)).isTrue();
    }

    @Test
    void noting_keeps_only_offers_not_already_made_and_only_a_time_zone_that_differs() {
        Profile known = withHistory(start, EasierHistory.EMPTY.offeredStandard("half-pancake"), Optional.of(london));
        ProfileChange base = ProfileChange.between(known, start, false, false, today, now);
        ProfileChange noted = base.noting(known, Map.of(), Set.of("half-pancake", "wag-tail"), Optional.of(london));
        assertThat(noted.offeredStandard()).containsExactly("wag-tail");
        assertThat(noted.timeZone()).as("the zone already stored").isEmpty();
        assertThat(base.noting(known, Map.of(), Set.of(), Optional.of(sydney)).timeZone()).contains(sydney);
        assertThat(base.noting(known, Map.of(), Set.of(), Optional.empty()).timeZone()).isEmpty();
        Profile noZone = withHistory(start, EasierHistory.EMPTY, Optional.empty());
        assertThat(base.noting(noZone, Map.of(), Set.of(), Optional.of(london)).timeZone()).as("the first zone learnt").contains(london);
    }

    @Test
    void noting_leaves_the_rest_of_the_change_as_it_was() {
        Position moved = new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2), Map.of("half-pancake", Level.EASIER),
                45, Pace.FASTER, RoutineLength.FULL);
        ProfileChange change = ProfileChange.between(before, moved, true, false, today, now);
        ProfileChange noted = change.noting(before, Map.of("half-pancake", today), Set.of("wag-tail"), Optional.of(london));
        assertThat(noted.placement()).isEqualTo(change.placement());
        assertThat(noted.levels()).isEqualTo(change.levels());
        assertThat(noted.holdSeconds()).contains(45);
        assertThat(noted.paused()).contains(true);
        assertThat(noted.pace()).contains(Pace.FASTER);
        assertThat(noted.at()).isEqualTo(now);
        assertThat(noted.easierUsed()).containsExactly(Map.entry("half-pancake", today));
        assertThat(noted.offeredStandard()).containsExactly("wag-tail");
        assertThat(noted.timeZone()).contains(london);
    }

    @Test
    void changes_that_could_not_be_saved_merge_the_new_fields_with_the_later_one_winning() {
        ProfileChange first = only(now, Optional.of(Pace.SLOWER), Map.of("half-pancake", today.minusDays(1)), Set.of("wag-tail"),
                Optional.of(london));
        ProfileChange second = only(now.plusSeconds(60), Optional.of(Pace.FASTER), Map.of("half-pancake", today, "prone-extension", today),
                Set.of("half-pancake"), Optional.of(sydney));
        ProfileChange both = first.then(second);
        assertThat(both.pace()).contains(Pace.FASTER);
        assertThat(both.timeZone()).contains(sydney);
        assertThat(both.easierUsed()).containsOnly(Map.entry("half-pancake", today), Map.entry("prone-extension", today));
        assertThat(both.offeredStandard()).containsExactlyInAnyOrder("wag-tail", "half-pancake");

        ProfileChange silent = only(now.plusSeconds(120), Optional.empty(), Map.of(), Set.of(), Optional.empty());
        ProfileChange kept = first.then(silent);
        assertThat(kept.pace()).contains(Pace.SLOWER);
        assertThat(kept.timeZone()).contains(london);
        assertThat(kept.easierUsed()).containsExactly(Map.entry("half-pancake", today.minusDays(1)));
        assertThat(kept.offeredStandard()).containsExactly("wag-tail");
        assertThat(kept.at()).isEqualTo(now.plusSeconds(120));
    }

    @Test
    void a_later_version_change_drops_the_earlier_easier_days_and_offers_of_that_stretch_only() {
        ProfileChange first = only(now, Optional.empty(), Map.of("half-pancake", today, "wag-tail", today), Set.of("half-pancake", "wag-tail"),
                Optional.empty());
        ProfileChange toStandard = new ProfileChange(Optional.empty(), Map.of("half-pancake", Level.STANDARD), Optional.empty(),
                Optional.empty(), Optional.empty(), now.plusSeconds(60));
        ProfileChange both = first.then(toStandard);
        assertThat(both.easierUsed()).containsExactly(Map.entry("wag-tail", today));
        assertThat(both.offeredStandard()).containsExactly("wag-tail");
        assertThat(both.levels()).containsExactly(Map.entry("half-pancake", Level.STANDARD));

        ProfileChange changedAndUsed = new ProfileChange(Optional.empty(), Map.of("wag-tail", Level.EASIER), Optional.empty(),
                Optional.empty(), Optional.empty(), now.plusSeconds(60), Optional.empty(), Map.of("wag-tail", today), Set.of(),
                Optional.empty());
        assertThat(first.then(changedAndUsed).easierUsed()).as("the later change's own use of the stretch stays")
                .containsOnly(Map.entry("half-pancake", today), Map.entry("wag-tail", today));
        assertThat(first.then(changedAndUsed).offeredStandard()).containsExactly("half-pancake");
    }

    @Test
    void merged_changes_with_the_new_fields_apply_as_if_saved_one_after_the_other() {
        Profile known = new Profile(start, false, now.minusSeconds(600), List.of(today.minusDays(1)), 1,
                EasierHistory.EMPTY.used("half-pancake", today.minusDays(2)).used("half-pancake", today.minusDays(1)), Optional.of(london));
        Position quickEasierWag = new Position(Status.IN_PROGRESS, new Step("wag-tail", Side.NONE, 1),
                Map.of("half-pancake", Level.EASIER, "wag-tail", Level.EASIER), 30, Pace.SLOWER, RoutineLength.QUICK);
        ProfileChange first = ProfileChange.between(known, quickEasierWag, false, false, today, now)
                .noting(known, Map.of("half-pancake", today, "wag-tail", today), Set.of("half-pancake"), Optional.of(sydney));
        Profile afterFirst = first.applyTo(known);
        Position done = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of("wag-tail", Level.EASIER), 30,
                Pace.NORMAL, RoutineLength.QUICK);
        ProfileChange second = ProfileChange.between(afterFirst, done, false, true, today, now.plusSeconds(600))
                .noting(afterFirst, Map.of("wag-tail", today), Set.of(), Optional.of(sydney));

        Profile merged = first.then(second).applyTo(known);
        assertThat(merged).isEqualTo(second.applyTo(afterFirst));
        assertThat(merged.position().pace()).isEqualTo(Pace.NORMAL);
        assertThat(merged.position().length()).isEqualTo(RoutineLength.QUICK);
        assertThat(merged.position().levelOf("half-pancake")).isEqualTo(Level.STANDARD);
        assertThat(merged.easier().days()).containsOnlyKeys("wag-tail");
        assertThat(merged.easier().offered()).isEmpty();
        assertThat(merged.timeZone()).contains(sydney);
        assertThat(merged.finishedOn()).containsExactly(today.minusDays(1), today);
        assertThat(merged.longestStreak()).isEqualTo(2);
    }

    @Test
    void a_version_changed_and_changed_back_in_unsaved_requests_clears_the_history_as_saving_each_would() {
        Profile known = withHistory(start, EasierHistory.EMPTY.used("half-pancake", today.minusDays(3)).used("half-pancake", today.minusDays(2))
                .used("half-pancake", today.minusDays(1)).offeredStandard("half-pancake"), Optional.empty());
        Position standard = new Position(start.status(), start.step(), Map.of(), 30);
        ProfileChange acceptStandard = ProfileChange.between(known, standard, false, false, today, now);
        Profile afterFirst = acceptStandard.applyTo(known);
        ProfileChange backToEasier = ProfileChange.between(afterFirst, start, false, false, today, now.plusSeconds(60));

        Profile oneByOne = backToEasier.applyTo(afterFirst);
        assertThat(oneByOne.easier()).isEqualTo(EasierHistory.EMPTY);
        assertThat(acceptStandard.then(backToEasier).applyTo(known)).isEqualTo(oneByOne);
    }

    @Test
    void a_version_change_clears_that_stretchs_easier_history_before_todays_use_is_added() {
        Position standardPancake = new Position(start.status(), start.step(), Map.of(), 30);
        EasierHistory stale = EasierHistory.EMPTY.used("half-pancake", today.minusDays(30)).used("half-pancake", today.minusDays(29))
                .offeredStandard("half-pancake").used("wag-tail", today.minusDays(1)).offeredStandard("wag-tail");
        Profile known = withHistory(standardPancake, stale, Optional.empty());
        ProfileChange easierAgain = ProfileChange.between(known, start, false, false, today, now)
                .noting(known, Map.of("half-pancake", today), Set.of(), Optional.empty());
        assertThat(easierAgain.levels()).containsExactly(Map.entry("half-pancake", Level.EASIER));
        EasierHistory after = easierAgain.applyTo(known).easier();
        assertThat(after.days().get("half-pancake")).containsExactly(today);
        assertThat(after.offered()).containsExactly("wag-tail");
        assertThat(after.days().get("wag-tail")).containsExactly(today.minusDays(1));
    }

    @Test
    void applying_adds_easier_days_offers_and_a_time_zone_and_keeps_what_it_does_not_change() {
        Profile known = withHistory(start, EasierHistory.EMPTY.used("half-pancake", today.minusDays(1)), Optional.of(london));
        Profile applied = only(now, Optional.empty(), Map.of("half-pancake", today), Set.of("half-pancake"), Optional.empty()).applyTo(known);
        assertThat(applied.easier().days().get("half-pancake")).containsExactly(today.minusDays(1), today);
        assertThat(applied.easier().offered()).containsExactly("half-pancake");
        assertThat(applied.timeZone()).as("no zone in the change keeps the stored one").contains(london);
        assertThat(only(now, Optional.empty(), Map.of(), Set.of(), Optional.of(sydney)).applyTo(known).timeZone()).contains(sydney);
    }

    @Test
    void finishing_on_three_days_in_a_row_raises_the_longest_streak_to_three() {
        Profile p = before;
        for (int day = 2; day >= 0; day--) {
            p = finishOn(today.minusDays(day), now.minusSeconds(86_400L * day)).applyTo(p);
        }
        assertThat(p.finishedOn()).containsExactly(today.minusDays(2), today.minusDays(1), today);
        assertThat(p.longestStreak()).isEqualTo(3);
        assertThat(p.streak(today).current()).isEqualTo(3);
    }

    @Test
    void a_gap_keeps_the_old_longest_streak() {
        Profile p = new Profile(start, false, now.minusSeconds(600), List.of(today.minusDays(20), today.minusDays(19)), 4,
                EasierHistory.EMPTY, Optional.empty());
        p = finishOn(today.minusDays(3), now).applyTo(p);
        p = finishOn(today.minusDays(2), now).applyTo(p);
        p = finishOn(today, now).applyTo(p);
        assertThat(p.longestStreak()).as("runs of 2 and 1 do not beat the kept 4").isEqualTo(4);
        assertThat(p.streak(today).current()).isEqualTo(1);

        Profile runOfThree = finishOn(today.minusDays(2), now).applyTo(finishOn(today.minusDays(3), now)
                .applyTo(finishOn(today.minusDays(4), now).applyTo(before)));
        assertThat(runOfThree.longestStreak()).isEqualTo(3);
        Profile afterADayOff = finishOn(today, now).applyTo(runOfThree);
        assertThat(afterADayOff.longestStreak()).as("after a day off, a new run of one").isEqualTo(3);
        assertThat(afterADayOff.streak(today).current()).isEqualTo(1);
    }

    @Test
    void finishing_again_on_a_day_already_recorded_leaves_the_longest_streak_alone() {
        Profile p = new Profile(start, false, now, List.of(today.minusDays(1), today), 7, EasierHistory.EMPTY, Optional.empty());
        Profile again = finishOn(today, now.plusSeconds(60)).applyTo(p);
        assertThat(again.finishedOn()).containsExactly(today.minusDays(1), today);
        assertThat(again.longestStreak()).isEqualTo(7);
    }

    @Test
    void a_finish_that_fills_the_gap_before_a_later_stored_day_counts_the_whole_run() {
        // Another device, a time zone ahead, already stored today; this one finishes yesterday, filling the gap.
        Profile stored = new Profile(start, false, now, List.of(today.minusDays(2), today), 1, EasierHistory.EMPTY, Optional.empty());
        Profile applied = finishOn(today.minusDays(1), now).applyTo(stored);
        assertThat(applied.finishedOn()).containsExactly(today.minusDays(2), today.minusDays(1), today);
        assertThat(applied.longestStreak()).isEqualTo(3);
    }
}
