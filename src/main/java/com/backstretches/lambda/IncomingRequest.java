package com.backstretches.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The few facts about a request body the entry point needs before the ASK SDK sees it: that it is
 * an Alexa request at all, its id and type, and which skill it is for. Read leniently: anything
 * beyond these is left to the SDK, and to {@link FallbackAnswer} when the SDK cannot read it.
 */
record IncomingRequest(byte[] body, JsonNode envelope, String requestId, String type, Optional<String> intent,
        Optional<String> applicationId) {

    /** Lambda refuses larger synchronous payloads, so a bigger body did not come from Alexa through Lambda. */
    static final int MAX_BYTES = 6 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    static IncomingRequest read(InputStream input) throws IOException {
        byte[] body = input.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new RejectedRequestException("Not an Alexa request: the body is larger than 6 MB.");
        }
        if (body.length == 0) {
            throw new RejectedRequestException("Not an Alexa request: the body is empty.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException | StackOverflowError e) {
            throw new RejectedRequestException("Not an Alexa request: the body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedRequestException("Not an Alexa request: the body is not a JSON object.");
        }
        JsonNode request = root.path("request");
        if (!request.isObject()) {
            throw new RejectedRequestException("Not an Alexa request: the body has no \"request\" object.");
        }
        Optional<String> type = text(request.path("type"));
        if (type.isEmpty()) {
            throw new RejectedRequestException("Not an Alexa request: the request has no type.");
        }
        Optional<String> applicationId = text(root.path("context").path("System").path("application").path("applicationId"))
                .or(() -> text(root.path("session").path("application").path("applicationId")));
        return new IncomingRequest(body, root, text(request.path("requestId")).orElse("unknown"), type.get(),
                text(request.path("intent").path("name")), applicationId);
    }

    /** The request's locale as Alexa sends it ("de-DE"); empty when missing, which means English. */
    String locale() {
        return text(envelope.path("request").path("locale")).orElse("");
    }

    /** Whether someone is waiting to hear an answer: the requests a user starts by speaking. */
    boolean spoken() {
        // Connections.Response: the user just answered Alexa's own question (a permission) and waits for ours.
        // A UserEvent: they pressed a button on the screen.
        return type.equals("LaunchRequest") || type.equals("IntentRequest") || type.equals("Connections.Response")
                || type.equals("Alexa.Presentation.APL.UserEvent");
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
