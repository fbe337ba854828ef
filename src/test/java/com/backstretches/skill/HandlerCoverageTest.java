package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The skill and its interaction model agree: nothing the model can send goes unhandled, and no handler waits for an intent that never comes. */
class HandlerCoverageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "de-DE", "es-ES", "es-MX", "es-US"})
    void every_intent_in_the_model_has_a_handler_and_every_handled_intent_is_in_the_model(String locale) throws IOException {
        JsonNode model = new ObjectMapper().readTree(Path.of("skill-package/interactionModels/custom/" + locale + ".json").toFile());
        Set<String> inModel = new HashSet<>();
        model.at("/interactionModel/languageModel/intents").forEach(i -> inModel.add(i.path("name").asText()));
        assertThat(BackStretchesSkill.handledIntents()).containsExactlyInAnyOrderElementsOf(inModel);
    }
}
