package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.alexa.AlexaApiException;
import com.backstretches.alexa.ApiAccess;
import com.backstretches.alexa.DailyReminder;
import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalAlexaApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ApiAccess ACCESS = new ApiAccess(Envelopes.API_ENDPOINT, "local-console-api-access-token");

    private final LocalAlexaApi api = new LocalAlexaApi(LONDON);

    private static DailyReminder at(int hour, int minute) {
        return new DailyReminder(LocalTime.of(hour, minute), LONDON, LocalDateTime.of(2024, 3, 1, 9, 30), "en-US",
                "Time for your back stretches.");
    }

    @Test
    void the_time_zone_is_the_one_given_whatever_the_device() {
        assertThat(api.timeZone(ACCESS, "amzn1.ask.device.ONE")).isEqualTo(LONDON);
        assertThat(api.timeZone(ACCESS, "amzn1.ask.device.TWO")).isEqualTo(LONDON);
        assertThat(api.zone()).isEqualTo(LONDON);
        assertThatThrownBy(() -> api.timeZone(ACCESS, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void there_are_no_reminders_until_one_is_created_and_each_gets_a_new_token() {
        assertThat(api.reminderTokens(ACCESS)).isEmpty();
        assertThat(api.reminders()).isEmpty();

        String first = api.createDailyReminder(ACCESS, at(7, 0));
        String second = api.createDailyReminder(ACCESS, at(19, 30));
        assertThat(first).isEqualTo("local-reminder-1");
        assertThat(second).isEqualTo("local-reminder-2");
        assertThat(api.reminderTokens(ACCESS)).containsExactly(first, second);
        assertThat(api.reminders()).containsEntry(first, at(7, 0)).containsEntry(second, at(19, 30));
    }

    @Test
    void update_replaces_the_reminder_under_the_same_token() {
        String token = api.createDailyReminder(ACCESS, at(7, 0));
        api.updateDailyReminder(ACCESS, token, at(8, 15));
        assertThat(api.reminders()).containsExactly(java.util.Map.entry(token, at(8, 15)));
        assertThat(api.reminderTokens(ACCESS)).containsExactly(token);
    }

    @Test
    void updating_an_unknown_reminder_fails_as_alexas_404_reaches_the_skill() {
        assertThatThrownBy(() -> api.updateDailyReminder(ACCESS, "local-reminder-9", at(7, 0)))
                .isInstanceOfSatisfying(AlexaApiException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AlexaApiException.Reason.UNAVAILABLE);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.operation()).isEqualTo("reminders.update");
                });
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void delete_removes_the_reminder_and_one_already_gone_is_not_an_error() {
        String token = api.createDailyReminder(ACCESS, at(7, 0));
        api.deleteReminder(ACCESS, token);
        api.deleteReminder(ACCESS, token);
        assertThat(api.reminders()).isEmpty();
        assertThat(api.reminderTokens(ACCESS)).isEmpty();
        // Tokens are never reused, as Alexa's are not.
        assertThat(api.createDailyReminder(ACCESS, at(7, 0))).isEqualTo("local-reminder-2");
    }

    @Test
    void the_reminders_map_is_a_snapshot_that_cannot_be_changed_from_outside() {
        api.createDailyReminder(ACCESS, at(7, 0));
        var snapshot = api.reminders();
        api.createDailyReminder(ACCESS, at(8, 0));
        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void each_change_is_told_once_as_a_line_for_the_console() {
        String token = api.createDailyReminder(ACCESS, at(7, 0));
        assertThat(api.takeChanges()).containsExactly("reminder set in the Alexa app: every day at 07:00, Europe/London");
        assertThat(api.takeChanges()).isEmpty();

        api.updateDailyReminder(ACCESS, token, at(8, 30));
        api.deleteReminder(ACCESS, token);
        api.deleteReminder(ACCESS, token);
        api.reminderTokens(ACCESS);
        assertThat(api.takeChanges()).containsExactly(
                "reminder changed in the Alexa app: every day at 08:30, Europe/London",
                "reminder deleted in the Alexa app");
    }

    @Test
    void every_call_needs_the_requests_api_access() {
        assertThatThrownBy(() -> api.reminderTokens(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> api.createDailyReminder(null, at(7, 0))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> api.timeZone(null, "amzn1.ask.device.ONE")).isInstanceOf(NullPointerException.class);
    }

    /** The console's whole path: the real skill, the skill's own model, consent by voice, this stand-in. */
    @Test
    void the_skill_sets_its_daily_reminder_here_once_the_user_approves_alexas_question() {
        Routine routine = RoutineLoader.standard();
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T09:30:00Z"), ZoneOffset.UTC);
        String skillId = "amzn1.ask.skill.00000000-0000-0000-0000-00000000000a";
        BackStretchesHandler handler = new BackStretchesHandler(new InMemoryProfileStore(), clock, routine,
                Optional.of(skillId), api);
        AlexaClient alexa = new AlexaClient(handler, InteractionModel.load(UtteranceMatcherTest.REAL_MODEL),
                new Envelopes(skillId, "amzn1.ask.account.LOCALAPI", "amzn1.ask.device.LOCALAPI", clock));

        alexa.say("open back stretches");
        assertThat(alexa.say("remind me every day at 7 am").plainSpeech()).contains("every day at seven a.m.?");
        Turn asked = alexa.say("yes");
        assertThat(asked.asksForConsent()).isTrue();
        assertThat(alexa.consentPending()).contains("daily-reminder@07:00");
        assertThat(api.reminders()).isEmpty();

        Turn done = alexa.say("I approve");
        assertThat(done.plainSpeech()).contains("I'll remind you every day at seven a.m.");
        assertThat(api.reminders()).hasSize(1);
        DailyReminder reminder = api.reminders().values().iterator().next();
        assertThat(reminder.time()).isEqualTo(LocalTime.of(7, 0));
        assertThat(reminder.zone()).isEqualTo(LONDON);
        assertThat(reminder.locale()).isEqualTo("en-US");
        assertThat(reminder.requestTime()).isEqualTo(LocalDateTime.of(2024, 3, 1, 9, 30));
        assertThat(api.takeChanges()).containsExactly("reminder set in the Alexa app: every day at 07:00, Europe/London");

        // Granted now, a new time moves the one reminder rather than asking again or adding another.
        alexa.say("remind me every day at 8 am");
        Turn moved = alexa.say("yes");
        assertThat(moved.asksForConsent()).isFalse();
        assertThat(api.reminders().values()).extracting(DailyReminder::time).containsExactly(LocalTime.of(8, 0));
        assertThat(List.copyOf(api.reminders().keySet())).containsExactly("local-reminder-1");
    }
}
