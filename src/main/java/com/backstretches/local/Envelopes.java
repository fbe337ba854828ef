package com.backstretches.local;

import com.backstretches.local.InteractionModel.Intent;
import com.backstretches.local.InteractionModel.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Request envelopes shaped like the ones Alexa posts to a skill (Request and Response JSON
 * Reference), built as plain JSON so the skill's real entry point parses them exactly as in
 * production. One instance stands for one user on one device of one skill.
 *
 * <p>The device is a speaker without a screen ({@code supportedInterfaces} is empty) unless
 * {@link #withScreen} names one. Timestamps are
 * whole seconds in UTC, as Alexa sends them.
 *
 * <p>Every request carries the device's locale: {@link #LOCALE} (en-US) unless {@link #withLocale}
 * (or a constructor) names another, such as de-DE or es-MX.
 *
 * <p>An instance is immutable: {@link #withApiEndpoint}, {@link #withPermissions} and
 * {@link #withLocale} give a copy that differs in that one respect, as the same user's requests do
 * once they have granted a permission.
 */
public final class Envelopes {

    public static final String API_ENDPOINT = "https://api.amazonalexa.com";
    /** The locale envelopes carry unless told otherwise. */
    public static final String LOCALE = "en-US";
    /** The permission a skill needs to read and write its reminders. */
    public static final String REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String skillId;
    private final String userId;
    private final String deviceId;
    private final Clock clock;
    private final String apiEndpoint;
    /** The permission scopes the user has granted, in the order given; empty: no permissions object. */
    private final Set<String> permissions;
    private final Optional<ScreenDevice> screen;
    private final String locale;

    /**
     * The session part of an envelope. {@code attributes} are the session attributes of the previous
     * response, or null when it had none; a new session never carries attributes.
     */
    public record Session(String sessionId, boolean isNew, JsonNode attributes) {

        public static Session startNew() {
            return new Session("amzn1.echo-api.session." + UUID.randomUUID(), true, null);
        }

        /** The same session on its next request, carrying what the last response set. */
        public Session next(JsonNode responseAttributes) {
            return new Session(sessionId, false, responseAttributes);
        }
    }

    public Envelopes(String skillId, String userId) {
        this(skillId, userId, "amzn1.ask.device.LOCAL" + Integer.toHexString(userId.hashCode()).toUpperCase(),
                Clock.systemUTC());
    }

    public Envelopes(String skillId, String userId, String deviceId, Clock clock) {
        this(skillId, userId, deviceId, clock, LOCALE);
    }

    /** Envelopes from a device set to {@code locale}, such as "de-DE". */
    public Envelopes(String skillId, String userId, String deviceId, Clock clock, String locale) {
        this(skillId, userId, deviceId, clock, API_ENDPOINT, Set.of(), Optional.empty(), checkedLocale(locale));
    }

    private Envelopes(String skillId, String userId, String deviceId, Clock clock, String apiEndpoint, Set<String> permissions,
            Optional<ScreenDevice> screen, String locale) {
        this.skillId = Objects.requireNonNull(skillId);
        this.userId = Objects.requireNonNull(userId);
        this.deviceId = Objects.requireNonNull(deviceId);
        this.clock = Objects.requireNonNull(clock);
        this.apiEndpoint = Objects.requireNonNull(apiEndpoint);
        this.permissions = permissions;
        this.screen = Objects.requireNonNull(screen);
        this.locale = Objects.requireNonNull(locale);
    }

    private static String checkedLocale(String locale) {
        if (locale == null || !locale.matches("[a-z]{2}-[A-Z]{2}")) {
            throw new IllegalArgumentException("a locale is a language and a country, such as en-US or de-DE; got " + locale);
        }
        return locale;
    }

    /** The same envelopes from a device set to {@code locale}, such as "de-DE" or "es-MX". */
    public Envelopes withLocale(String locale) {
        return new Envelopes(skillId, userId, deviceId, clock, apiEndpoint, permissions, screen, checkedLocale(locale));
    }

    /** The locale every request carries. */
    public String locale() {
        return locale;
    }

    /** The same envelopes from a device with this screen: its viewport, and APL among its interfaces. */
    public Envelopes withScreen(ScreenDevice device) {
        return new Envelopes(skillId, userId, deviceId, clock, apiEndpoint, permissions, Optional.of(device), locale);
    }

    public Optional<ScreenDevice> screen() {
        return screen;
    }

    /**
     * The same envelopes with {@code context.System.apiEndpoint} set to {@code endpoint}, such as a stub
     * of Alexa's APIs on localhost; the default is {@link #API_ENDPOINT}.
     */
    public Envelopes withApiEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("the API endpoint is missing");
        }
        return new Envelopes(skillId, userId, deviceId, clock, endpoint, permissions, screen, locale);
    }

    /**
     * The same envelopes for a user who has granted exactly these permission scopes (in the Alexa app
     * or by voice): {@code context.System.user.permissions} carries a consent token and each scope with
     * status GRANTED. None: no permissions object at all, as for a user who has granted nothing.
     */
    public Envelopes withPermissions(Set<String> grantedScopes) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : grantedScopes) {
            if (scope == null || scope.isBlank()) {
                throw new IllegalArgumentException("a permission scope is blank");
            }
            scopes.add(scope);
        }
        return new Envelopes(skillId, userId, deviceId, clock, apiEndpoint, Collections.unmodifiableSet(scopes), screen, locale);
    }

    public String skillId() {
        return skillId;
    }

    public String userId() {
        return userId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String apiEndpoint() {
        return apiEndpoint;
    }

    /** The permission scopes the envelopes list as GRANTED; empty when there are none. */
    public Set<String> permissions() {
        return permissions;
    }

    public static String newRequestId() {
        return "amzn1.echo-api.request." + UUID.randomUUID();
    }

    /** "Alexa, open back stretches". Alexa always starts a new session for a launch. */
    public ObjectNode launchRequest(Session session) {
        return envelope(session, request("LaunchRequest"));
    }

    /**
     * An IntentRequest for {@code intent} with the slots the user filled; the intent's other declared
     * slots are sent with no value, as Alexa does. No {@code dialogState}: the model has no dialog
     * management, and Alexa then leaves it out.
     */
    public ObjectNode intentRequest(Session session, Intent intent, Map<String, SlotMatch> filled) {
        for (String name : filled.keySet()) {
            if (intent.slot(name).isEmpty()) {
                throw new IllegalArgumentException("intent " + intent.name() + " declares no slot " + name);
            }
        }
        ObjectNode request = request("IntentRequest");
        ObjectNode intentNode = request.putObject("intent");
        intentNode.put("name", intent.name());
        intentNode.put("confirmationStatus", "NONE");
        ObjectNode slots = intentNode.putObject("slots");
        for (Slot slot : intent.slots()) {
            slots.set(slot.name(), slotNode(slot, filled.get(slot.name())));
        }
        return envelope(session, request);
    }

    private ObjectNode slotNode(Slot slot, SlotMatch match) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", slot.name());
        if (match != null) {
            node.put("value", match.value());
        }
        node.put("confirmationStatus", "NONE");
        if (match != null && !slot.isBuiltInType()) {
            ObjectNode authority = node.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + slot.type());
            authority.putObject("status").put("code", match.isResolved() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
            if (match.isResolved()) {
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", match.resolvedName().orElseThrow());
                value.put("id", match.resolvedId().orElseThrow());
            }
        }
        return node;
    }

    /**
     * Sent when Alexa closes an open session itself: the user said "exit" (USER_INITIATED), did not
     * answer the reprompt (EXCEEDED_MAX_REPROMPTS), or a response was rejected (ERROR, with
     * {@code errorType} such as INVALID_RESPONSE and a message). Pass null for no error.
     */
    public ObjectNode sessionEndedRequest(Session session, String reason, String errorType, String errorMessage) {
        ObjectNode request = request("SessionEndedRequest");
        request.put("reason", reason);
        if (errorType != null) {
            ObjectNode error = request.putObject("error");
            error.put("type", errorType);
            error.put("message", errorMessage == null ? "" : errorMessage);
        }
        return envelope(session, request);
    }

    public ObjectNode sessionEndedRequest(Session session, String reason) {
        return sessionEndedRequest(session, reason, null, null);
    }

    /**
     * Sent when a directive in an earlier response failed on the device (errorType such as
     * INVALID_RESPONSE, DEVICE_COMMUNICATION_ERROR, INTERNAL_SERVICE_ERROR). {@code session} may be
     * null: these requests usually arrive outside a session.
     */
    public ObjectNode exceptionEncountered(Session session, String errorType, String message, String causeRequestId) {
        ObjectNode request = request("System.ExceptionEncountered");
        ObjectNode error = request.putObject("error");
        error.put("type", errorType);
        error.put("message", message);
        request.putObject("cause").put("requestId", causeRequestId);
        return envelope(session, request);
    }

    /**
     * The skill event sent when the user disables the skill. Events come outside any session and
     * without a device; {@code persistenceStatus} is PERSISTED (the user id will be reused if they
     * enable the skill again) or NOT_PERSISTED (delete what you keep for this user).
     */
    public ObjectNode skillDisabledEvent(String persistenceStatus) {
        String now = now();
        ObjectNode request = JSON.createObjectNode();
        request.put("type", "AlexaSkillEvent.SkillDisabled");
        request.put("requestId", newRequestId());
        request.put("timestamp", now);
        request.put("eventCreationTime", now);
        request.put("eventPublishingTime", now);
        request.putObject("body").put("userInformationPersistenceStatus", persistenceStatus);

        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        ObjectNode system = root.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", userId);
        system.put("apiEndpoint", apiEndpoint);
        system.put("apiAccessToken", apiAccessToken());
        root.set("request", request);
        return root;
    }

    /**
     * Alexa's answer to a skill's {@code Connections.SendRequest}, after Alexa asked the user in its own
     * words: for {@code AskFor}, {@code payloadStatus} is ACCEPTED, DENIED or NOT_ANSWERED and
     * {@code token} is the one the skill sent. Alexa ended the skill's session to ask, so this comes
     * in a new one: pass a new {@link Session} (or null for none).
     */
    public ObjectNode connectionsResponse(Session session, String name, String payloadStatus, String token,
            String permissionScope) {
        ObjectNode request = request("Connections.Response");
        request.put("name", Objects.requireNonNull(name, "name"));
        ObjectNode status = request.putObject("status");
        status.put("code", "200");
        status.put("message", "OK");
        if (token != null) {
            request.put("token", token);
        }
        ObjectNode payload = request.putObject("payload");
        payload.put("status", Objects.requireNonNull(payloadStatus, "payloadStatus"));
        payload.put("isCardThrown", false);
        payload.put("permissionScope", Objects.requireNonNull(permissionScope, "permissionScope"));
        return envelope(session, request);
    }

    /** {@link #connectionsResponse(Session, String, String, String, String)} for the reminders permission. */
    public ObjectNode connectionsResponse(Session session, String name, String payloadStatus, String token) {
        return connectionsResponse(session, name, payloadStatus, token, REMINDERS_SCOPE);
    }

    /**
     * A button pressed on the screen: the document's {@code token}, the SendEvent's arguments, and the
     * TouchWrapper that sent it, as a device reports it.
     */
    public ObjectNode userEvent(Session session, String token, List<String> arguments, String componentId) {
        ObjectNode request = request("Alexa.Presentation.APL.UserEvent");
        request.put("token", token);
        arguments.forEach(request.withArray("arguments")::add);
        request.putObject("source").put("type", "TouchWrapper").put("handler", "Press").put("id", componentId);
        request.putObject("components");
        return envelope(session, request);
    }

    private ObjectNode request(String type) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", type);
        request.put("requestId", newRequestId());
        request.put("timestamp", now());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode envelope(Session session, ObjectNode request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        if (session != null) {
            ObjectNode s = root.putObject("session");
            s.put("new", session.isNew());
            s.put("sessionId", session.sessionId());
            s.putObject("application").put("applicationId", skillId);
            // Alexa sends back exactly the attributes of the last response; none on a new session.
            if (!session.isNew() && session.attributes() != null) {
                s.set("attributes", session.attributes().deepCopy());
            }
            s.putObject("user").put("userId", userId);
        }
        ObjectNode system = root.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        systemUser(system);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", deviceId);
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        system.put("apiEndpoint", apiEndpoint);
        system.put("apiAccessToken", apiAccessToken());
        screen.ifPresent(s -> {
            interfaces.set("Alexa.Presentation.APL", s.aplInterface());
            ObjectNode context = (ObjectNode) root.get("context");
            context.set("Viewport", s.viewport());
            context.putArray("Viewports").add(s.aplViewport());
        });
        root.set("request", request);
        return root;
    }

    /** {@code context.System.user}: the user id and, once they have granted any, their permissions. */
    private void systemUser(ObjectNode system) {
        ObjectNode user = system.putObject("user");
        user.put("userId", userId);
        if (!permissions.isEmpty()) {
            ObjectNode granted = user.putObject("permissions");
            granted.put("consentToken", consentToken());
            ObjectNode scopes = granted.putObject("scopes");
            permissions.forEach(scope -> scopes.putObject(scope).put("status", "GRANTED"));
        }
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A stand-in token: real ones are JWTs for Alexa's APIs, which tests never call. */
    private static String apiAccessToken() {
        return "local-console-api-access-token";
    }

    /** A stand-in for the (deprecated) consent token Alexa sends beside granted permissions. */
    private static String consentToken() {
        return "local-console-consent-token";
    }
}
