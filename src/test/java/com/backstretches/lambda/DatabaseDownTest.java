package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A database that is down (nothing listening on its port): the skill still answers, says so once, and keeps coaching. */
class DatabaseDownTest {

    /** Alexa gives up after about 8 seconds; the function's own timeout is 7. */
    private static final Duration LAMBDA_TIMEOUT = Duration.ofSeconds(7);

    @Test
    void the_skill_answers_in_time_with_a_short_explanation_and_keeps_coaching_from_the_session() {
        var client = DynamoDbClients.local(URI.create("http://127.0.0.1:" + LocalDynamoDb.closedPort()), LocalDynamoDb.REGION);
        var store = new DynamoDbProfileStore(client, "profiles", new Navigator(RoutineLoader.standard()).fresh());
        var handler = new BackStretchesHandler(store, Clock.systemUTC(), RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID));
        AlexaClient alexa = new AlexaClient(handler, Path.of("skill-package/interactionModels/custom/en-US.json"),
                EnvelopeTest.SKILL_ID, "amzn1.ask.account.DATABASE-DOWN");

        Turn welcome = timed(alexa, "open back stretches");
        assertThat(welcome.plainSpeech()).startsWith("I can't reach your saved progress right now").contains("Ready to start?");
        assertThat(welcome.shouldEndSession()).contains(false);

        Turn set = timed(alexa, "yes");
        assertThat(set.plainSpeech()).doesNotContain("saved progress").contains("Stretch one of six");
        Turn next = timed(alexa, "next");
        assertThat(next.sessionAttributes().at("/backStretches/set").asInt()).isEqualTo(2);
        assertThat(timed(alexa, "stop").shouldEndSession()).contains(true);
    }

    private static Turn timed(AlexaClient alexa, String utterance) {
        long start = System.nanoTime();
        Turn turn = alexa.say(utterance);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ResponseChecks.assertLikeAlexa(turn.raw());
        assertThat(took).as("answer to '%s'", utterance).isLessThan(LAMBDA_TIMEOUT);
        return turn;
    }
}
