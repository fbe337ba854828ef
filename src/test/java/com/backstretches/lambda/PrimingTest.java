package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.logging.LogOutput;
import com.backstretches.routine.RoutineLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class PrimingTest {

    @Test
    void priming_runs_a_whole_synthetic_session_through_the_dynamodb_request_path_offline() {
        Priming.Report report = Priming.run(RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID), Region.US_EAST_1);
        assertThat(report.requests()).isEqualTo(5);
        assertThat(report.answered()).as("launch, start, next, easier and pause each got a spoken answer").isEqualTo(5);
        assertThat(report.storeOperations()).as("the profile read at launch and the save at pause, answered offline")
                .contains("GetItem", "UpdateItem");
    }

    @Test
    void priming_works_when_no_skill_id_is_configured() {
        Priming.Report report = Priming.run(RoutineLoader.standard(), Optional.empty(), Region.EU_WEST_1);
        assertThat(report.answered()).isEqualTo(report.requests());
    }

    // That the hook is registered with org.crac, so a runtime really calls it, is DeployedJarIT's to show.
    @Test
    void the_snapstart_hooks_before_checkpoint_primes_the_container() throws Exception {
        List<String> lines;
        try (LogOutput.Captured captured = LogOutput.capture()) {
            SnapStartPriming.RESOURCE.beforeCheckpoint(null);
            lines = captured.lines();
        }
        JsonNode primed = new ObjectMapper().readTree(lines.stream().filter(l -> l.contains("\"primed\"")).findFirst().orElseThrow());
        assertThat(primed.path("answered").asInt()).isEqualTo(5);
        assertThat(primed.path("storeOperations").asText()).contains("GetItem", "UpdateItem");
    }
}
