package com.backstretches.testkit;

import static com.backstretches.testkit.ResponseChecks.assertLikeAlexa;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ResponseChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode response(String ssml, String shouldEndSession, boolean reprompt) throws Exception {
        String json = """
                {"version": "1.0", "sessionAttributes": {"turns": 1},
                 "response": {"outputSpeech": {"type": "SSML", "ssml": %s}%s%s}}
                """.formatted(JSON.writeValueAsString(ssml),
                reprompt ? ", \"reprompt\": {\"outputSpeech\": {\"type\": \"PlainText\", \"text\": \"Ready?\"}}" : "",
                shouldEndSession == null ? "" : ", \"shouldEndSession\": " + shouldEndSession);
        return JSON.readTree(json);
    }

    @Test
    void a_well_formed_question_with_a_reprompt_passes() throws Exception {
        assertThatCode(() -> assertLikeAlexa(response(
                "<speak>Hold. <break time=\"10s\"/> Halfway. <break time=\"1500ms\"/> <say-as interpret-as=\"cardinal\">3</say-as>. Ready?</speak>",
                "false", true))).doesNotThrowAnyException();
    }

    @Test
    void ssml_that_does_not_parse_or_has_no_speak_root_fails() {
        assertThatThrownBy(() -> assertLikeAlexa(response("<speak>Hold <break time=\"1s\"></speak>", "true", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> assertLikeAlexa(response("<p>Hold.</p>", "true", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("root element");
    }

    @Test
    void a_break_over_ten_seconds_or_two_breaks_in_a_row_fail() {
        assertThatThrownBy(() -> assertLikeAlexa(response("<speak>Hold. <break time=\"11s\"/> Done.</speak>", "true", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at most 10s");
        assertThatThrownBy(() -> assertLikeAlexa(response(
                "<speak>Hold. <break time=\"5s\"/> <break time=\"5s\"/> Done.</speak>", "true", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("two breaks in a row");
    }

    @Test
    void speech_over_eight_thousand_characters_fails() {
        String tooLong = "<speak>" + "stretch ".repeat(1000) + "</speak>";
        assertThatThrownBy(() -> assertLikeAlexa(response(tooLong, "true", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("outputSpeech length");
    }

    @Test
    void keeping_the_session_open_explicitly_needs_a_reprompt() {
        assertThatThrownBy(() -> assertLikeAlexa(response("<speak>Ready?</speak>", "false", false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("needs a reprompt");
        assertThatCode(() -> assertLikeAlexa(response("<speak>Well done.</speak>", null, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_wrong_version_or_non_object_session_attributes_fail() throws Exception {
        assertThatThrownBy(() -> assertLikeAlexa(JSON.readTree("{\"version\": \"2.0\", \"response\": {}}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("version");
        assertThatThrownBy(() -> assertLikeAlexa(JSON.readTree(
                "{\"version\": \"1.0\", \"sessionAttributes\": [1], \"response\": {}}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("sessionAttributes");
    }

    @Test
    void a_response_over_24_kilobytes_fails() throws Exception {
        String big = JSON.writeValueAsString("x".repeat(25_000));
        assertThatThrownBy(() -> assertLikeAlexa(JSON.readTree(
                "{\"version\": \"1.0\", \"sessionAttributes\": {\"big\": " + big + "}, \"response\": {}}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("size");
    }
}
