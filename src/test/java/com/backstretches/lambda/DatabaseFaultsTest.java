package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.EmbeddedDynamoDb;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.store.Profile;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.LoopbackProxy;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.SamTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The database failing under a user mid-routine, on DynamoDB Local started by the test, reached
 * through a proxy on loopback that can cut connections, delay or throttle: the skill keeps coaching
 * from the session, says once that progress may not be kept, saves as soon as it can, and always
 * answers inside the function's 7 s timeout.
 */
class DatabaseFaultsTest {

    /** The function's own timeout, as template.yaml deploys it; Alexa gives up at 8 s. */
    private static final Duration LAMBDA_TIMEOUT = Duration.ofSeconds(((Number) SamTemplate.read().function().get("Timeout")).longValue());
    /** The shortest wait before a retry after throttling: half the client's 100 ms throttling backoff (half jitter). */
    private static final Duration THROTTLING_BACKOFF_FLOOR = Duration.ofMillis(50);
    private static final String WARNING = "I can't reach your saved progress right now";

    private LoopbackProxy proxy;
    private DynamoDbClient client;
    private DynamoDbClient harness;
    private SkillOnLocalDynamoDb skill;
    private AlexaClient alexa;

    @BeforeEach
    void skillBehindAProxy() {
        LocalDynamoDb db = LocalDynamoDb.shared();
        proxy = LoopbackProxy.start(db.endpoint());
        // The skill's client has the deployed limits; the test's own reads (made while the proxy passes) do not.
        client = DynamoDbClients.local(proxy.endpoint(), LocalDynamoDb.REGION);
        harness = LocalDynamoDb.harnessClient(proxy.endpoint());
        useTable(db.createTable());
    }

    private void useTable(String table) {
        skill = new SkillOnLocalDynamoDb(client, harness, table, UnaryOperator.identity(), new NoAlexaApi(), RoutineLoader.standard());
        alexa = skill.device("amzn1.ask.device.KITCHEN");
    }

    @AfterEach
    void close() {
        client.close();
        harness.close();
        proxy.close();
    }

    @Test
    void the_database_stopping_mid_routine_is_said_once_and_everything_is_saved_when_it_is_back() {
        say("ask back stretches to start my back stretches");
        // The first set waits for "ready" after its setup; its reps, then set two.
        say("ready");
        assertThat(where(say("next"))).isEqualTo("prone-extension NONE 2");
        proxy.down();

        Turn easier = say("make it easier");
        assertThat(easier.plainSpeech()).startsWith(WARNING).contains("easier");
        Turn hold = say("hold for forty five seconds");
        assertThat(hold.plainSpeech()).doesNotContain(WARNING).contains("forty-five seconds");
        Turn next = say("next");
        assertThat(next.plainSpeech()).doesNotContain(WARNING).contains("Set three of three");
        assertThat(next.sessionAttributes().at("/backStretches/unsaved").isObject()).as("carried for later").isTrue();

        proxy.pass();
        Turn saved = say("next");
        assertThat(saved.plainSpeech()).doesNotContain(WARNING);
        assertThat(saved.sessionAttributes().at("/backStretches/unsaved").isNull()).as("nothing left unsaved").isTrue();
        Profile stored = lookUp();
        assertThat(stored.position().step()).isEqualTo(new Step("wag-tail", Side.NONE, 1));
        assertThat(stored.position().levelOf("prone-extension")).as("chosen while the database was down").isEqualTo(Level.EASIER);
        assertThat(stored.position().holdSeconds()).as("chosen while the database was down").isEqualTo(45);

        alexa.newSession();
        skill.clock.advance(Duration.ofHours(1));
        Turn back = say("ask back stretches to resume");
        assertThat(where(back)).isEqualTo("wag-tail NONE 1");
    }

    @Test
    void a_session_that_ends_while_the_database_is_down_resumes_later_from_the_last_saved_set_and_says_which() {
        say("ask back stretches to start my back stretches");
        say("ready");
        assertThat(where(say("next"))).isEqualTo("prone-extension NONE 2");
        proxy.down();
        say("next");
        say("next");
        alexa.endSession("EXCEEDED_MAX_REPROMPTS");
        proxy.pass();

        skill.clock.advance(Duration.ofHours(2));
        Turn offer = say("open back stretches");
        assertThat(offer.plainSpeech()).contains("Last time you stopped at", "prone extension", "Set two of three");
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 2");
    }

