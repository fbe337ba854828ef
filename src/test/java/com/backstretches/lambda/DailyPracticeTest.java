package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.alexa.HttpAlexaApi;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.session.Pace;
import com.backstretches.session.RoutineLength;
import com.backstretches.store.Profile;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.AlexaApiStub;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Daily practice through the Lambda entry point, on DynamoDB Local, with a clock the test moves
 * across days and Alexa's own APIs (settings, reminders) played by a stub on loopback, reached by
 * the deployed HTTP client with its deployed timeouts.
 */
class DailyPracticeTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final String REMINDERS = "alexa::alerts:reminders:skill:readwrite";

    private final AlexaApiStub alexaApi = AlexaApiStub.start();
    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE, new HttpAlexaApi());
    private final AlexaClient speaker = skill.device("amzn1.ask.device.BEDROOM", alexaApi.endpoint(), Set.of());

    @AfterEach
    void stopStub() {
        alexaApi.close();
    }

    private Turn say(AlexaClient device, String words) {
        Turn turn = device.say(words);
        ResponseChecks.assertLikeAlexa(turn.raw());
        return turn;
    }

    /** The quick version from the first word to its end; the turn that finishes it. */
    private Turn quickRoutine(AlexaClient device) {
        Turn turn = say(device, "ask back stretches for a quick version");
        for (int i = 0; turn.sessionOpen() && i < 40; i++) {
            turn = say(device, "next");
        }
        assertThat(turn.plainSpeech()).contains("That's all six stretches done");
        return turn;
    }

    private long timeZoneCalls() {
        return alexaApi.requests().stream().filter(r -> r.path().contains("System.timeZone")).count();
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private void nextDay() {
        skill.clock.advance(Duration.ofDays(1));
    }

    @Nested
    class Streaks {

        @Test
        void the_end_of_the_routine_counts_the_days_in_a_row_from_the_second_one() {
            assertThat(quickRoutine(speaker).plainSpeech()).doesNotContain("in a row");
            nextDay();
            assertThat(quickRoutine(speaker).plainSpeech()).contains("That's two days in a row.");
            nextDay();
            assertThat(quickRoutine(speaker).plainSpeech()).contains("That's three days in a row.");
            assertThat(skill.stored().longestStreak()).isEqualTo(3);
        }

        @Test
        void a_launch_mentions_a_streak_still_alive_and_says_nothing_once_it_has_lapsed() {
            quickRoutine(speaker);
            nextDay();
            quickRoutine(speaker);
            nextDay();
            assertThat(say(speaker, "open back stretches").plainSpeech()).contains("You've stretched two days in a row.");
            say(speaker, "stop");
            skill.clock.advance(Duration.ofDays(2));
            Turn lapsed = say(speaker, "open back stretches");
            assertThat(lapsed.plainSpeech()).doesNotContain("in a row").doesNotContain("streak");
        }

        @Test
        void finishing_twice_in_one_day_counts_the_day_once() {
            quickRoutine(speaker);
            skill.clock.advance(Duration.ofHours(3));
            assertThat(quickRoutine(speaker).plainSpeech()).doesNotContain("in a row");
            assertThat(skill.stored().finishedOn()).hasSize(1);
        }

        @Test
        void how_am_i_doing_gives_the_last_seven_days_the_current_run_and_the_longest() {
            Turn none = say(speaker, "ask back stretches how am i doing");
            assertThat(none.plainSpeech()).contains("You haven't finished the whole routine yet");
            assertThat(none.sessionOpen()).isTrue();
            for (int day = 0; day < 3; day++) {
                quickRoutine(speaker);
                nextDay();
            }
            // Not done today yet: the run of three is still alive.
            Turn alive = say(speaker, "ask back stretches what's my streak");
            assertThat(alive.plainSpeech()).contains("on three days", "three days in a row", "Stretch today to make it four",
                    "Your longest run is three days in a row");
            skill.clock.advance(Duration.ofDays(2));
            Turn lapsed = say(speaker, "ask back stretches how am i doing");
            assertThat(lapsed.plainSpeech()).contains("on three days").doesNotContain("Stretch today")
                    .contains("Your longest run is three days in a row");
        }

        @Test
        void the_longest_run_outlives_the_days_kept() {
            for (int day = 0; day < 4; day++) {
                quickRoutine(speaker);
                nextDay();
            }
            skill.clock.advance(Duration.ofDays(90));
            quickRoutine(speaker);
            assertThat(skill.stored().longestStreak()).isEqualTo(4);
            assertThat(say(speaker, "ask back stretches how am i doing").plainSpeech()).contains("Your longest run is four days in a row");
        }
    }

    @Nested
    class TimeZones {

        @Test
        void a_finish_counts_for_the_day_where_the_user_is() {
            // The test clock starts at 07:30Z on the 23rd: 20:30 that evening in Auckland.
            alexaApi.timeZone("Pacific/Auckland");
            skill.clock.advance(Duration.ofHours(4)); // 11:30Z: 00:30 on the 24th in Auckland
            quickRoutine(speaker);
            assertThat(skill.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-24"));
            assertThat(skill.stored().timeZone()).contains(ZoneId.of("Pacific/Auckland"));
        }

        @Test
        void without_an_answer_from_alexa_the_stored_zone_is_used_then_utc() {
            alexaApi.timeZone("Pacific/Auckland");
            quickRoutine(speaker);
            alexaApi.timeZoneStatus(500);
            // Half a day on, the zone is asked again; Alexa fails, so the stored one serves.
            skill.clock.advance(Duration.ofHours(13)); // about 20:30Z on the 23rd: 09:30 on the 24th in Auckland
            quickRoutine(speaker);
            assertThat(alexaApi.requests().stream().filter(r -> r.path().contains("System.timeZone")).count()).isEqualTo(2);
            assertThat(skill.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"));

            SkillOnLocalDynamoDb newUser = new SkillOnLocalDynamoDb(DB.client(), TABLE, new HttpAlexaApi());
            newUser.clock.advance(Duration.ofHours(20)); // 03:30Z on the 24th
            AlexaClient device = newUser.device("amzn1.ask.device.OTHER", alexaApi.endpoint(), Set.of());
            quickRoutine(device);
            assertThat(newUser.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-24"));
            assertThat(newUser.stored().timeZone()).isEmpty();
        }

        @Test
        void a_user_who_travelled_gets_the_new_zone_from_their_next_days_first_session() {
            alexaApi.timeZone("Pacific/Auckland");
            quickRoutine(speaker);
            alexaApi.timeZone("America/New_York");
            nextDay();
            say(speaker, "open back stretches");
            assertThat(skill.stored().timeZone()).contains(ZoneId.of("America/New_York"));
        }

        @Test
        void the_time_zone_is_asked_once_a_session() {
            say(speaker, "open back stretches");
            say(speaker, "yes");
            say(speaker, "next");
            assertThat(timeZoneCalls()).isEqualTo(1);
        }

        @Test
        void no_call_for_the_time_zone_while_a_stored_zone_is_recent_and_one_half_a_day_after_the_last_visit() {
            Instant stored = skill.clock.instant();
            say(speaker, "open back stretches");
            say(speaker, "stop");
            assertThat(skill.stored().timeZone()).contains(ZoneId.of(AlexaApiStub.DEFAULT_TIME_ZONE));
            assertThat(timeZoneCalls()).isEqualTo(1);
            for (int hoursOn : new int[] {1, 6, 11}) {
                skill.clock.advance(Duration.between(skill.clock.instant(), stored.plus(Duration.ofHours(hoursOn))));
                say(speaker, "open back stretches");
                say(speaker, "stop");
                assertThat(timeZoneCalls()).as("a session %d hours after the zone was stored", hoursOn).isEqualTo(1);
            }
            skill.clock.advance(Duration.ofHours(2));
            say(speaker, "open back stretches");
            assertThat(timeZoneCalls()).as("13 hours on").isEqualTo(2);
        }

        @Test
        void alexa_not_answering_the_time_zone_holds_the_answer_back_0_7_seconds_at_most() {
            say(speaker, "open back stretches");
            say(speaker, "stop");
            skill.clock.advance(Duration.ofHours(13));
            // The zone's answer a byte every 300 ms: over five seconds, and no socket timeout ends it.
            alexaApi.trickle(Duration.ofMillis(300));
            long started = System.nanoTime();
            Turn welcome = say(speaker, "open back stretches");
            Duration took = since(started);
            assertThat(timeZoneCalls()).as("asked, half a day on").isEqualTo(2);
            assertThat(welcome.plainSpeech()).contains("Welcome").endsWith("Ready to start?");
            // 0.7 s of waiting plus the request itself; the rest is margin for a busy machine, and a 5 s wait still fails.
            assertThat(took).as("the answer while Alexa says nothing").isLessThan(Duration.ofSeconds(3));
        }
    }

    @Nested
    class Adapting {

        private void easierProneExtensionSession() {
            say(speaker, "ask back stretches to go to the prone extension");
            if (skill.stored().position().levelOf("prone-extension") != Level.EASIER) {
                assertThat(say(speaker, "make it easier").plainSpeech()).contains("easier version");
            }
            say(speaker, "pause");
        }

        @Test
        void after_three_sessions_at_the_easier_version_the_standard_one_is_offered_once_and_yes_switches() {
            for (int day = 0; day < 3; day++) {
                easierProneExtensionSession();
                nextDay();
            }
            Turn offer = say(speaker, "ask back stretches to go to the prone extension");
            assertThat(offer.plainSpeech()).contains("You've done its easier version for a few sessions now",
                    "Would you like to try the standard prone extension today?");
            assertThat(offer.sessionOpen()).isTrue();
            Turn yes = say(speaker, "yes");
            assertThat(yes.plainSpeech()).contains("Great, the standard version it is.", "Stretch one of six: the prone extension.")
                    .doesNotContain("easier version");
            assertThat(where(yes)).isEqualTo("prone-extension NONE 1");
            assertThat(skill.stored().position().levelOf("prone-extension")).isEqualTo(Level.STANDARD);
        }

        @Test
        void a_no_keeps_the_easier_version_and_the_offer_is_not_made_again() {
            for (int day = 0; day < 3; day++) {
                easierProneExtensionSession();
                nextDay();
            }
            say(speaker, "ask back stretches to go to the prone extension");
            Turn no = say(speaker, "no");
            assertThat(no.plainSpeech()).contains("Sure, the easier version it is.", "Using your easier version.");
            say(speaker, "pause");
            nextDay();
            Turn later = say(speaker, "ask back stretches to go to the prone extension");
            assertThat(later.plainSpeech()).doesNotContain("try the standard").contains("Using your easier version.");
        }

        @Test
        void two_sessions_are_not_enough_and_old_sessions_do_not_count() {
            for (int day = 0; day < 2; day++) {
                easierProneExtensionSession();
                nextDay();
            }
            assertThat(say(speaker, "ask back stretches to go to the prone extension").plainSpeech()).doesNotContain("try the standard");
            say(speaker, "pause");
            skill.clock.advance(Duration.ofDays(20));
            easierProneExtensionSession();
            nextDay();
            assertThat(say(speaker, "ask back stretches to go to the prone extension").plainSpeech()).doesNotContain("try the standard");
        }

        @Test
        void asking_for_easier_twice_on_one_stretch_offers_to_skip_it() {
            say(speaker, "ask back stretches to go to the wag tail");
            say(speaker, "make it easier");
            Turn twice = say(speaker, "that's too hard");
            assertThat(twice.plainSpeech()).contains("Would you like to skip the wag tail?");
            assertThat(where(twice)).isEqualTo("wag-tail NONE 1");
            Turn skipped = say(speaker, "yes");
            assertThat(where(skipped)).isEqualTo("quadruped-sidebend LEFT 1");
        }

        @Test
        void no_to_skipping_after_two_easier_asks_tries_the_easier_version_when_there_is_one() {
            say(speaker, "ask back stretches to go to the wag tail");
            say(speaker, "harder");
            say(speaker, "easier");
            Turn twice = say(speaker, "easier");
            assertThat(twice.plainSpeech()).contains("skip the wag tail");
            assertThat(twice.plainReprompt()).hasValueSatisfying(r -> assertThat(r).contains("try the easier version"));
            Turn no = say(speaker, "no");
            assertThat(no.plainSpeech()).contains("Okay, the easier version.");
            assertThat(skill.stored().position().levelOf("wag-tail")).isEqualTo(Level.EASIER);
        }
    }

    @Nested
    class HoldAndPace {

        @Test
        void hold_time_and_pace_are_kept_for_the_next_session() {
            say(speaker, "open back stretches");
            say(speaker, "hold for forty five seconds");
            Turn slower = say(speaker, "slower");
            assertThat(slower.plainSpeech()).contains("I'll count the reps more slowly");
            say(speaker, "stop");
            nextDay();
            Turn set = say(speaker, "ask back stretches to start my back stretches");
            if (!set.speech().contains("prosody")) {
                set = say(speaker, "ready");
            }
            assertThat(set.speech()).contains("<prosody rate=\"85%\">");
            Profile stored = skill.stored();
            assertThat(stored.position().pace()).isEqualTo(Pace.SLOWER);
            assertThat(stored.position().holdSeconds()).isEqualTo(45);
        }

        @Test
        void faster_counts_quicker_and_saturates_with_a_plain_answer() {
            say(speaker, "open back stretches");
            assertThat(say(speaker, "faster").plainSpeech()).contains("a little faster");
            assertThat(say(speaker, "speed up").plainSpeech()).contains("already counting as fast as I go");
            assertThat(say(speaker, "back to normal speed").plainSpeech()).contains("back to the usual pace");
            assertThat(skill.stored().position().pace()).isEqualTo(Pace.NORMAL);
        }

        @Test
        void a_pace_change_mid_set_applies_from_the_next_set() {
            // Sixty-second holds split the side bend's first set after its setup, so "slower" falls between its parts.
            say(speaker, "ask back stretches to hold for sixty seconds");
            Turn setup = say(speaker, "go to the side bend");
            assertThat(setup.plainSpeech()).contains("Say ready when you're in position.");
            Turn slower = say(speaker, "slower");
            assertThat(slower.plainSpeech()).contains("That starts with the next set.");
            Turn reps = say(speaker, "ready");
            assertThat(where(reps)).isEqualTo("quadruped-sidebend LEFT 1");
            assertThat(reps.plainSpeech()).contains("with me.");
            assertThat(reps.speech()).doesNotContain("prosody");
            assertThat(where(say(speaker, "next"))).isEqualTo("quadruped-sidebend LEFT 2");
            Turn nextReps = say(speaker, "ready");
            assertThat(nextReps.speech()).contains("<prosody rate=\"85%\">");
        }
    }

    @Nested
    class QuickVersion {

        @Test
        void the_quick_version_says_its_length_and_does_one_set_of_each_stretch_on_each_side() {
            // ("I only have five minutes" asks for a plan that fits five minutes now: TimeBudgetIntent.)
            Turn first = say(speaker, "ask back stretches for the short version");
            assertThat(first.intent()).isEqualTo("QuickRoutineIntent");
            Matcher m = Pattern.compile("Here's the quick version: one set of each stretch, about (\\w+) minutes\\.").matcher(first.plainSpeech());
            assertThat(m.find()).as(first.plainSpeech()).isTrue();
            assertThat(first.plainSpeech()).doesNotContain("of three");
            java.util.List<String> sets = new java.util.ArrayList<>();
            sets.add(where(first));
            Turn turn = first;
            for (int i = 0; turn.sessionOpen() && i < 40; i++) {
                turn = say(speaker, "next");
                if (turn.sessionOpen() && !sets.get(sets.size() - 1).equals(where(turn))) {
                    sets.add(where(turn));
                }
            }
            assertThat(sets).containsExactly("prone-extension NONE 1", "wag-tail NONE 1", "quadruped-sidebend LEFT 1",
                    "quadruped-sidebend RIGHT 1", "quadruped-torso-rotation LEFT 1", "quadruped-torso-rotation RIGHT 1",
                    "half-pancake LEFT 1", "half-pancake RIGHT 1", "a-frame-to-squat NONE 1");
            assertThat(skill.stored().finishedOn()).containsExactly(LocalDate.parse("2026-11-23"));
        }

        @Test
        void a_paused_quick_version_resumes_as_the_quick_version() {
            say(speaker, "ask back stretches for a quick version");
            // Each new stretch waits for "ready" after its setup: two turns for each of the first two stretches.
            say(speaker, "next");
            say(speaker, "next");
            say(speaker, "next");
            assertThat(where(say(speaker, "next"))).isEqualTo("quadruped-sidebend LEFT 1");
            say(speaker, "pause");
            assertThat(skill.stored().position().length()).isEqualTo(RoutineLength.QUICK);
            nextDay();
            Turn resumed = say(speaker, "ask back stretches to resume");
            assertThat(where(resumed)).isEqualTo("quadruped-sidebend LEFT 1");
            Turn next = say(speaker, "next");
            if (where(next).equals("quadruped-sidebend LEFT 1")) {
                next = say(speaker, "next");
            }
            assertThat(where(next)).isEqualTo("quadruped-sidebend RIGHT 1");
        }

        @Test
        void starting_the_routine_again_is_the_whole_routine() {
            say(speaker, "ask back stretches for a quick version");
            say(speaker, "stop");
            say(speaker, "ask back stretches to start my back stretches");
            Turn start = say(speaker, "start over");
            assertThat(where(start)).isEqualTo("prone-extension NONE 1");
            say(speaker, "start my back stretches");
            assertThat(skill.stored().position().length()).isEqualTo(RoutineLength.FULL);
        }
    }

    @Nested
    class Reminders {

        private final AlexaClient granted = skill.device("amzn1.ask.device.KITCHEN", alexaApi.endpoint(), Set.of(REMINDERS));

        private JsonNode onlyReminder() {
            assertThat(alexaApi.reminders()).hasSize(1);
            return alexaApi.reminders().values().iterator().next();
        }

        @Test
        void a_daily_reminder_is_confirmed_then_set_at_that_time_in_the_users_zone() {
            say(granted, "open back stretches");
            Turn confirm = say(granted, "remind me every day at 7 am");
            assertThat(confirm.plainSpeech()).isEqualTo("Shall I remind you to stretch every day at seven a.m.?");
            assertThat(alexaApi.reminders()).isEmpty();
            Turn done = say(granted, "yes");
            assertThat(done.plainSpeech()).startsWith("Done. I'll remind you every day at seven a.m.");
            assertThat(done.sessionOpen()).isTrue();
            JsonNode body = onlyReminder();
            assertThat(body.path("trigger").path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
            assertThat(body.path("trigger").path("timeZoneId").asText()).isEqualTo("America/New_York");
            assertThat(body.path("trigger").path("recurrence").path("recurrenceRules").get(0).asText())
                    .contains("FREQ=DAILY", "BYHOUR=7", "BYMINUTE=0");
        }

        @Test
        void asking_again_moves_the_one_reminder_rather_than_adding_another() {
            say(granted, "ask back stretches to remind me every day at 7 am");
            say(granted, "yes");
            say(granted, "remind me at seven thirty pm");
            Turn moved = say(granted, "yes");
            assertThat(moved.plainSpeech()).contains("I've moved your daily reminder to seven thirty p.m.");
            assertThat(onlyReminder().path("trigger").path("recurrence").path("recurrenceRules").get(0).asText())
                    .contains("BYHOUR=19", "BYMINUTE=30");
        }

        @Test
        void no_to_the_confirmation_sets_nothing() {
            say(granted, "ask back stretches to remind me every day at 7 am");
            Turn no = say(granted, "no");
            assertThat(no.plainSpeech()).contains("Okay, no reminder.");
            assertThat(alexaApi.requests()).noneMatch(r -> r.path().contains("reminders"));
        }

        @Test
        void without_the_permission_alexa_is_asked_to_get_it_by_voice_and_the_reminder_follows_a_yes() {
            say(speaker, "ask back stretches to remind me every day at 7 am");
            Turn ask = say(speaker, "yes");
            assertThat(ask.plainSpeech()).contains("I need your permission to set reminders");
            assertThat(ask.shouldEndSession()).contains(true);
            assertThat(ask.asksForConsent()).isTrue();
            JsonNode directive = ask.directives().get(0);
            assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
            assertThat(directive.path("name").asText()).isEqualTo("AskFor");
            assertThat(directive.path("payload").path("permissionScopes").get(0).path("permissionScope").asText()).isEqualTo(REMINDERS);
            assertThat(alexaApi.reminders()).isEmpty();

            Turn done = speaker.answerConsent("ACCEPTED");
            ResponseChecks.assertLikeAlexa(done.raw());
            assertThat(done.plainSpeech()).startsWith("Done. I'll remind you every day at seven a.m.");
            assertThat(done.sessionOpen()).isTrue();
            assertThat(onlyReminder()).isNotNull();
        }

        @Test
        void a_no_to_the_permission_explains_and_leaves_a_card_in_the_alexa_app() {
            say(speaker, "ask back stretches to remind me every day at 7 am");
            say(speaker, "yes");
            Turn denied = speaker.answerConsent("DENIED");
            ResponseChecks.assertLikeAlexa(denied.raw());
            assertThat(denied.plainSpeech()).contains("Without permission to set reminders");
            JsonNode card = denied.raw().path("response").path("card");
            assertThat(card.path("type").asText()).isEqualTo("AskForPermissionsConsent");
            assertThat(card.path("permissions").get(0).asText()).isEqualTo(REMINDERS);
            assertThat(denied.sessionOpen()).isTrue();
            assertThat(alexaApi.reminders()).isEmpty();
        }

        @Test
        void a_permission_taken_back_since_alexa_listed_it_is_asked_for_again() {
            alexaApi.remindersStatus(403);
            say(granted, "ask back stretches to remind me every day at 7 am");
            Turn ask = say(granted, "yes");
            assertThat(ask.asksForConsent()).isTrue();
        }

        @Test
        void a_failing_reminders_service_gets_an_apology_and_the_session_carries_on() {
            alexaApi.remindersStatus(500);
            say(granted, "ask back stretches to remind me every day at 7 am");
            Turn failed = say(granted, "yes");
            assertThat(failed.plainSpeech()).contains("Sorry, I couldn't set the reminder just now");
            assertThat(failed.sessionOpen()).isTrue();
            assertThat(where(say(granted, "start my back stretches"))).isEqualTo("prone-extension NONE 1");
        }

        @Test
        void no_answer_from_the_reminders_service_in_3_5_seconds_is_said_plainly_and_the_session_goes_on() {
            say(granted, "ask back stretches to remind me every day at 7 am");
            // Every answer a byte every 300 ms: the deployed HTTP timeouts never fire, only the skill's own patience.
            alexaApi.trickle(Duration.ofMillis(300));
            long started = System.nanoTime();
            Turn failed = say(granted, "yes");
            Duration took = since(started);
            assertThat(failed.plainSpeech()).contains("Sorry, I couldn't set the reminder just now");
            assertThat(failed.sessionOpen()).isTrue();
            // 3.5 s of waiting plus the request itself; the request's own 4.5 s deadline would fail this.
            assertThat(took).as("the answer while the reminders service says nothing").isLessThan(Duration.ofMillis(4400));
            alexaApi.trickle(Duration.ZERO);
            assertThat(alexaApi.reminders()).as("nothing set in the meantime").isEmpty();
        }

        @Test
        void no_time_or_a_part_of_the_day_gets_asked_for_an_exact_time() {
            Turn what = say(granted, "ask back stretches to remind me every day");
            assertThat(what.plainSpeech()).contains("What time should it be?");
            Turn vague = say(granted, "remind me at night");
            assertThat(vague.plainSpeech()).contains("I need an exact time");
            Turn confirm = say(granted, "seven thirty pm");
            assertThat(confirm.plainSpeech()).contains("every day at seven thirty p.m.?");
            say(granted, "yes");
            assertThat(onlyReminder().path("trigger").path("recurrence").path("recurrenceRules").get(0).asText()).contains("BYHOUR=19");
        }
    }
}
