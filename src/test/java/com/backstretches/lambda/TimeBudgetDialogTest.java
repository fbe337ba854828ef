package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Status;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: "I have fifteen minutes" through the Lambda entry point, phrases turned into envelopes by
 * the skill's own interaction model, profiles in DynamoDB Local: the plan is said, started on a yes,
 * kept across a pause and another device, and counted for the streak when finished.
 */
class TimeBudgetDialogTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
    private final AlexaClient speaker = skill.device("amzn1.ask.device.KITCHEN-SPEAKER");
    private final AlexaClient phone = skill.device("amzn1.ask.device.PHONE");

    @Test
    void a_launch_then_fifteen_minutes_says_the_plan_and_yes_walks_it_to_the_end_where_it_counts_for_the_streak() {
        say(speaker, "open back stretches");
        Turn offer = say(speaker, "I've got fifteen minutes");
        assertThat(offer.intent()).isEqualTo("TimeBudgetIntent");
        assertThat(offer.plainSpeech()).startsWith("Here's a fifteen-minute version: one set of each stretch, thirty-second holds")
                .endsWith("Ready?");
        assertThat(storedLength()).as("nothing changes before the yes").isEqualTo("FULL");

        Turn turn = say(speaker, "yes");
        String plan = skill.item().get("routineLength").s();
        assertThat(RoutineLength.valueOf(plan).minutes()).isEqualTo(15);
        List<String> visited = new ArrayList<>();
        for (int i = 0; turn.sessionOpen(); i++) {
            visited.add(where(turn));
            assertThat(i).as("the plan ends").isLessThan(30);
            turn = say(speaker, i % 2 == 0 ? "ready" : "next");
        }
        assertThat(turn.plainSpeech()).contains("That's all six stretches done");
        assertThat(visited.stream().distinct()).containsExactly("prone-extension NONE 1", "wag-tail NONE 1",
                "quadruped-sidebend LEFT 1", "quadruped-sidebend RIGHT 1", "quadruped-torso-rotation LEFT 1",
                "quadruped-torso-rotation RIGHT 1", "half-pancake LEFT 1", "half-pancake RIGHT 1", "a-frame-to-squat NONE 1");
        assertThat(skill.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-23"));
        assertThat(skill.stored().position().status()).isEqualTo(Status.FINISHED);
    }

    @Test
    void a_paused_plan_resumes_as_that_plan_on_another_device_and_start_my_back_stretches_is_the_whole_routine_again() {
        Turn offer = say(speaker, "ask back stretches for a fifteen minute routine");
        assertThat(offer.plainSpeech()).startsWith("Here's a fifteen-minute version:");
        say(speaker, "yes");
        say(speaker, "ready");
        Turn wag = say(speaker, "next");
        assertThat(where(wag)).isEqualTo("wag-tail NONE 1");
        String plan = skill.item().get("routineLength").s();
        int reps = RoutineLength.valueOf(plan).reps();
        assertThat(reps).isBetween(5, 9);
        assertThat(say(speaker, "pause").shouldEndSession()).contains(true);

        skill.clock.advance(Duration.ofHours(2));
        Turn resumed = say(phone, "ask back stretches to resume");
        assertThat(where(resumed)).isEqualTo("wag-tail NONE 1");
        assertThat(resumed.sessionAttributes().path("backStretches").path("routineLength").asText()).isEqualTo(plan);
        Turn swings = say(phone, "ready");
        String count = List.of("five", "six", "seven", "eight", "nine").get(reps - 5);
        assertThat(swings.plainSpeech()).contains(Character.toUpperCase(count.charAt(0)) + count.substring(1) + " swings each way");
        assertThat(say(phone, "next").plainSpeech()).as("one set of each stretch: the side bend follows").contains("quadruped sidebend");
        assertThat(skill.item().get("routineLength").s()).isEqualTo(plan);

        Turn whole = say(phone, "start my back stretches");
        assertThat(where(whole)).isEqualTo("prone-extension NONE 1");
        assertThat(skill.item().get("routineLength").s()).isEqualTo("FULL");
        assertThat(skill.item().get("set").n()).isEqualTo("1");
    }

    @Test
    void ten_minutes_is_less_than_the_shortest_plan_which_is_said_and_offered() {
        say(speaker, "open back stretches");
        Turn offer = say(speaker, "i only have ten minutes");
        assertThat(offer.plainSpeech()).containsPattern("The shortest version I can do is about [a-z-]+ minutes: one set of each stretch,")
                .endsWith("Shall we do that?");
        Turn no = say(speaker, "no");
        assertThat(no.plainSpeech()).startsWith("Okay, no change.");
        assertThat(no.sessionOpen()).isTrue();
        assertThat(storedLength()).isEqualTo("FULL");
    }

    @Test
    void make_it_short_offers_the_quick_version_with_its_length_and_minutes_never_set_up_a_reminder() {
        say(speaker, "open back stretches");
        Turn shortOne = say(speaker, "make it short");
        assertThat(shortOne.intent()).isEqualTo("TimeBudgetIntent");
        assertThat(shortOne.plainSpeech()).contains("The quick version does one set of each stretch, in about sixteen minutes.");
        assertThat(say(speaker, "yes").plainSpeech()).contains("Stretch one of six: the prone extension.");
        assertThat(skill.item().get("routineLength").s()).isEqualTo("QUICK");

        Turn twenty = say(phone, "ask back stretches to give me a twenty minute routine");
        assertThat(twenty.intent()).isEqualTo("TimeBudgetIntent");
        assertThat(twenty.plainSpeech()).doesNotContainIgnoringCase("remind");
        assertThat(twenty.sessionAttributes().path("backStretches").path("question").asText()).isEqualTo("START_PLAN");
    }

    /** The stored run length; a user with nothing stored yet is at the start of the whole routine. */
    private String storedLength() {
        var value = skill.item().get("routineLength");
        return value == null ? "FULL" : value.s();
    }

    private static Turn say(AlexaClient device, String utterance) {
        Turn turn = device.say(utterance);
        ResponseChecks.assertLikeAlexa(turn.raw());
        return turn;
    }
}
