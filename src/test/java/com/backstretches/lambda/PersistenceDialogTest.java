package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.store.Profile;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Conversations across sessions and devices through the Lambda entry point, with profiles in a
 * real DynamoDB engine (DynamoDB Local, started by the test).
 */
class PersistenceDialogTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
    private final TestClock clock = skill.clock;
    private final DynamoDbProfileStore store = skill.store;
    private final String user = skill.user;
    private final AlexaClient speaker = skill.device("amzn1.ask.device.KITCHEN-SPEAKER");

    @Test
    void easier_then_pause_then_resume_in_a_new_session_lands_on_the_same_set_with_the_easier_version_said() {
        say(speaker, "ask back stretches to go to the side bend");
        // A stretch reached by "go to" waits for "ready" after its setup; set two follows the first set's reps.
        say(speaker, "ready");
        assertThat(where(say(speaker, "next"))).isEqualTo("quadruped-sidebend LEFT 2");
        say(speaker, "make it easier");
        Turn pause = say(speaker, "pause");
        assertThat(pause.shouldEndSession()).contains(true);
        assertThat(pause.plainSpeech()).contains("Alexa, ask back stretches to resume");
        assertThat(skill.item().get("status").s()).isEqualTo("PAUSED");

        clock.advance(Duration.ofHours(2));
        Turn resumed = say(speaker, "Alexa, ask back stretches to resume");
        assertThat(where(resumed)).isEqualTo("quadruped-sidebend LEFT 2");
        assertThat(resumed.plainSpeech()).contains("Picking up where you left off.", "Using your easier version.");
        assertThat(skill.item().get("status").s()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void stop_mid_set_keeps_the_place_and_the_next_launch_offers_to_resume_or_start_over() {
        say(speaker, "ask back stretches to start my back stretches");
        say(speaker, "ready");
        say(speaker, "next");
        assertThat(say(speaker, "stop").shouldEndSession()).contains(true);
        clock.advance(Duration.ofHours(3));
        Turn offer = say(speaker, "open back stretches");
        assertThat(offer.plainSpeech()).contains("prone extension", "Set two of three", "Shall we pick up there?", "start over");
        assertThat(where(say(speaker, "yes"))).isEqualTo("prone-extension NONE 2");
    }

    @Test
    void silence_after_the_reprompt_keeps_the_place() {
        say(speaker, "ask back stretches to go to the half pancake");
        say(speaker, "ready");
        assertThat(where(say(speaker, "next"))).isEqualTo("half-pancake RIGHT 1");
        speaker.endSession("EXCEEDED_MAX_REPROMPTS");
        assertThat(skill.stored().position().step()).isEqualTo(new Step("half-pancake", Side.RIGHT, 1));
    }

    @Test
    void finishing_records_the_day_and_a_launch_later_that_day_knows_it() {
        say(speaker, "ask back stretches to go to the a frame");
        Turn turn = say(speaker, "next");
        for (int i = 0; turn.sessionOpen() && i < 10; i++) {
            turn = say(speaker, "next");
        }
        assertThat(turn.plainSpeech()).contains("That's all six stretches done");
        assertThat(skill.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-23"));
        clock.advance(Duration.ofHours(10));
        assertThat(say(speaker, "open back stretches").plainSpeech()).contains("already done your stretches today");
        clock.advance(Duration.ofHours(24));
        assertThat(say(speaker, "open back stretches").plainSpeech()).contains("Welcome back").doesNotContain("today");
    }

    @Test
    void after_a_day_away_the_launch_leads_with_a_fresh_start_and_versions_and_hold_time_carry_over() {
        say(speaker, "ask back stretches to hold for sixty seconds");
        say(speaker, "give me an easier version of the wag tail");
        say(speaker, "go to the torso rotation");
        say(speaker, "stop");
        clock.advance(Duration.ofHours(30));
        Turn offer = say(speaker, "open back stretches");
        assertThat(offer.plainSpeech()).contains("It's been a while", "start fresh");
        Turn fresh = say(speaker, "yes");
        assertThat(where(fresh)).isEqualTo("prone-extension NONE 1");
        Profile profile = skill.stored();
        assertThat(profile.position().holdSeconds()).isEqualTo(60);
        assertThat(profile.position().levelOf("wag-tail")).isEqualTo(Level.EASIER);
    }

    @Test
    void two_devices_in_their_own_sessions_change_different_things_and_both_are_kept() {
        AlexaClient earbuds = skill.device("amzn1.ask.device.EARBUDS");
        say(speaker, "ask back stretches to start my back stretches");
        say(earbuds, "open back stretches");
        say(speaker, "hold for forty five seconds");
        say(earbuds, "give me an easier version of the half pancake");
        Profile profile = skill.stored();
        assertThat(profile.position().holdSeconds()).isEqualTo(45);
        assertThat(profile.position().levelOf("half-pancake")).isEqualTo(Level.EASIER);
        assertThat(Long.parseLong(skill.item().get("version").n())).isEqualTo(3);
    }

    @Test
    void disabling_the_skill_with_data_not_to_be_kept_deletes_the_item() {
        say(speaker, "ask back stretches to start my back stretches");
        assertThat(store.load(user)).isPresent();
        var kept = speaker.invoke(speaker.envelopes().skillDisabledEvent("PERSISTED"));
        assertThat(kept.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertThat(store.load(user)).isPresent();
        speaker.invoke(speaker.envelopes().skillDisabledEvent("NOT_PERSISTED"));
        assertThat(store.load(user)).isEmpty();
    }
    @Test
    void every_hold_from_30_to_60_seconds_is_exactly_as_long_as_chosen() {
        String cue = "Turn toward the bent knee";
        say(speaker, "ask back stretches to start my back stretches");
        for (int seconds = HoldTime.MIN; seconds <= HoldTime.MAX; seconds++) {
            say(speaker, "hold for " + seconds + " seconds");
            // The half pancake's first turn sets up; its hold follows "ready".
            say(speaker, "go to the half pancake");
            Turn hold = say(speaker, "ready");
            assertThat(hold.speech()).as("the half pancake's hold").contains(cue);
            assertThat(silenceOfTheHold(hold.speech(), cue)).as("a %d-second hold's silence, in ms", seconds).isEqualTo(seconds * 1000);
            assertThat(skill.stored().position().holdSeconds()).as("the hold time kept").isEqualTo(seconds);
        }
    }

    /** Every break from the hold's cue to "One, and release" (whichever ending), in milliseconds. */
    private static int silenceOfTheHold(String ssml, String cue) {
        int from = ssml.indexOf(cue);
        int to = ssml.indexOf("One, and", from);
        assertThat(to).as("the hold ends with its release in %s", ssml).isGreaterThan(from);
        return SsmlCheck.breaks("<speak>" + ssml.substring(from, to) + "</speak>").stream().mapToInt(Integer::intValue).sum();
    }

    private static Turn say(AlexaClient device, String utterance) {
        Turn turn = device.say(utterance);
        ResponseChecks.assertLikeAlexa(turn.raw());
        return turn;
    }

}
