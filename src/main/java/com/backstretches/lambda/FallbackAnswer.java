package com.backstretches.lambda;

import com.backstretches.speech.Prompts;
import com.backstretches.speech.Spoken;
import com.backstretches.speech.SsmlRenderer;
import com.backstretches.speech.Words;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * The answer to an Alexa request the ASK SDK could not read (a field of the wrong type, a request
 * type it does not model). Someone who spoke hears a short request to say it again, with the session
 * kept open and its state passed back unchanged; anything else gets the empty answer events take.
 * Nothing is read or written for the user, so nothing they chose changes.
 */
final class FallbackAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The one session attribute the skill writes (SessionCodec.KEY). */
    static final String SESSION_KEY = "backStretches";
    /** Ours is a few kilobytes; anything near Alexa's 24 KB response limit was not written by us. */
    private static final int MAX_STATE_CHARS = 16 * 1024;
    private final SsmlRenderer renderer = new SsmlRenderer();

    byte[] to(IncomingRequest request, Words words) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        ObjectNode response = envelope.putObject("response");
        if (request.spoken()) {
            // Only our own state goes back: whatever else arrived may be what the SDK choked on.
            JsonNode ours = request.envelope().path("session").path("attributes").path(SESSION_KEY);
            if (ours.isObject() && ours.toString().length() <= MAX_STATE_CHARS) {
                envelope.putObject("sessionAttributes").set(SESSION_KEY, ours);
            }
            Spoken spoken = new Prompts(words).couldNotFollowRequest();
            response.set("outputSpeech", ssml(renderer.render(spoken.speech())));
            response.putObject("reprompt").set("outputSpeech", ssml(renderer.render(spoken.reprompt())));
            response.put("shouldEndSession", false);
        }
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException | StackOverflowError e) {
            // Our state nested beyond reason: answer without it; the next request starts from the stored profile.
            envelope.remove("sessionAttributes");
            return envelope.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The answer of a deployed function that is not set up to keep anyone's progress: someone who spoke
     * hears so and the session ends; events get the empty answer. Nothing is read or written.
     */
    byte[] notSetUp(IncomingRequest request, Words words) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        ObjectNode response = envelope.putObject("response");
        if (request.spoken()) {
            response.set("outputSpeech", ssml(renderer.render(new Prompts(words).notSetUp().speech())));
        }
        response.put("shouldEndSession", true);
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode ssml(String ssml) {
        return JSON.createObjectNode().put("type", "SSML").put("ssml", ssml);
    }
}
