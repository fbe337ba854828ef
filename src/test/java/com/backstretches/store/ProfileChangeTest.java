package com.backstretches.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.Level;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Profile written = new ProfileWriter(store).write("u", Optional.of(new StoredProfile(before, 1)), before, hold);
        assertThat(written.position().holdSeconds()).isEqualTo(45);
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
    void a_write_retries_a_conflict_only_while_a_retry_can_still_finish_inside_the_request() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger loads = new AtomicInteger();
        // Another device always wrote first; every put takes a second.
        ProfileStore alwaysBehind = new ProfileStore() {
            @Override
            public Optional<StoredProfile> load(String userId) {
                loads.incrementAndGet();
                return Optional.empty();
            }

            @Override
            public void put(String userId, Profile profile, long expectedVersion) {
                clock.addAndGet(Duration.ofSeconds(1).toNanos());
                throw new VersionConflictException("another device wrote first");
            }

            @Override
            public void delete(String userId) {
            }
        };
        ProfileChange hold = new ProfileChange(Optional.empty(), Map.of(), Optional.of(45), Optional.empty(), Optional.empty(), now);
        ProfileWriter writer = new ProfileWriter(alwaysBehind, clock::get);
        assertThatThrownBy(() -> writer.write("u", Optional.empty(), before, hold, 0)).isInstanceOf(VersionConflictException.class);
        assertThat(loads).as("conflicts inside the window: every attempt is used").hasValue(ProfileWriter.ATTEMPTS - 1);

        loads.set(0);
        clock.set(0);
        long requestStarted = -Duration.ofSeconds(2).toNanos();
        assertThatThrownBy(() -> writer.write("u", Optional.empty(), before, hold, requestStarted)).isInstanceOf(VersionConflictException.class);
        assertThat(loads).as("a conflict 3 s into the request is not retried").hasValue(0);
    }
}
