package com.backstretches.alexa;

import com.backstretches.alexa.AlexaApiException.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Alexa settings and reminders APIs over plain {@link HttpURLConnection}: no SDK, one connection
 * per call, every call bounded by the timeout.
 */
public final class HttpAlexaApi implements AlexaApi {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);

    private static final ObjectMapper JSON = new ObjectMapper();
    // The Reminders API reads these as wall-clock times in trigger.timeZoneId: no offset, no zone.
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    // Far more than any answer these calls get; a larger one is not an answer we can use.
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final String REMINDERS = "/v1/alerts/reminders";

    private final int timeoutMillis;

    public HttpAlexaApi() {
        this(DEFAULT_TIMEOUT);
    }

    /** {@code timeout} is used as both the connect and the read timeout of every call. */
    public HttpAlexaApi(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            // Zero means "wait forever" to HttpURLConnection.
            throw new IllegalArgumentException("the timeout must be positive");
        }
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    @Override
    public ZoneId timeZone(ApiAccess access, String deviceId) {
        String op = "settings.timeZone";
        Answer answer = call(access, op, "GET", "/v2/devices/" + segment(deviceId, "deviceId") + "/settings/System.timeZone", null);
        JsonNode zone = answer.json(op);
        if (!zone.isTextual()) {
            throw answer.unreadable(op, null);
        }
        try {
            return ZoneId.of(zone.asText());
        } catch (DateTimeException e) {
            throw answer.unreadable(op, e);
        }
    }

    @Override
    public List<String> reminderTokens(ApiAccess access) {
        String op = "reminders.list";
        Answer answer = call(access, op, "GET", REMINDERS, null);
        JsonNode alerts = answer.json(op).path("alerts");
        if (alerts.isMissingNode() || alerts.isNull()) {
            return List.of();
        }
        if (!alerts.isArray()) {
            throw answer.unreadable(op, null);
        }
        // All or nothing: a list with a token we cannot read could make the skill add a duplicate.
        List<String> tokens = new ArrayList<>(alerts.size());
        for (JsonNode alert : alerts) {
            tokens.add(answer.alertToken(op, alert));
        }
        return List.copyOf(tokens);
    }

    @Override
    public String createDailyReminder(ApiAccess access, DailyReminder reminder) {
        String op = "reminders.create";
        Answer answer = call(access, op, "POST", REMINDERS, reminderBody(reminder));
        return answer.alertToken(op, answer.json(op));
    }

    @Override
    public void updateDailyReminder(ApiAccess access, String alertToken, DailyReminder reminder) {
        call(access, "reminders.update", "PUT", REMINDERS + "/" + segment(alertToken, "alertToken"), reminderBody(reminder));
    }

    @Override
    public void deleteReminder(ApiAccess access, String alertToken) {
        call(access, "reminders.delete", "DELETE", REMINDERS + "/" + segment(alertToken, "alertToken"), null, 404);
    }

    /**
     * The body of a daily recurring reminder, for create and update. The Reminders API reference says
     * that when trigger.recurrence carries startDateTime / recurrenceRules, the older freq, byDay and
     * scheduledTime are ignored; so scheduledTime is left out rather than sent as a second, unused
     * version of the time.
     */
    static ObjectNode reminderBody(DailyReminder r) {
        ObjectNode body = JSON.createObjectNode();
        body.put("requestTime", LOCAL_TIME.format(r.requestTime()));

        ObjectNode trigger = body.putObject("trigger");
        trigger.put("type", "SCHEDULED_ABSOLUTE");
        trigger.put("timeZoneId", r.zone().getId());
        ObjectNode recurrence = trigger.putObject("recurrence");
        recurrence.put("startDateTime", LOCAL_TIME.format(r.firstOccurrence()));
        recurrence.putArray("recurrenceRules").add("FREQ=DAILY;BYHOUR=" + r.time().getHour() + ";BYMINUTE=" + r.time().getMinute()
                + ";BYSECOND=" + r.time().getSecond() + ";INTERVAL=1;");

        ArrayNode content = body.putObject("alertInfo").putObject("spokenInfo").putArray("content");
        content.addObject().put("locale", r.locale()).put("text", r.text());

        body.putObject("pushNotification").put("status", "ENABLED");
        return body;
    }

    private Answer call(ApiAccess access, String op, String method, String path, JsonNode body, int... alsoFine) {
        Objects.requireNonNull(access, "access");
        byte[] payload = body == null ? null : bytes(body);
        HttpURLConnection http = null;
        try {
            URLConnection connection = URI.create(access.endpoint() + path).toURL().openConnection();
            if (!(connection instanceof HttpURLConnection)) {
                throw new AlexaApiException(Reason.UNAVAILABLE, op, 0, null);
            }
            http = (HttpURLConnection) connection;
            http.setRequestMethod(method);
            http.setConnectTimeout(timeoutMillis);
            http.setReadTimeout(timeoutMillis);
            http.setUseCaches(false);
            // A redirect would send the token on to wherever it points.
            http.setInstanceFollowRedirects(false);
            http.setRequestProperty("Authorization", "Bearer " + access.token());
            http.setRequestProperty("Accept", "application/json");
            if (payload != null) {
                http.setRequestProperty("Content-Type", "application/json");
                http.setDoOutput(true);
                // Streaming mode also stops the JDK from silently sending a POST again on a broken
                // connection, which could create the reminder twice.
                http.setFixedLengthStreamingMode(payload.length);
                try (OutputStream out = http.getOutputStream()) {
                    out.write(payload);
                }
            }
            int status = http.getResponseCode();
            if (status >= 200 && status < 300) {
                byte[] answer = read(http.getInputStream());
                if (answer == null) {
                    throw new AlexaApiException(Reason.BAD_ANSWER, op, status, null);
                }
                return new Answer(status, answer);
            }
            // Read and drop: the answer may quote the request; only the status is kept.
            drain(http.getErrorStream());
            for (int fine : alsoFine) {
                if (status == fine) {
                    return new Answer(status, new byte[0]);
                }
            }
            throw new AlexaApiException(status == 401 || status == 403 ? Reason.NO_PERMISSION : Reason.UNAVAILABLE, op, Math.max(status, 0), null);
        } catch (IOException | IllegalArgumentException e) {
            throw new AlexaApiException(Reason.UNAVAILABLE, op, 0, e);
        } finally {
            // A fresh connection per call: a socket kept idle between invocations (or across a
            // snapshot) may be dead when a POST, which is never retried, needs it.
            if (http != null) {
                http.disconnect();
            }
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reminder body could not be written", e);
        }
    }

    /** The whole body, or null when it is larger than any answer we can use. */
    private static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static void drain(InputStream in) {
        if (in == null) {
            return;
        }
        try (in) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1 && total < MAX_BODY_BYTES; ) {
                total += n;
            }
        } catch (IOException ignored) {
            // The status is already known; the error body was only read to free the connection.
        }
    }

    private static String segment(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        // URLEncoder is for forms: its "+" for a space is a literal plus in a path.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A 2xx answer and its body. */
    private record Answer(int status, byte[] body) {

        JsonNode json(String op) {
            if (body.length == 0) {
                throw unreadable(op, null);
            }
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || node.isMissingNode()) {
                    throw unreadable(op, null);
                }
                return node;
            } catch (IOException e) {
                throw unreadable(op, e);
            }
        }

        String alertToken(String op, JsonNode alert) {
            JsonNode token = alert.path("alertToken");
            if (!token.isTextual() || token.asText().isBlank()) {
                throw unreadable(op, null);
            }
            return token.asText();
        }

        AlexaApiException unreadable(String op, Throwable cause) {
            return new AlexaApiException(Reason.BAD_ANSWER, op, status, cause);
        }
    }
}
