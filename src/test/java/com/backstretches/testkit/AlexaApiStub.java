package com.backstretches.testkit;

import com.backstretches.alexa.ApiAccess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Alexa settings and reminders APIs on 127.0.0.1 (never any other interface),
 * for tests that point an envelope's {@code apiEndpoint} at {@link #endpoint()}.
 *
 * <p>It answers the time zone it is given, keeps the reminders it is sent in memory (create returns
 * a new token, list returns them, update replaces, delete removes), records every request, and can
 * be told to refuse (401/403), fail (500, 429), answer slowly, or send its answers a byte at a time
 * (which no socket timeout ends, as a stalled connection can behave). A request without
 * {@code Authorization: Bearer <token>} is answered 401, as Alexa does.
 */
public final class AlexaApiStub implements AutoCloseable {

    /** One request as received: {@code path} is the raw path (still percent-encoded); {@code body} is null when there was none or it was not JSON. */
    public record Request(String method, String path, String authorization, String accept, String contentType, JsonNode body) {}

    public static final String DEFAULT_TIME_ZONE = "America/New_York";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME_ZONE_SUFFIX = "/settings/System.timeZone";
    private static final String DEVICES = "/v2/devices/";
    private static final String REMINDERS = "/v1/alerts/reminders";

    static {
        // The JDK server writes headers and body apart; without TCP_NODELAY each answer waits ~40 ms
        // for a delayed ACK. Read once, when the first HttpServer starts in this JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> reminders = new LinkedHashMap<>();
    private volatile String timeZoneBody = quoted(DEFAULT_TIME_ZONE);
    private volatile int timeZoneStatus = 200;
    private volatile int remindersStatus = 0;
    private volatile String remindersRawBody;
    private volatile Duration delay = Duration.ZERO;
    private volatile Duration trickle = Duration.ZERO;
    private volatile String expectedToken;

    private AlexaApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        // A thread per exchange, so one delayed answer does not hold back the others.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "alexa-api-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static AlexaApiStub start() {
        try {
            return new AlexaApiStub();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the Alexa API stub", e);
        }
    }

    /** "http://127.0.0.1:PORT", as Alexa's apiEndpoint would be "https://api.amazonalexa.com". */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Access to this stub with the given token. */
    public ApiAccess access(String token) {
        return new ApiAccess(endpoint(), token);
    }

    /** What the settings API answers for every device (a JSON string of this id; it need not be a valid zone). */
    public AlexaApiStub timeZone(String zoneId) {
        this.timeZoneBody = quoted(zoneId);
        return this;
    }

    /** The settings API answers this body as it is, e.g. something that is not JSON. */
    public AlexaApiStub timeZoneRawBody(String body) {
        this.timeZoneBody = body;
        return this;
    }

    /** The settings API answers with this status (200 again for the zone). */
    public AlexaApiStub timeZoneStatus(int status) {
        this.timeZoneStatus = status;
        return this;
    }

    /** Every reminders call answers with this status and changes nothing; 0 (or any 2xx) restores normal answers. */
    public AlexaApiStub remindersStatus(int status) {
        this.remindersStatus = status >= 200 && status < 300 ? 0 : status;
        return this;
    }

    /** Every reminders call answers 200 with this body as it is (e.g. an alert without a token); null restores normal answers. */
    public AlexaApiStub remindersRawBody(String body) {
        this.remindersRawBody = body;
        return this;
    }

    /** Every answer is held back this long. */
    public AlexaApiStub delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    /**
     * Every answer's headers come at once, then its body one byte at a time with this pause between
     * bytes: each read gets something well within a client's read timeout, so only a deadline of the
     * client's own ends the wait. Duration.ZERO restores whole answers.
     */
    public AlexaApiStub trickle(Duration pausePerByte) {
        this.trickle = pausePerByte;
        return this;
    }

    /** Only {@code Bearer <token>} is accepted; null accepts any non-empty bearer token (the default). */
    public AlexaApiStub expectToken(String token) {
        this.expectedToken = token;
        return this;
    }

    /** A reminder the user already has, as if created earlier; returns its token. */
    public String addReminder(JsonNode body) {
        String token = newToken();
        synchronized (reminders) {
            reminders.put(token, body.deepCopy());
        }
        return token;
    }

    /** The reminders held now: token -> the JSON body last received for it, in creation order. */
    public Map<String, JsonNode> reminders() {
        synchronized (reminders) {
            Map<String, JsonNode> copy = new LinkedHashMap<>();
            reminders.forEach((token, body) -> copy.put(token, body.deepCopy()));
            return copy;
        }
    }

