package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.Profile;
import com.backstretches.store.StoreFixtures;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conversations as a user has them: phrases go through the skill's own interaction model into real
 * envelopes, through the Lambda entry point, with the session carried between turns. Every response
 * is checked as Alexa would check it.
 */
class SpokenDialogTest {

    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");
    private static final String USER = "amzn1.ask.account.SPOKEN-DIALOG-USER";

    private final InMemoryProfileStore store = new InMemoryProfileStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final AlexaClient alexa = new AlexaClient(
            new BackStretchesHandler(store, clock, RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID)),
            MODEL, EnvelopeTest.SKILL_ID, USER);

    @Test
    void a_new_user_opens_the_skill_and_is_coached_through_every_set_to_the_end() {
        Turn welcome = say("Alexa, open back stretches");
        assertThat(welcome.plainSpeech()).contains("six gentle stretches", "not medical advice").endsWith("Ready to start?");
        Turn turn = say("start my back stretches");
        assertThat(turn.intent()).isEqualTo("StartRoutineIntent");
        List<String> visited = new ArrayList<>();
        int turns = 1;
        String[] moveOn = {"next", "ready", "i'm ready", "go on", "continue", "done"};
        while (turn.sessionOpen()) {
            visited.add(where(turn));
            turn = say(moveOn[turns % moveOn.length]);
            turns++;
            assertThat(turns).as("the routine ends").isLessThan(40);
        }
        assertThat(turn.plainSpeech()).contains("That's all six stretches done");
        assertThat(turn.shouldEndSession()).contains(true);
        assertThat(visited).first().isEqualTo("prone-extension NONE 1");
        assertThat(visited).contains("quadruped-sidebend LEFT 3", "quadruped-sidebend RIGHT 1", "half-pancake RIGHT 1")
                .last().isEqualTo("a-frame-to-squat NONE 1");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().finishedOn()).containsExactly(LocalDate.parse("2026-11-23"));

        clock.advance(Duration.ofHours(3));
        Turn later = say("Alexa, open back stretches");
        assertThat(later.plainSpeech()).contains("already done your stretches today").endsWith("another round?");
        assertThat(say("no").shouldEndSession()).contains(true);
    }

    @Test
    void a_whole_routine_at_one_minute_holds_in_easier_versions_stays_within_alexas_limits_on_every_turn() {
        say("open back stretches");
        say("hold for sixty seconds");
        Turn turn = say("start the routine");
        int largest = 0;
        java.util.Set<String> madeEasier = new java.util.HashSet<>();
        for (int turns = 0; turn.sessionOpen(); turns++) {
            assertThat(turns).as("the routine ends").isLessThan(60);
            largest = Math.max(largest, turn.raw().toString().length());
            String stretch = where(turn).split(" ")[0];
            turn = say(madeEasier.add(stretch) ? "make it easier" : "next");
        }
        assertThat(turn.plainSpeech()).contains("That's all six stretches done");
        assertThat(largest).as("largest response, with the session state and the copy kept for repeat").isLessThan(24 * 1024);
    }

    @Test
    void making_it_easier_mid_set_restarts_the_set_in_the_easier_version_and_is_remembered() {
        say("Alexa, ask back stretches to start my back stretches");
        // The first set waits for "ready" after its setup; its reps follow, then set two.
        say("ready");
        say("next");
        Turn easier = say("that's too hard");
        assertThat(easier.intent()).isEqualTo("EasierIntent");
        assertThat(easier.plainSpeech()).startsWith("Okay, the easier version.");
        assertThat(where(easier)).isEqualTo("prone-extension NONE 2");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        Turn named = say("give me an easier version of the half pancake");
        assertThat(named.plainSpeech()).contains("the half pancake will use the easier version");
        assertThat(where(named)).isEqualTo("prone-extension NONE 2");
    }

    @Test
    void help_keeps_the_session_open_with_a_question_that_yes_answers() {
        say("open back stretches");
        Turn help = say("help");
        assertThat(help.shouldEndSession()).contains(false);
        assertThat(help.plainSpeech()).contains("say next", "easier", "pause").endsWith("Would you like to start?");
        assertThat(help.plainReprompt()).isPresent();
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 1");
    }

    @Test
    void stop_mid_routine_ends_the_session_and_the_next_launch_offers_to_resume_that_set() {
        say("ask back stretches to start my back stretches");
        say("ready");
        say("next");
        Turn stop = say("stop");
        assertThat(stop.shouldEndSession()).contains(true);
        assertThat(stop.plainSpeech()).contains("Your place is saved");
        Turn offer = say("open back stretches");
        assertThat(offer.plainSpeech()).contains("stretch one of six, the prone extension", "Set two of three").contains("Shall we pick up there?");
        Turn resumed = say("yes");
        assertThat(resumed.plainSpeech()).startsWith("Picking up where you left off.");
        assertThat(where(resumed)).isEqualTo("prone-extension NONE 2");
    }

    @Test
    void silence_after_the_reprompt_keeps_the_place() {
        say("ask back stretches to start my back stretches");
        say("ready");
        say("next");
        alexa.endSession("EXCEEDED_MAX_REPROMPTS");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 2));
        assertThat(say("open back stretches").plainSpeech()).contains("Shall we pick up there?");
    }

    @Test
    void words_the_skill_does_not_understand_get_the_control_words_and_the_session_stays_open() {
        say("open back stretches");
        Turn fallback = say("order me a large pizza with extra cheese");
        assertThat(fallback.intent()).isEqualTo("AMAZON.FallbackIntent");
        assertThat(fallback.plainSpeech()).startsWith("Sorry, I didn't catch that.");
        assertThat(fallback.shouldEndSession()).contains(false);
        assertThat(where(say("yes"))).as("the welcome's question still stands").isEqualTo("prone-extension NONE 1");
    }

    @Test
    void yes_and_no_to_ready_to_start() {
        say("open back stretches");
        Turn no = say("no");
        assertThat(no.shouldEndSession()).contains(true);
        assertThat(no.plainSpeech()).contains("Come back whenever");
        say("open back stretches");
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 1");
    }

    @Test
    void yes_and_no_to_picking_up_where_they_left_off() {
        saved(new Position(Status.IN_PROGRESS, new Step("quadruped-torso-rotation", Side.RIGHT, 2), Map.of(), 30), clock.instant());
        say("open back stretches");
        assertThat(where(say("yes"))).isEqualTo("quadruped-torso-rotation RIGHT 2");
        say("open back stretches");
        Turn instead = say("no");
        assertThat(instead.plainSpeech()).contains("start from the beginning instead?");
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 1");
        saved(new Position(Status.IN_PROGRESS, new Step("quadruped-torso-rotation", Side.RIGHT, 2), Map.of(), 30), clock.instant());
        say("open back stretches");
        say("no");
        assertThat(say("no").shouldEndSession()).contains(true);
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().step()).isEqualTo(new Step("quadruped-torso-rotation", Side.RIGHT, 2));
    }

    @Test
    void after_a_day_away_yes_starts_fresh_and_no_picks_up_the_old_place_with_the_chosen_version() {
        Position old = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.LEFT, 1), Map.of("half-pancake", Level.EASIER), 30);
        saved(old, clock.instant().minus(Duration.ofDays(2)));
        Turn offer = say("open back stretches");
        assertThat(offer.plainSpeech()).contains("It's been a while", "start fresh");
        Turn resumed = say("no");
        assertThat(where(resumed)).isEqualTo("half-pancake LEFT 1");
        assertThat(resumed.plainSpeech()).contains("Using your easier version.");
        saved(old, clock.instant().minus(Duration.ofDays(2)));
        say("open back stretches");
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 1");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().levelOf("half-pancake")).as("versions carry over").isEqualTo(Level.EASIER);
    }

    @Test
    void yes_and_no_to_another_round() {
        Position done = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 30);
        StoreFixtures.overwrite(store, USER, new Profile(done, false, clock.instant(), List.of(LocalDate.parse("2026-11-23"))));
        say("open back stretches");
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 1");
    }

    @Test
    void yes_and_no_after_a_set() {
        Turn setup = say("ask back stretches to start my back stretches");
        assertThat(setup.plainSpeech()).endsWith("Say ready when you're in position.");
        Turn set = say("ready");
        assertThat(set.plainSpeech()).contains("with me", "Rest for").endsWith("for set two.");
        assertThat(where(set)).isEqualTo("prone-extension NONE 1");
        Turn no = say("no");
        assertThat(no.plainSpeech()).startsWith("No rush.");
        assertThat(no.shouldEndSession()).contains(false);
        assertThat(where(say("yes"))).isEqualTo("prone-extension NONE 2");
    }

    @Test
    void it_hurts_stops_advises_and_offers_a_gentler_version_then_skipping() {
        say("ask back stretches to start my back stretches");
        Turn pain = say("it hurts");
        assertThat(pain.plainSpeech()).startsWith("Stop there").endsWith("gentler version of the prone extension?");
        Turn easier = say("yes");
        assertThat(easier.plainSpeech()).startsWith("Okay, the easier version.");
        Turn again = say("that hurts");
        assertThat(again.plainSpeech()).endsWith("skip the prone extension?");
        Turn stay = say("no");
        assertThat(stay.plainSpeech()).contains("Go gently");
        say("this is painful");
        Turn skipped = say("yes");
        assertThat(where(skipped)).isEqualTo("wag-tail NONE 1");
    }

    @Test
    void pause_closes_the_session_and_a_one_shot_resume_restarts_the_set_with_the_chosen_version() {
        say("ask back stretches to start my back stretches");
        say("skip this one");
        say("make it easier");
        Turn pause = say("pause");
        assertThat(pause.shouldEndSession()).contains(true);
        assertThat(pause.plainSpeech()).contains("wag tail", "Alexa, ask back stretches to resume");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().paused()).isTrue();
        Turn resumed = say("Alexa, ask back stretches to resume");
        assertThat(resumed.intent()).isEqualTo("AMAZON.ResumeIntent");
        assertThat(where(resumed)).isEqualTo("wag-tail NONE 1");
        assertThat(resumed.plainSpeech()).contains("Picking up where you left off.", "Using your easier version.");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().paused()).isFalse();
    }

    @Test
    void hold_times_are_set_by_number_or_direction_and_numbers_out_of_range_change_nothing() {
        say("open back stretches");
        assertThat(say("hold for forty five seconds").plainSpeech()).contains("holds are now forty-five seconds");
        assertThat(say("make the holds longer").plainSpeech()).contains("holds are now sixty seconds");
        assertThat(say("make the holds longer").plainSpeech()).contains("longest hold in this routine is sixty seconds");
        assertThat(say("hold for five hundred seconds").plainSpeech()).contains("so I've kept yours at sixty");
        assertThat(say("hold for ten seconds").plainSpeech()).contains("go from thirty to sixty seconds");
        assertThat(StoreFixtures.profileOf(store, USER).orElseThrow().position().holdSeconds()).isEqualTo(60);
        assertThat(say("make the holds shorter").plainSpeech()).contains("holds are now forty-five seconds");
    }

    @Test
    void jumping_to_a_stretch_by_any_of_its_names_and_asking_where_am_i() {
        say("open back stretches");
        assertThat(where(say("go to the pancake"))).isEqualTo("half-pancake LEFT 1");
        assertThat(say("where am i").plainSpeech()).contains("stretch five of six, the half pancake");
        assertThat(say("go to the cobra").plainSpeech()).contains("I don't know that stretch");
    }

    @Test
    void repeat_says_the_last_response_again_and_describe_explains_the_stretch() {
        say("ask back stretches to start my back stretches");
        Turn where = say("where am i");
        assertThat(say("repeat").speech()).isEqualTo(where.speech());
        assertThat(say("how do i do this").plainSpeech()).startsWith("Here's the prone extension.");
    }

    @Test
    void previous_and_start_over_move_back() {
        say("ask back stretches to start my back stretches");
        say("next");
        assertThat(where(say("previous"))).isEqualTo("prone-extension NONE 1");
        say("next");
        say("next");
        assertThat(where(say("start over"))).isEqualTo("prone-extension NONE 1");
    }

    private Turn say(String utterance) {
        Turn turn = alexa.say(utterance);
        ResponseChecks.assertLikeAlexa(turn.raw());
        assertThat(turn.shouldEndSession()).as("every spoken answer says whether the session goes on").isPresent();
        if (turn.shouldEndSession().get()) {
            assertThat(turn.reprompt()).as("a closing answer asks nothing").isEmpty();
        } else {
            assertThat(turn.reprompt()).as("an open session has a reprompt").isPresent();
        }
        return turn;
    }

    private void saved(Position position, Instant lastActive) {
        StoreFixtures.overwrite(store, USER, new Profile(position, false, lastActive, List.of()));
    }

}
