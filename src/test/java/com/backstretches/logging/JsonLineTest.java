package com.backstretches.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

class JsonLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2026-11-23T18:00:00Z");

    @Test
    void an_event_is_one_json_object_with_time_level_logger_and_message() throws Exception {
        String line = JsonLine.format(TIME, Level.INFO, "com.example.Thing", "request handled", List.of(), null);
        JsonNode node = JSON.readTree(line);
        assertThat(node.path("time").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(node.path("level").asText()).isEqualTo("INFO");
        assertThat(node.path("logger").asText()).isEqualTo("com.example.Thing");
        assertThat(node.path("message").asText()).isEqualTo("request handled");
        assertThat(node.size()).isEqualTo(4);
    }

    @Test
    void key_value_pairs_become_fields_and_numbers_and_booleans_keep_their_type() throws Exception {
        List<KeyValuePair> pairs = List.of(new KeyValuePair("requestId", "amzn1.echo-api.request.1"),
                new KeyValuePair("latencyMs", 42L), new KeyValuePair("count", 3), new KeyValuePair("saved", true),
                new KeyValuePair("question", null));
        JsonNode node = JSON.readTree(JsonLine.format(TIME, Level.INFO, "l", "m", pairs, null));
        assertThat(node.path("requestId").asText()).isEqualTo("amzn1.echo-api.request.1");
        assertThat(node.path("latencyMs").isIntegralNumber()).isTrue();
        assertThat(node.path("latencyMs").asLong()).isEqualTo(42);
        assertThat(node.path("count").asInt()).isEqualTo(3);
        assertThat(node.path("saved").isBoolean()).isTrue();
        assertThat(node.has("question")).as("nulls are left out").isFalse();
    }

    @Test
    void quotes_backslashes_line_breaks_and_control_characters_stay_inside_one_line() throws Exception {
        String nasty = "say \"hi\"\\ then\nnext\r\tline\u0001 and\u2028more";
        String line = JsonLine.format(TIME, Level.WARN, "l", nasty, List.of(new KeyValuePair("reason", nasty)), null);
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u0001");
        JsonNode node = JSON.readTree(line);
        assertThat(node.path("message").asText()).isEqualTo(nasty);
        assertThat(node.path("reason").asText()).isEqualTo(nasty);
    }

    @Test
    void an_exception_becomes_one_bounded_string_field_that_keeps_its_causes() throws Exception {
        Exception deep = new IllegalStateException("outer", new RuntimeException("the cause", new Error("the root")));
        JsonNode node = JSON.readTree(JsonLine.format(TIME, Level.ERROR, "l", "failed", List.of(), deep));
        assertThat(node.path("exception").asText()).contains("IllegalStateException: outer", "Caused by: java.lang.RuntimeException: the cause",
                "Caused by: java.lang.Error: the root", "more");
        assertThat(node.path("exception").asText().length()).isLessThanOrEqualTo(JsonLine.MAX_TRACE_CHARS + 3);
    }
}