    @Test
    void a_session_that_ends_after_the_database_is_back_saves_what_was_missed() {
        say("ask back stretches to start my back stretches");
        proxy.down();
        say("give me an easier version of the half pancake");
        // The first set's reps (the same position), then set two: both while the database is down.
        say("ready");
        assertThat(where(say("next"))).isEqualTo("prone-extension NONE 2");
        proxy.pass();
        alexa.endSession("EXCEEDED_MAX_REPROMPTS");

        Profile stored = lookUp();
        assertThat(stored.position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 2));
        assertThat(stored.position().levelOf("half-pancake")).isEqualTo(Level.EASIER);
    }

    @Test
    void a_database_that_stops_for_real_and_restarts_on_its_files_loses_nothing_the_user_chose() throws Exception {
        Path files = Files.createTempDirectory("dynamodb-local-");
        EmbeddedDynamoDb own = EmbeddedDynamoDb.start(Optional.of(files));
        try {
            proxy.retarget(own.endpoint());
            useTable(LocalDynamoDb.createTableAt(own.endpoint()));
            say("ask back stretches to start my back stretches");
            say("hold for forty five seconds");
            own.close();

            Turn during = say("make it easier");
            assertThat(during.plainSpeech()).startsWith(WARNING);

            own = EmbeddedDynamoDb.start(Optional.of(files));
            proxy.retarget(own.endpoint());
            // Easier while still getting into position sets the easier version up; its reps, then set two.
            say("ready");
            say("next");
            Profile stored = lookUp();
            assertThat(stored.position().holdSeconds()).isEqualTo(45);
            assertThat(stored.position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
            assertThat(stored.position().step().set()).isEqualTo(2);
        } finally {
            own.close();
        }
    }

    @Test
    void a_database_down_from_the_first_word_gets_a_short_explanation_once_and_the_coaching_goes_on() {
        proxy.down();
        Turn welcome = say("open back stretches");
        assertThat(welcome.plainSpeech()).startsWith(WARNING).contains("Ready to start?");
        assertThat(welcome.shouldEndSession()).contains(false);
        Turn set = say("yes");
        assertThat(set.plainSpeech()).doesNotContain(WARNING).contains("Stretch one of six", "Say ready when you're in position.");
        Turn reps = say("ready");
        assertThat(reps.plainSpeech()).doesNotContain(WARNING).contains("with me");
        assertThat(where(reps)).isEqualTo("prone-extension NONE 1");
        assertThat(where(say("next"))).isEqualTo("prone-extension NONE 2");
        assertThat(say("stop").shouldEndSession()).contains(true);
    }

    @Test
    void a_slow_database_still_gets_an_answer_in_time_and_a_bit_slow_one_still_saves() {
        say("ask back stretches to start my back stretches");
        // The first set's reps stay in the same position and save nothing: the delay meets set two's save.
        say("ready");
        proxy.delay(Duration.ofSeconds(4));
        Turn slow = say("next");
        assertThat(slow.plainSpeech()).startsWith(WARNING).contains("Set two of three");
        say("next");
        proxy.delay(Duration.ofMillis(300));
        Turn sluggish = say("next");
        // The warning was said once already this session, so only the session shows whether this one saved.
        assertThat(sluggish.sessionAttributes().at("/backStretches/unsaved").isNull()).as("saved, 300 ms slow").isTrue();
        proxy.pass();
        assertThat(lookUp().position().step()).isEqualTo(new Step("wag-tail", Side.NONE, 1));
    }

    @Test
    void throttling_is_retried_with_backoff_and_bounded_when_it_does_not_stop() {
        say("ask back stretches to start my back stretches");
        say("pause");
        proxy.resetCounters();
        proxy.throttle(2);
        // A session's first words read the profile: the read is the call throttled here.
        Turn retried = say("ask back stretches to resume");
        assertThat(retried.sessionAttributes().at("/backStretches/unsaved").isNull()).as("saved despite the throttling").isTrue();
        assertThat(proxy.throttled()).isEqualTo(2);
        assertThat(proxy.operations()).as("the read twice throttled, then read and saved").containsExactly("GetItem", "GetItem", "GetItem", "UpdateItem");
        assertBackedOff(proxy.arrivals().subList(0, 3));
        assertThat(lookUp().paused()).isFalse();
        // The resumed set waits for "ready" after its opening; its reps stay in the same position and save nothing.
        assertThat(retried.plainSpeech()).contains("Say ready when you're in position.");
        say("ready");

        proxy.resetCounters();
        proxy.throttle(1_000);
        Turn given = say("next");
        // The session, not the once-a-session warning, shows the failure: a slow first request on a busy machine may have said it already.
        assertThat(given.sessionAttributes().at("/backStretches/unsaved").isObject()).as("given up, carried for later").isTrue();
        // Mid-session the write goes without a read, given the retry mode's three attempts, no more.
        assertThat(proxy.operations()).containsExactly("UpdateItem", "UpdateItem", "UpdateItem");
        assertBackedOff(proxy.arrivals().subList(0, 3));
        proxy.pass();
        assertThat(say("next").sessionAttributes().at("/backStretches/unsaved").isNull()).isTrue();
        assertThat(lookUp().position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 3));
    }

    /** Attempts of one call, each retry after a throttle waiting at least the backoff's floor. */
    private static void assertBackedOff(List<Long> attempts) {
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.ofNanos(attempts.get(i) - attempts.get(i - 1))).as("wait before retry %d", i)
                    .isGreaterThanOrEqualTo(THROTTLING_BACKOFF_FLOOR);
        }
    }

    /** Each answer as Alexa would check it, and inside the function's timeout. */
    private Turn say(String utterance) {
        long start = System.nanoTime();
        Turn turn = alexa.say(utterance);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ResponseChecks.assertLikeAlexa(turn.raw());
        assertThat(took).as("answer to '%s'", utterance).isLessThan(LAMBDA_TIMEOUT);
        return turn;
    }

    private Profile lookUp() {
        return skill.stored();
    }
}