    /** Every request received so far, in order, including refused ones. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts answers still being held back by delay().
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            JsonNode body = parse(exchange.getRequestBody());
            requests.add(new Request(method, path, authorization, exchange.getRequestHeaders().getFirst("Accept"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (!hold()) {
                return;
            }
            Answer answer = authorized(authorization) ? route(method, path, body) : new Answer(401, error("UNAUTHORIZED"));
            byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            Duration pause = trickle;
            if (!pause.isZero() && bytes.length > 0) {
                exchange.sendResponseHeaders(answer.status, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (byte b : bytes) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(pause.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The client went away (a timeout on its side): nothing to answer.
        }
    }

    private boolean hold() {
        Duration d = delay;
        if (d.isZero() || d.isNegative()) {
            return true;
        }
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String token = authorization.substring("Bearer ".length());
        String expected = expectedToken;
        return expected == null ? !token.isBlank() : expected.equals(token);
    }

    private Answer route(String method, String path, JsonNode body) {
        if (path.startsWith(DEVICES) && path.endsWith(TIME_ZONE_SUFFIX) && path.length() > DEVICES.length() + TIME_ZONE_SUFFIX.length()) {
            if (!method.equals("GET")) {
                return new Answer(405, error("METHOD_NOT_ALLOWED"));
            }
            int status = timeZoneStatus;
            return status == 200 ? new Answer(200, timeZoneBody) : new Answer(status, error("REFUSED"));
        }
        if (path.equals(REMINDERS) || path.startsWith(REMINDERS + "/")) {
            int forced = remindersStatus;
            if (forced != 0) {
                return new Answer(forced, error("REFUSED"));
            }
            String raw = remindersRawBody;
            if (raw != null) {
                return new Answer(200, raw);
            }
            String token = path.length() > REMINDERS.length() + 1 ? path.substring(REMINDERS.length() + 1) : null;
            synchronized (reminders) {
                return token == null ? collection(method, body) : one(method, token, body);
            }
        }
        return new Answer(404, error("NOT_FOUND"));
    }

    private Answer collection(String method, JsonNode body) {
        switch (method) {
            case "GET": {
                ObjectNode list = JSON.createObjectNode();
                list.put("totalCount", String.valueOf(reminders.size()));
                ArrayNode alerts = list.putArray("alerts");
                reminders.forEach((token, reminder) -> alerts.add(stored(token, reminder)));
                list.putNull("links");
                return new Answer(200, list.toString());
            }
            case "POST": {
                if (body == null || !body.isObject()) {
                    return new Answer(400, error("INVALID_REQUEST"));
                }
                String token = newToken();
                reminders.put(token, body.deepCopy());
                return new Answer(200, created(token).toString());
            }
            default:
                return new Answer(405, error("METHOD_NOT_ALLOWED"));
        }
    }

    private Answer one(String method, String token, JsonNode body) {
        switch (method) {
            case "GET":
                return reminders.containsKey(token) ? new Answer(200, stored(token, reminders.get(token)).toString()) : new Answer(404, error("NOT_FOUND"));
            case "PUT":
                if (!reminders.containsKey(token)) {
                    return new Answer(404, error("NOT_FOUND"));
                }
                if (body == null || !body.isObject()) {
                    return new Answer(400, error("INVALID_REQUEST"));
                }
                reminders.put(token, body.deepCopy());
                return new Answer(200, created(token).toString());
            case "DELETE":
                return reminders.remove(token) != null ? new Answer(200, "") : new Answer(404, error("NOT_FOUND"));
            default:
                return new Answer(405, error("METHOD_NOT_ALLOWED"));
        }
    }

    private static ObjectNode stored(String token, JsonNode reminder) {
        ObjectNode alert = reminder.isObject() ? ((ObjectNode) reminder).deepCopy() : JSON.createObjectNode();
        alert.put("alertToken", token);
        alert.put("status", "ON");
        alert.put("version", "1");
        return alert;
    }

    private static ObjectNode created(String token) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("alertToken", token);
        answer.put("status", "ON");
        answer.put("version", "1");
        answer.put("href", REMINDERS + "/" + token);
        return answer;
    }

    private static JsonNode parse(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String error(String code) {
        return JSON.createObjectNode().put("code", code).put("message", code.toLowerCase(Locale.ROOT).replace('_', ' ')).toString();
    }

    private static String quoted(String value) {
        return JSON.getNodeFactory().textNode(value).toString();
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    private record Answer(int status, String body) {}
}
