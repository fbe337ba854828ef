package com.backstretches.alexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.backstretches.alexa.AlexaApiException.Reason;
import com.backstretches.testkit.AlexaApiStub;
import com.backstretches.testkit.AlexaApiStub.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAlexaApiTest {

    private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token-4711";
    private static final String DEVICE = "amzn1.ask.device.AEXAMPLE/with space+plus";
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDateTime MORNING = LocalDateTime.of(2025, 3, 10, 6, 15, 30, 123_000_000);

    private final AlexaApiStub stub = AlexaApiStub.start();
    private final AlexaApi api = new HttpAlexaApi();
    private final ApiAccess access = stub.access(TOKEN);

    @AfterEach
    void close() {
        stub.close();
    }

    // --- settings: the time zone

    @Test
    void the_time_zone_is_read_from_the_device_settings() {
        stub.timeZone("America/Los_Angeles");

        assertThat(api.timeZone(access, DEVICE)).isEqualTo(LOS_ANGELES);

        Request request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v2/devices/amzn1.ask.device.AEXAMPLE%2Fwith%20space%2Bplus/settings/System.timeZone");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(request.accept()).isEqualTo("application/json");
        assertThat(request.body()).isNull();
    }

    @Test
    void a_trailing_slash_on_the_endpoint_is_not_doubled() {
        api.timeZone(new ApiAccess(stub.endpoint() + "/", TOKEN), "device-1");

        assertThat(stub.requests().get(0).path()).isEqualTo("/v2/devices/device-1/settings/System.timeZone");
    }

    @Test
    void a_time_zone_that_does_not_exist_is_a_bad_answer() {
        stub.timeZone("Mars/Olympus_Mons");

        AlexaApiException e = failure(() -> api.timeZone(access, DEVICE));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.operation()).isEqualTo("settings.timeZone");
        assertThat(e.getMessage()).isEqualTo("settings.timeZone: HTTP 200, unreadable answer (ZoneRulesException)");
        assertThat(e.getCause()).hasMessage("java.time.zone.ZoneRulesException");
        assertThat(everythingSaid(e)).doesNotContain("Olympus");
    }

    @Test
    void a_time_zone_answer_that_is_not_json_is_a_bad_answer() {
        stub.timeZoneRawBody("<html>Mars/Olympus_Mons</html>");

        AlexaApiException e = failure(() -> api.timeZone(access, DEVICE));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(everythingSaid(e)).doesNotContain("Olympus").doesNotContain("html");
    }

    @Test
    void a_time_zone_answer_that_is_not_a_string_is_a_bad_answer() {
        stub.timeZoneRawBody("{\"zone\":\"America/Los_Angeles\"}");

        assertThat(failure(() -> api.timeZone(access, DEVICE)).reason()).isEqualTo(Reason.BAD_ANSWER);
    }

    @Test
    void a_time_zone_the_user_has_not_shared_means_no_permission() {
        stub.timeZoneStatus(403);

        AlexaApiException e = failure(() -> api.timeZone(access, DEVICE));

        assertThat(e.reason()).isEqualTo(Reason.NO_PERMISSION);
        assertThat(e.getMessage()).isEqualTo("settings.timeZone: HTTP 403");
    }

    // --- reminders

    @Test
    void creating_a_reminder_sends_the_documented_daily_body_and_returns_its_token() {
        DailyReminder reminder = new DailyReminder(LocalTime.of(19, 30), LOS_ANGELES, MORNING, "en-US", "Time for your back stretches.");

        String token = api.createDailyReminder(access, reminder);

        assertThat(token).isNotBlank();
        Request request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/alerts/reminders");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(request.accept()).isEqualTo("application/json");
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = request.body();
        assertThat(body.path("requestTime").asText()).isEqualTo("2025-03-10T06:15:30.123");
        JsonNode trigger = body.path("trigger");
        assertThat(trigger.path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("America/Los_Angeles");
        assertThat(trigger.has("scheduledTime")).isFalse();
        assertThat(trigger.path("recurrence").path("startDateTime").asText()).isEqualTo("2025-03-10T19:30:00.000");
        assertThat(rules(body)).containsExactly("FREQ=DAILY;BYHOUR=19;BYMINUTE=30;BYSECOND=0;INTERVAL=1;");
        JsonNode content = body.path("alertInfo").path("spokenInfo").path("content");
        assertThat(content).hasSize(1);
        assertThat(content.get(0).path("locale").asText()).isEqualTo("en-US");
        assertThat(content.get(0).path("text").asText()).isEqualTo("Time for your back stretches.");
        assertThat(body.path("pushNotification").path("status").asText()).isEqualTo("ENABLED");
        assertThat(stub.reminders()).containsOnlyKeys(token);
        assertThat(stub.reminders().get(token)).isEqualTo(body);
    }

    @Test
    void a_reminder_time_already_past_today_starts_tomorrow() {
        DailyReminder reminder = new DailyReminder(LocalTime.of(6, 0), LOS_ANGELES, MORNING, "en-US", "Stretch.");

        api.createDailyReminder(access, reminder);

        assertThat(stub.requests().get(0).body().path("trigger").path("recurrence").path("startDateTime").asText())
                .isEqualTo("2025-03-11T06:00:00.000");
    }

    @Test
    void reminders_can_be_listed_updated_and_deleted() {
        String first = api.createDailyReminder(access, reminder(LocalTime.of(7, 0), "Morning stretch."));
        String second = api.createDailyReminder(access, reminder(LocalTime.of(19, 30), "Evening stretch."));

        assertThat(api.reminderTokens(access)).containsExactly(first, second);

        api.updateDailyReminder(access, first, reminder(LocalTime.of(8, 15), "Later morning stretch."));
        JsonNode updated = stub.reminders().get(first);
        assertThat(rules(updated)).containsExactly("FREQ=DAILY;BYHOUR=8;BYMINUTE=15;BYSECOND=0;INTERVAL=1;");
        assertThat(updated.path("alertInfo").path("spokenInfo").path("content").get(0).path("text").asText()).isEqualTo("Later morning stretch.");
        Request put = last();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/v1/alerts/reminders/" + first);
        assertThat(put.contentType()).isEqualTo("application/json");

        api.deleteReminder(access, second);
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(stub.reminders()).containsOnlyKeys(first);
        assertThat(api.reminderTokens(access)).containsExactly(first);
    }

    @Test
    void the_list_is_empty_when_the_user_has_no_reminders() {
        assertThat(api.reminderTokens(access)).isEmpty();
    }

    @Test
    void a_created_reminder_without_a_token_in_the_answer_is_a_bad_answer() {
        stub.remindersRawBody("{\"status\":\"ON\"}");

        AlexaApiException e = failure(() -> api.createDailyReminder(access, reminder(LocalTime.of(7, 0), "Stretch.")));

        assertThat(e.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.getMessage()).isEqualTo("reminders.create: HTTP 200, unreadable answer");
    }

    @Test
    void a_list_with_an_alert_without_a_token_is_a_bad_answer() {
        stub.remindersRawBody("{\"totalCount\":\"2\",\"alerts\":[{\"alertToken\":\"a\"},{\"status\":\"ON\"}]}");

        assertThat(failure(() -> api.reminderTokens(access)).reason()).isEqualTo(Reason.BAD_ANSWER);
    }

    @Test
    void a_list_that_is_not_json_is_a_bad_answer() {
        stub.remindersRawBody("alerts: none");

        assertThat(failure(() -> api.reminderTokens(access)).reason()).isEqualTo(Reason.BAD_ANSWER);
    }

    @Test
    void reminders_the_user_already_had_are_listed() {
        String earlier = stub.addReminder(HttpAlexaApi.reminderBody(reminder(LocalTime.of(7, 0), "Stretch.")));

        assertThat(api.reminderTokens(access)).containsExactly(earlier);
    }

    @Test
    void deleting_a_reminder_that_is_already_gone_is_not_an_error() {
        String token = api.createDailyReminder(access, reminder(LocalTime.of(7, 0), "Stretch."));
        api.deleteReminder(access, token);

        api.deleteReminder(access, token);

        assertThat(stub.reminders()).isEmpty();
    }

    // --- failures

    @Test
    void an_unauthorized_answer_means_no_permission() {
        stub.remindersStatus(401);

        AlexaApiException e = failure(() -> api.reminderTokens(access));

        assertThat(e.reason()).isEqualTo(Reason.NO_PERMISSION);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("reminders.list: HTTP 401");
    }

    @Test
    void a_forbidden_answer_means_no_permission() {
        stub.remindersStatus(403);

        AlexaApiException e = failure(() -> api.createDailyReminder(access, reminder(LocalTime.of(7, 0), "Stretch.")));

        assertThat(e.reason()).isEqualTo(Reason.NO_PERMISSION);
        assertThat(e.getMessage()).isEqualTo("reminders.create: HTTP 403");
        assertThat(stub.reminders()).isEmpty();
    }

    @Test
    void a_token_alexa_does_not_accept_means_no_permission() {
        stub.expectToken("the-right-token");

        AlexaApiException e = failure(() -> api.reminderTokens(access));

        assertThat(e.reason()).isEqualTo(Reason.NO_PERMISSION);
        assertThat(e.status()).isEqualTo(401);
    }

    @Test
    void a_server_error_means_unavailable() {
        stub.remindersStatus(500);

        AlexaApiException e = failure(() -> api.updateDailyReminder(access, "some-token", reminder(LocalTime.of(7, 0), "Stretch.")));

        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).isEqualTo("reminders.update: HTTP 500");
    }

    @Test
    void throttling_means_unavailable() {
        stub.remindersStatus(429);

        assertThat(failure(() -> api.deleteReminder(access, "some-token")).reason()).isEqualTo(Reason.UNAVAILABLE);
    }

    @Test
    void updating_a_reminder_that_is_gone_means_unavailable() {
        AlexaApiException e = failure(() -> api.updateDailyReminder(access, "no-such-token", reminder(LocalTime.of(7, 0), "Stretch.")));

        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.status()).isEqualTo(404);
    }

    @Test
    void an_answer_slower_than_the_timeout_means_unavailable_soon_after_the_timeout() {
        stub.delay(Duration.ofSeconds(10));
        AlexaApi impatient = new HttpAlexaApi(Duration.ofMillis(300));
        long start = System.nanoTime();

        AlexaApiException e = failure(() -> impatient.reminderTokens(access));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.status()).isZero();
        assertThat(e.getMessage()).isEqualTo("reminders.list: SocketTimeoutException");
    }

    @Test
    void a_closed_port_means_unavailable() throws IOException {
        // A socket bound but not listening holds the port, so nothing else can start listening there
        // mid-test, and a connection to it is refused.
        try (Socket holder = new Socket()) {
            holder.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            ApiAccess nowhere = new ApiAccess("http://127.0.0.1:" + holder.getLocalPort(), TOKEN);

            AlexaApiException e = failure(() -> api.timeZone(nowhere, DEVICE));

            assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
            assertThat(e.status()).isZero();
            assertThat(e.getMessage()).isEqualTo("settings.timeZone: ConnectException");
        }
    }

    @Test
    void no_failure_ever_mentions_the_token_the_device_or_the_answer() {
        List<AlexaApiException> failures = new ArrayList<>();
        stub.remindersStatus(401);
        failures.add(failure(() -> api.reminderTokens(access)));
        stub.remindersStatus(500);
        failures.add(failure(() -> api.createDailyReminder(access, reminder(LocalTime.of(7, 0), "Stretch."))));
        stub.timeZoneRawBody("{\"broken\": " + TOKEN);
        failures.add(failure(() -> api.timeZone(access, DEVICE)));
        stub.timeZoneStatus(403);
        failures.add(failure(() -> api.timeZone(access, DEVICE)));
        stub.remindersStatus(0).delay(Duration.ofSeconds(10));
        failures.add(failure(() -> new HttpAlexaApi(Duration.ofMillis(200)).deleteReminder(access, TOKEN)));
        failures.add(failure(() -> api.timeZone(new ApiAccess("http://127.0.0.1:1/" + TOKEN, TOKEN), DEVICE)));
        failures.add(failure(() -> api.timeZone(new ApiAccess("not a url " + TOKEN, TOKEN), DEVICE)));

        assertThat(failures).allSatisfy(e -> assertThat(everythingSaid(e))
                .doesNotContain(TOKEN).doesNotContain("secret").doesNotContain("AEXAMPLE").doesNotContain("broken"));
    }

    @Test
    void the_access_does_not_show_its_token() {
        assertThat(access.toString()).doesNotContain(TOKEN).contains(stub.endpoint());
    }

    @Test
    void access_needs_an_endpoint_and_a_token() {
        assertThatThrownBy(() -> new ApiAccess(" ", TOKEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiAccess("https://api.amazonalexa.com", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiAccess("https://api.amazonalexa.com/", TOKEN).endpoint()).isEqualTo("https://api.amazonalexa.com");
    }

    // --- the reminder body on its own

    @Test
    void a_seven_oclock_reminder_fires_every_day_at_seven_from_today() {
        ObjectNode body = HttpAlexaApi.reminderBody(new DailyReminder(LocalTime.of(7, 0), LOS_ANGELES, MORNING, "en-US", "Stretch."));

        assertThat(rules(body)).containsExactly("FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        assertThat(body.path("trigger").path("recurrence").path("startDateTime").asText()).isEqualTo("2025-03-10T07:00:00.000");
        assertThat(body.path("requestTime").asText()).isEqualTo("2025-03-10T06:15:30.123");
        assertThat(body.path("trigger").path("timeZoneId").asText()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void a_half_past_seven_in_the_evening_reminder_fires_at_nineteen_thirty() {
        ObjectNode body = HttpAlexaApi.reminderBody(new DailyReminder(LocalTime.of(19, 30), ZoneId.of("Europe/Berlin"), MORNING, "de-DE", "Zeit zum Dehnen."));

        assertThat(rules(body)).containsExactly("FREQ=DAILY;BYHOUR=19;BYMINUTE=30;BYSECOND=0;INTERVAL=1;");
        assertThat(body.path("trigger").path("recurrence").path("startDateTime").asText()).isEqualTo("2025-03-10T19:30:00.000");
        assertThat(body.path("trigger").path("timeZoneId").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.path("alertInfo").path("spokenInfo").path("content").get(0).path("locale").asText()).isEqualTo("de-DE");
    }

    @Test
    void a_time_earlier_than_the_request_rolls_to_tomorrow() {
        LocalDateTime newYearsEve = LocalDateTime.of(2025, 12, 31, 21, 0);

        ObjectNode body = HttpAlexaApi.reminderBody(new DailyReminder(LocalTime.of(7, 0), LOS_ANGELES, newYearsEve, "en-US", "Stretch."));

        assertThat(body.path("trigger").path("recurrence").path("startDateTime").asText()).isEqualTo("2026-01-01T07:00:00.000");
    }

    @Test
    void a_time_equal_to_the_request_starts_today() {
        LocalDateTime seven = LocalDateTime.of(2025, 3, 10, 7, 0);

        ObjectNode body = HttpAlexaApi.reminderBody(new DailyReminder(LocalTime.of(7, 0), LOS_ANGELES, seven, "en-US", "Stretch."));

        assertThat(body.path("trigger").path("recurrence").path("startDateTime").asText()).isEqualTo("2025-03-10T07:00:00.000");
    }

    @Test
    void the_body_carries_recurrence_but_no_scheduled_time() {
        ObjectNode body = HttpAlexaApi.reminderBody(reminder(LocalTime.of(7, 0), "Stretch."));

        assertThat(body.path("trigger").has("scheduledTime")).isFalse();
        assertThat(body.fieldNames()).toIterable().containsExactly("requestTime", "trigger", "alertInfo", "pushNotification");
    }

    // --- helpers

    private static DailyReminder reminder(LocalTime time, String text) {
        return new DailyReminder(time, LOS_ANGELES, MORNING, "en-US", text);
    }

    private static List<String> rules(JsonNode body) {
        List<String> rules = new ArrayList<>();
        body.path("trigger").path("recurrence").path("recurrenceRules").forEach(r -> rules.add(r.asText()));
        return rules;
    }

    private Request last() {
        List<Request> requests = stub.requests();
        return requests.get(requests.size() - 1);
    }

    private static AlexaApiException failure(Runnable call) {
        AlexaApiException e = catchThrowableOfType(AlexaApiException.class, call::run);
        assertThat(e).as("an AlexaApiException").isNotNull();
        return e;
    }

    /** The message, toString and stack trace of the exception and every cause: what a log line could show. */
    private static String everythingSaid(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
