package com.backstretches.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PendingProfileStoreTest {

    private static final String USER = "amzn1.ask.account.PENDING";
    private static final Profile PROFILE = new Profile(new Navigator(RoutineLoader.standard()).fresh(), true,
            Instant.parse("2026-11-23T18:00:00Z"), List.of());

    @Test
    void a_call_waits_for_the_store_to_be_built_then_goes_to_it() throws Exception {
        CompletableFuture<ProfileStore> building = new CompletableFuture<>();
        PendingProfileStore pending = new PendingProfileStore(building, Duration.ofSeconds(5));
        InMemoryProfileStore built = new InMemoryProfileStore();
        CompletableFuture.runAsync(() -> {
            sleep(100);
            building.complete(built);
        });
        pending.put(USER, PROFILE, 0);
        assertThat(built.load(USER)).map(StoredProfile::profile).contains(PROFILE);
        assertThat(pending.load(USER)).map(StoredProfile::version).contains(1L);
        pending.delete(USER);
        assertThat(built.load(USER)).isEmpty();
    }

    @Test
    void a_store_that_failed_to_build_is_unavailable_like_a_database_that_is_down() {
        PendingProfileStore pending = new PendingProfileStore(
                CompletableFuture.failedFuture(new IllegalStateException("no region")), Duration.ofSeconds(1));
        assertThatThrownBy(() -> pending.load(USER)).isInstanceOf(StoreUnavailableException.class)
                .hasRootCauseMessage("no region");
    }

    @Test
    void a_store_not_ready_in_time_is_unavailable_instead_of_holding_the_request() {
        PendingProfileStore pending = new PendingProfileStore(new CompletableFuture<>(), Duration.ofMillis(50));
        long started = System.nanoTime();
        assertThatThrownBy(() -> pending.put(USER, PROFILE, 0)).isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
