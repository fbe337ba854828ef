package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.testkit.ResponseChecks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What Alexa certification tries: every sample of every intent, said at the start of a session,
 * after the welcome, and in the middle of a set, gets a well-formed answer; help keeps the session
 * open with a question; stop and cancel end it.
 */
class CertificationTest {

    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");

    @Test
    void every_sample_in_every_state_gets_an_answer_alexa_accepts() {
        InteractionModel model = InteractionModel.load(MODEL);
        List<Consumer<AlexaClient>> states = List.of(
                alexa -> { },
                alexa -> alexa.say("open back stretches"),
                alexa -> {
                    alexa.say("ask back stretches to start my back stretches");
                    alexa.say("next");
                });
        int checked = 0;
        for (var intent : model.intents()) {
            for (String sample : intent.samples()) {
                for (Consumer<AlexaClient> state : states) {
                    AlexaClient alexa = client();
                    state.accept(alexa);
                    String phrase = sample.replace("{stretch}", "half pancake").replace("{seconds}", "forty five")
                            .replace("{direction}", "longer").replace("{pace}", "slower").replace("{time}", "seven a.m.");
                    Turn turn = alexa.say(phrase);
                    ResponseChecks.assertLikeAlexa(turn.raw());
                    assertThat(turn.speech()).as("'%s' is answered", phrase).isNotBlank();
                    assertThat(turn.shouldEndSession()).as("'%s' says whether the session goes on", phrase).isPresent();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void help_keeps_the_session_open_with_a_question_in_every_state() {
        for (String before : List.of("", "open back stretches", "ask back stretches to start my back stretches")) {
            AlexaClient alexa = client();
            if (!before.isEmpty()) {
                alexa.say(before);
            }
            Turn help = alexa.say("help");
            assertThat(help.shouldEndSession()).as("after '%s'", before).contains(false);
            assertThat(help.plainSpeech()).endsWith("?");
            assertThat(help.reprompt()).isPresent();
        }
    }

    @Test
    void stop_and_cancel_end_the_session_in_every_state() {
        for (String leave : List.of("stop", "cancel", "stop my stretches")) {
            for (String before : List.of("open back stretches", "ask back stretches to start my back stretches")) {
                AlexaClient alexa = client();
                alexa.say(before);
                Turn turn = alexa.say(leave);
                assertThat(turn.shouldEndSession()).as("'%s' after '%s'", leave, before).contains(true);
                assertThat(turn.reprompt()).isEmpty();
            }
        }
    }

    private static AlexaClient client() {
        BackStretchesHandler handler = new BackStretchesHandler(new InMemoryProfileStore(),
                Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC), RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID));
        return new AlexaClient(handler, MODEL, EnvelopeTest.SKILL_ID, "amzn1.ask.account.CERTIFICATION");
    }
}
