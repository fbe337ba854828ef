package com.backstretches.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.store.dynamodb.LocalDynamoDb;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The soak in a small size (bench/soak runs it with hundreds of users): simulated users, some on two
 * devices at once, over several handler instances on DynamoDB Local.
 */
class SoakTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    // Up to this long before each request, as a person pauses: with none, one person's two devices write
    // within milliseconds of each other so often that a loaded machine runs their retries out.
    private static final int THINK_MILLIS = 40;

    @Test
    void simulated_users_over_several_instances_are_all_answered_in_time_and_each_keeps_exactly_their_own_choices() throws Exception {
        long seed = Long.getLong("seed", System.nanoTime());
        SoakRun.Settings settings = new SoakRun.Settings(16, 3, 4, 0.3, 0.25, 2, seed, Duration.ofSeconds(60),
                "amzn1.ask.skill.50a40000-0000-4000-8000-000000000000", THINK_MILLIS);
        SoakRun.Report report = new SoakRun(settings, DB.endpoint(), DB.createTable()).run();
        String replay = " (replay with -Dseed=" + seed + "): " + report.summary();
        assertThat(report.problems()).as("problems" + replay).isEmpty();
        assertThat(report.requests()).as("requests" + replay).isGreaterThan(150);
        assertThat(report.twoDeviceUsers()).as("two-device users" + replay).isPositive();
        // A user told their progress may not be kept (the database too slow on a loaded machine) is counted, not compared.
        assertThat(report.warnedUsers()).as("users compared exactly" + replay).isLessThan(settings.users() / 3);
        assertThat(report.requestsPerInstance().values()).as("every instance answered" + replay).allMatch(n -> n > 0);
        assertThat(report.maxMicros()).as("slowest request" + replay).isLessThan(SoakRun.REQUEST_BUDGET.toNanos() / 1000);
        System.out.println(report.summary());
    }
}
