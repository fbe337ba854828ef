package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The skill and its interaction model agree: nothing the model can send goes unhandled, and no handler waits for an intent that never comes. */
class HandlerCoverageTest {

    @Test
    void every_intent_in_the_model_has_a_handler_and_every_handled_intent_is_in_the_model() throws IOException {
        JsonNode model = new ObjectMapper().readTree(Path.of("skill-package/interactionModels/custom/en-US.json").toFile());
        Set<String> inModel = new HashSet<>();
        model.at("/interactionModel/languageModel/intents").forEach(i -> inModel.add(i.path("name").asText()));
        assertThat(BackStretchesSkill.handledIntents()).containsExactlyInAnyOrderElementsOf(inModel);
    }
}
