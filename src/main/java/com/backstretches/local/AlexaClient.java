package com.backstretches.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.local.InteractionModel.Intent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Talks to the skill's Lambda entry point the way the Alexa service does for one user on one
 * screenless device: utterances go through the interaction model, requests are real envelopes, and
 * the session (id and attributes) is carried from response to request while it is open.
 *
 * <p>Session rules, from "Manage Skill Sessions and Session Attributes" in the Alexa docs:
 * <ul>
 * <li>{@code shouldEndSession: true} ends the session; the next request starts a new one.</li>
 * <li>{@code false}, or present but null, keeps it open (the microphone opens).</li>
 * <li>Left out entirely, the behaviour depends on the device: a screen device may stay open for a
 * while without listening; a speaker without a screen, which is what this client is, ends the session.
 * A skill that wants the next answer in the same session has to say so.</li>
 * <li>A response with a Dialog directive keeps the session open whatever the flag says.</li>
 * <li>Session attributes are replaced, not merged: the next request carries exactly the attributes
 * of the last response, or none if it set none.</li>
 * <li>"exit" never reaches the skill as an intent: Alexa closes the session and sends a
 * SessionEndedRequest with reason USER_INITIATED.</li>
 * <li>Naming the skill ("open back stretches", "ask back stretches to ...") always starts a new
 * session. Speaking to a closed session without naming the skill is treated the same way, so a
 * test can carry on; check {@link Turn#sessionOpen()} when that matters.</li>
 * </ul>
 */
public final class AlexaClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestStreamHandler handler;
    private final InteractionModel model;
    private final UtteranceMatcher matcher;
    private final Envelopes envelopes;

    /** The open session, or null when there is none. */
    private Envelopes.Session session;
    private ObjectNode lastRequest;

    public AlexaClient(RequestStreamHandler handler, Path modelFile, String skillId, String userId) {
        this(handler, InteractionModel.load(modelFile), new Envelopes(skillId, userId));
    }

    /** For a fixed clock or device id: pass your own {@link Envelopes}. */
    public AlexaClient(RequestStreamHandler handler, InteractionModel model, Envelopes envelopes) {
        this.handler = handler;
        this.model = model;
        this.matcher = new UtteranceMatcher(model);
        this.envelopes = envelopes;
    }

    /** What the user says, matched through the model and sent like Alexa would send it. */
    public Turn say(String utterance) {
        if (UtteranceMatcher.normalize(utterance).replaceFirst("^alexa ", "").equals("exit")) {
            return endSession("USER_INITIATED");
        }
        IntentMatch match = matcher.match(utterance);
        if (matcher.isInvocation(utterance)) {
            newSession();
        }
        if (match.isLaunch()) {
            return launch();
        }
        return sendIntent(match.intent().orElseThrow(), match.slots());
    }

    /** "Alexa, open back stretches": a LaunchRequest, always in a new session. */
    public Turn launch() {
        newSession();
        return exchange(envelopes.launchRequest(openSession()), "LaunchRequest");
    }

    /**
     * An intent sent directly, bypassing the utterance matcher; slot values are resolved against the
     * model like spoken ones ("forty five" becomes "45", a synonym gets its value's id).
     */
    public Turn send(String intentName, Map<String, String> slotValues) {
        Map<String, SlotMatch> slots = new LinkedHashMap<>();
        slotValues.forEach((slot, value) -> slots.put(slot, matcher.resolveSlot(intentName, slot, value)));
        return sendIntent(intentName, slots);
    }

    public Turn send(String intentName) {
        return send(intentName, Map.of());
    }

    /**
     * Alexa closing the open session itself (USER_INITIATED, EXCEEDED_MAX_REPROMPTS, ERROR). The
     * skill may not speak in reply, so the turn's response is whatever it returned, usually empty.
     */
    public Turn endSession(String reason) {
        if (session == null) {
            throw new IllegalStateException("no open session to end: Alexa only sends a SessionEndedRequest for an open session");
        }
        ObjectNode request = envelopes.sessionEndedRequest(session, reason);
        session = null;
        JsonNode response = invoke(request);
        return turn(response, false, "SessionEndedRequest");
    }

    /** Forget the session, as when the user walks away: the next request has new: true and no attributes. */
    public void newSession() {
        session = null;
    }

    /**
     * Any envelope, sent as is, with no session bookkeeping: for skill events and
     * System.ExceptionEncountered built with {@link #envelopes()}. Returns the parsed response, or an
     * empty object if the skill wrote nothing.
     */
    public JsonNode invoke(ObjectNode envelope) {
        lastRequest = envelope;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, new LocalContext());
            String body = out.toString(StandardCharsets.UTF_8);
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the skill failed on " + envelope.path("request").path("type").asText(), e);
        }
    }

    public boolean sessionOpen() {
        return session != null;
    }

    /** The open session's id, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(session).map(Envelopes.Session::sessionId);
    }

    /** The last envelope sent to the skill, for asserting on what Alexa would have sent. */
    public ObjectNode lastRequest() {
        return lastRequest;
    }

    public Envelopes envelopes() {
        return envelopes;
    }

    public UtteranceMatcher matcher() {
        return matcher;
    }

    public InteractionModel model() {
        return model;
    }

    private Turn sendIntent(String intentName, Map<String, SlotMatch> slots) {
        Intent intent = model.intent(intentName)
                .orElseThrow(() -> new IllegalArgumentException("the model has no intent " + intentName
                        + ", so Alexa would never send it"));
        return exchange(envelopes.intentRequest(openSession(), intent, slots), intentName);
    }

    /** The session for the next request: the open one, or a new one. */
    private Envelopes.Session openSession() {
        if (session == null) {
            session = Envelopes.Session.startNew();
        }
        return session;
    }

    private Turn exchange(ObjectNode request, String what) {
        JsonNode response = invoke(request);
        if (response.isEmpty()) {
            throw new IllegalStateException("the skill returned no response to " + what);
        }
        boolean open = keepsSessionOpen(response);
        if (open) {
            JsonNode attributes = response.get("sessionAttributes");
            session = session.next(attributes == null || attributes.isNull() ? null : attributes);
        } else {
            session = null;
        }
        return turn(response, open, what);
    }

    private static boolean keepsSessionOpen(JsonNode response) {
        JsonNode r = response.path("response");
        for (JsonNode directive : r.path("directives")) {
            if (directive.path("type").asText().startsWith("Dialog.")) {
                return true;
            }
        }
        JsonNode flag = r.get("shouldEndSession");
        if (flag == null) {
            return false; // left out: a screenless device ends the session
        }
        return flag.isNull() || !flag.asBoolean();
    }

    private static Turn turn(JsonNode response, boolean open, String what) {
        JsonNode r = response.path("response");
        JsonNode flag = r.get("shouldEndSession");
        Optional<Boolean> shouldEnd = flag == null || flag.isNull() ? Optional.empty() : Optional.of(flag.asBoolean());
        return new Turn(response, speechOf(r.path("outputSpeech")).orElse(""),
                speechOf(r.path("reprompt").path("outputSpeech")), shouldEnd, open, what);
    }

    private static Optional<String> speechOf(JsonNode outputSpeech) {
        if (outputSpeech.hasNonNull("ssml")) {
            return Optional.of(outputSpeech.get("ssml").asText());
        }
        if (outputSpeech.hasNonNull("text")) {
            return Optional.of(outputSpeech.get("text").asText());
        }
        return Optional.empty();
    }
}
