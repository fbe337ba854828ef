package com.backstretches.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JsonLineProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void slf4j_finds_this_backend_and_no_other() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(JsonLineLoggers.class);
    }

    @Test
    void the_fluent_api_keeps_key_values_and_the_classic_api_formats_its_arguments() throws Exception {
        Logger log = LoggerFactory.getLogger("com.backstretches.test.Fluent");
        List<String> lines;
        try (LogOutput.Captured captured = LogOutput.capture()) {
            log.atInfo().addKeyValue("requestId", "r-1").addKeyValue("latencyMs", 7L).log("request handled");
            log.info("saved {} of {}", 2, 3);
            log.debug("below the level, never written");
            lines = captured.lines();
        }
        assertThat(lines).hasSize(2);
        JsonNode fluent = JSON.readTree(lines.get(0));
        assertThat(fluent.path("message").asText()).isEqualTo("request handled");
        assertThat(fluent.path("requestId").asText()).isEqualTo("r-1");
        assertThat(fluent.path("latencyMs").asLong()).isEqualTo(7);
        assertThat(JSON.readTree(lines.get(1)).path("message").asText()).isEqualTo("saved 2 of 3");
    }

    @Test
    void the_ask_sdk_chatter_below_warn_is_dropped() {
        try (LogOutput.Captured captured = LogOutput.capture()) {
            LoggerFactory.getLogger("com.amazon.ask.dispatcher.Whatever").info("dispatching");
            LoggerFactory.getLogger("com.amazon.ask.dispatcher.Whatever").warn("something odd");
            assertThat(captured.lines()).singleElement().asString().contains("something odd");
        }
    }

    @Test
    void lines_of_muted_work_are_not_written_and_the_thread_speaks_again_afterwards() {
        Logger log = LoggerFactory.getLogger("com.backstretches.test.Muted");
        try (LogOutput.Captured captured = LogOutput.capture()) {
            String result = Muted.run(() -> {
                log.atInfo().addKeyValue("requestId", "priming-1").log("request handled");
                log.error("even errors", new IllegalStateException("synthetic"));
                return "warmed";
            });
            log.info("a real request");
            assertThat(result).isEqualTo("warmed");
            assertThat(captured.lines()).singleElement().asString().contains("a real request");
        }
    }

    @Test
    void after_capture_is_closed_nothing_more_is_collected() {
        LogOutput.Captured captured = LogOutput.capture();
        captured.close();
        LoggerFactory.getLogger("com.backstretches.test.Closed").info("printed, not captured");
        assertThat(captured.lines()).isEmpty();
    }
}
