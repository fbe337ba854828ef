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
import com.backstretches.screen.AplDocument;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 *
 * <p>Voice consent, from "Set Up Voice Permissions for Reminders": a response with a
 * {@code Connections.SendRequest} directive named {@code AskFor} hands the conversation to Alexa,
 * which ends the skill's session whatever the flag says and asks the user, in its own words, for the
 * permission. While that question is open ({@link #consentPending()}), the next thing said is the
 * answer to Alexa and never reaches the interaction model: a yes (see {@link #ACCEPTING}) is ACCEPTED,
 * a no ({@link #DENYING}) DENIED, anything else NOT_ANSWERED. Alexa tells the skill with a
 * {@code Connections.Response} in a new session; once accepted, every later envelope lists the scope
 * as GRANTED. {@link #answerConsent} answers without words; any other request drops the question.
 *
 * <p>The client speaks one locale: its envelopes carry it ({@link Envelopes#locale()}), and what the
 * user says is heard in its language ({@link SpokenLanguage}): the model's own locale when the model
 * knows it, else the envelopes'. So a German client takes "ja" as a yes to Alexa's permission
 * question and "beenden" as leaving the skill ("salir" in Spanish, "exit" in English). The
 * constructors without a locale mean en-US.
 */
public final class AlexaClient {

    /**
     * What Alexa takes in English as a yes to its permission question (after {@link UtteranceMatcher#normalize});
     * other languages: {@link SpokenLanguage#accepting()}.
     */
    public static final Set<String> ACCEPTING = SpokenLanguage.ENGLISH.accepting();
    /** What Alexa takes in English as a no; other languages: {@link SpokenLanguage#denying()}. */
    public static final Set<String> DENYING = SpokenLanguage.ENGLISH.denying();

    public static final String ACCEPTED = "ACCEPTED";
    public static final String DENIED = "DENIED";
    public static final String NOT_ANSWERED = "NOT_ANSWERED";
    private static final Set<String> CONSENT_ANSWERS = Set.of(ACCEPTED, DENIED, NOT_ANSWERED);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A permission question Alexa is asking on the skill's behalf: the skill's token and the scopes asked for. */
    private record Consent(String token, List<String> scopes) {
    }

    private final RequestStreamHandler handler;
    private final InteractionModel model;
    private final UtteranceMatcher matcher;
    /** Replaced by a copy with more permissions when the user grants one. */
    private Envelopes envelopes;

    /** The open session, or null when there is none. */
    private Envelopes.Session session;
    /** The permission question Alexa is asking, or null when there is none. */
    private Consent consent;
    private ObjectNode lastRequest;

    public AlexaClient(RequestStreamHandler handler, Path modelFile, String skillId, String userId) {
        this(handler, InteractionModel.load(modelFile), new Envelopes(skillId, userId));
    }

    /** A client for a device set to {@code locale} ("de-DE"), with the model in {@code modelFile}. */
    public AlexaClient(RequestStreamHandler handler, Path modelFile, String skillId, String userId, String locale) {
        this(handler, InteractionModel.load(modelFile), new Envelopes(skillId, userId).withLocale(locale));
    }

    /**
     * For a fixed clock or device id: pass your own {@link Envelopes}; their locale is the client's
     * ({@link Envelopes#withLocale}).
     */
    public AlexaClient(RequestStreamHandler handler, InteractionModel model, Envelopes envelopes) {
        this.handler = handler;
        this.model = model;
        this.matcher = new UtteranceMatcher(model, model.locale().flatMap(SpokenLanguage::find)
                .orElseGet(() -> SpokenLanguage.find(envelopes.locale()).orElse(SpokenLanguage.ENGLISH)));
        this.envelopes = envelopes;
    }

    /**
     * A client for a device set to {@code locale} ("de-DE", "es-MX"), with the skill package's model
     * for that locale ({@link InteractionModel#FOLDER}, from the repository's root folder).
     */
    public static AlexaClient forLocale(RequestStreamHandler handler, String locale, String skillId, String userId) {
        return new AlexaClient(handler, InteractionModel.file(InteractionModel.FOLDER, locale), skillId, userId, locale);
    }

    /**
     * What the user says, matched through the model and sent like Alexa would send it; or, while Alexa
     * is asking for a permission, their answer to Alexa.
     */
    public Turn say(String utterance) {
        if (consent != null) {
            return answerConsent(consentAnswerFor(utterance));
        }
        if (isExit(utterance)) {
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

    /**
     * The user's answer to Alexa's permission question, given as the payload status Alexa would send:
     * ACCEPTED, DENIED or NOT_ANSWERED. The skill gets a Connections.Response in a new session (Alexa
     * ended the one that asked); after ACCEPTED this and every later envelope list the scopes as GRANTED.
     *
     * @throws IllegalStateException when no permission question is pending
     */
    public Turn answerConsent(String payloadStatus) {
        if (!CONSENT_ANSWERS.contains(payloadStatus)) {
            throw new IllegalArgumentException("Alexa answers a permission request with ACCEPTED, DENIED or NOT_ANSWERED, not "
                    + payloadStatus);
        }
        if (consent == null) {
            throw new IllegalStateException("no permission question is pending: Alexa only asks after a response with a "
                    + "Connections.SendRequest AskFor directive");
        }
        Consent asked = consent;
        consent = null;
        if (payloadStatus.equals(ACCEPTED)) {
            Set<String> granted = new LinkedHashSet<>(envelopes.permissions());
            granted.addAll(asked.scopes());
            envelopes = envelopes.withPermissions(granted);
        }
        session = Envelopes.Session.startNew();
        String scope = asked.scopes().isEmpty() ? Envelopes.REMINDERS_SCOPE : asked.scopes().get(0);
        return exchange(envelopes.connectionsResponse(session, "AskFor", payloadStatus, asked.token(), scope),
                "Connections.Response");
    }

    /**
     * A button on the last screen pressed, as the device reports it: a UserEvent with the document's
     * token and the button's SendEvent arguments, in the open session (or a new one).
     */
    public Turn press(String buttonId) {
        return exchange(envelopes.userEvent(openSession(), AplDocument.TOKEN, List.of("press", buttonId), buttonId),
                "Alexa.Presentation.APL.UserEvent");
    }

    /** The token of the skill's permission request while Alexa is asking the user for it. */
    public Optional<String> consentPending() {
        return Optional.ofNullable(consent).map(Consent::token);
    }

    /** How Alexa takes {@code utterance}, in English, as an answer to its permission question. */
    static String consentAnswer(String utterance) {
        return consentAnswer(utterance, SpokenLanguage.ENGLISH);
    }

    /**
     * How Alexa takes {@code utterance} in {@code language} as an answer to its permission question:
     * ACCEPTED, DENIED or NOT_ANSWERED. Accents do not matter ("si" is "sí").
     */
    static String consentAnswer(String utterance, SpokenLanguage language) {
        String words = SpokenLanguage.foldedText(utterance).replaceFirst("^alexa\\b ?", "");
        if (language.accepting().contains(words)) {
            return ACCEPTED;
        }
        return language.denying().contains(words) ? DENIED : NOT_ANSWERED;
    }

    /** How Alexa takes {@code utterance}, in this client's language, as an answer to its permission question. */
    public String consentAnswerFor(String utterance) {
        return consentAnswer(utterance, language());
    }

    /**
     * Whether {@code utterance} leaves the skill in this client's language ("exit", "beenden",
     * "salir"): Alexa closes the session itself and the skill never sees it as an intent.
     */
    public boolean isExit(String utterance) {
        String words = matcher.folded(utterance).replaceFirst("^alexa\\b ?", "");
        return language().exitPhrases().contains(words);
    }

    /** The language the client hears. */
    public SpokenLanguage language() {
        return matcher.language();
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

    /** The envelopes the next request is built from, with whatever permissions the user has granted so far. */
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
        // Any other request while Alexa was asking drops the question; a new one may follow.
        consent = null;
        JsonNode response = invoke(request);
        if (response.isEmpty()) {
            throw new IllegalStateException("the skill returned no response to " + what);
        }
        Turn.consentRequest(response).ifPresent(askFor ->
                consent = new Consent(askFor.path("token").asText(""), Turn.scopesOf(askFor)));
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
        if (Turn.consentRequest(response).isPresent()) {
            return false; // Alexa takes over to ask for the permission; its answer comes in a new session
        }
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
