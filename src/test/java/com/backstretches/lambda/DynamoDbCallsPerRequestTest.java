package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.Profile;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.DynamoDbCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lean turns: the DynamoDB calls the skill really sends, counted at the HTTP level on DynamoDB
 * Local, through the Lambda entry point. A session reads once; a request that changes something
 * writes once, without reading; a request that changes nothing makes no call at all.
 */
class DynamoDbCallsPerRequestTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final DynamoDbCalls CALLS = new DynamoDbCalls();
    private static final DynamoDbClient COUNTED = DynamoDbClients.local(DB.endpoint(), LocalDynamoDb.REGION, List.of(CALLS));
    private static final String TABLE = DB.createTable();

    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(COUNTED, TABLE);
    private final AlexaClient speaker = skill.device("amzn1.ask.device.KITCHEN-SPEAKER");
    /** The test's own reads, on a client that is not counted. */
    private final DynamoDbProfileStore uncounted = new DynamoDbProfileStore(DB.client(), TABLE, new Navigator(RoutineLoader.standard()).fresh());

    @AfterAll
    static void close() {
        COUNTED.close();
    }

    @BeforeEach
    void forgetEarlierCalls() {
        CALLS.drain();
    }

    @Test
    void the_whole_routine_walked_by_next_makes_at_most_one_call_per_request_and_one_read_per_session() {
        List<List<String>> perRequest = new ArrayList<>();
        Turn turn = speaker.launch();
        perRequest.add(CALLS.drain());
        turn = speaker.say("yes");
        perRequest.add(CALLS.drain());
        for (int i = 0; i < 40 && turn.sessionOpen() && !turn.plainSpeech().contains("all six stretches done"); i++) {
            turn = speaker.say("next");
            perRequest.add(CALLS.drain());
        }
        assertThat(turn.plainSpeech()).contains("all six stretches done");
        assertThat(perRequest).hasSizeGreaterThan(20).allSatisfy(calls -> assertThat(calls).hasSizeLessThanOrEqualTo(1));
        assertThat(perRequest.get(0)).as("the launch reads the profile").containsExactly("GetItem");
        List<String> all = perRequest.stream().flatMap(List::stream).toList();
        assertThat(DynamoDbCalls.byOperation(all)).containsEntry("GetItem", 1);
        assertThat(perRequest.subList(1, perRequest.size())).as("after the launch, only writes")
                .allSatisfy(calls -> assertThat(calls).doesNotContain("GetItem"));
        assertThat(stored().finishedOn()).hasSize(1);
    }

    @Test
    void requests_that_change_nothing_stored_make_no_call_at_all() {
        speaker.say("ask back stretches to start my back stretches");
        speaker.say("next");
        CALLS.drain();
        for (String words : List.of("where am i", "repeat that", "help", "how do i do this", "what's the weather like on mars",
                "how am i doing")) {
            Turn turn = speaker.say(words);
            assertThat(turn.sessionOpen()).as(words).isTrue();
            assertThat(CALLS.drain()).as(words).isEmpty();
        }
    }

    @Test
    void a_change_mid_session_is_one_conditional_write_without_a_read() {
        speaker.say("ask back stretches to start my back stretches");
        CALLS.drain();
        speaker.say("make it easier");
        assertThat(CALLS.drain()).containsExactly("UpdateItem");
        assertThat(stored().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        speaker.say("hold for forty five seconds");
        assertThat(CALLS.drain()).containsExactly("UpdateItem");
        assertThat(stored().position().holdSeconds()).isEqualTo(45);
    }

    @Test
    void when_another_device_wrote_in_between_the_write_reads_again_and_keeps_both_changes() {
        AlexaClient bedroom = skill.device("amzn1.ask.device.BEDROOM-SPEAKER");
        speaker.say("ask back stretches to start my back stretches");
        Turn other = bedroom.say("ask back stretches to set the hold time to sixty seconds");
        assertThat(other.plainSpeech()).contains("sixty");
        assertThat(stored().position().holdSeconds()).isEqualTo(60);
        CALLS.drain();
        speaker.say("make it easier");
        assertThat(CALLS.drain()).as("the stale write, the read, the write again").containsExactly("UpdateItem", "GetItem", "UpdateItem");
        assertThat(stored().position().holdSeconds()).isEqualTo(60);
        assertThat(stored().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        speaker.say("ready");
        assertThat(CALLS.drain()).as("the reps of the same set change nothing stored").isEmpty();
        speaker.say("next");
        assertThat(CALLS.drain()).as("the session knows the store again").containsExactly("UpdateItem");
    }

    @Test
    void a_session_that_ends_with_everything_saved_makes_no_call_and_a_skill_disabled_event_only_deletes() {
        speaker.say("ask back stretches to start my back stretches");
        CALLS.drain();
        speaker.endSession("EXCEEDED_MAX_REPROMPTS");
        assertThat(CALLS.drain()).isEmpty();
        speaker.invoke(speaker.envelopes().skillDisabledEvent("NOT_PERSISTED"));
        assertThat(CALLS.drain()).containsExactly("DeleteItem");
        assertThat(uncounted.load(skill.user)).isEmpty();
    }

    @Test
    void a_new_session_reads_once_even_after_the_last_one_wrote() {
        speaker.say("ask back stretches to start my back stretches");
        speaker.say("pause");
        CALLS.drain();
        speaker.say("ask back stretches to resume");
        assertThat(DynamoDbCalls.byOperation(CALLS.drain())).isEqualTo(Map.of("GetItem", 1, "UpdateItem", 1));
    }

    private Profile stored() {
        return uncounted.load(skill.user).orElseThrow().profile();
    }
}
