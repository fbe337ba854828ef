package com.backstretches.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One exchange with the skill as the user experiences it.
 *
 * @param raw              the response JSON exactly as the skill wrote it (an empty object if it wrote nothing)
 * @param speech           the outputSpeech SSML (or plain text); "" when there was none
 * @param reprompt         the reprompt's SSML (or plain text), if any
 * @param shouldEndSession the response's flag; empty when it was left out or null
 * @param sessionOpen      whether the client now believes the session is open
 * @param intent           what the request was: the matched intent, "LaunchRequest" or "SessionEndedRequest"
 */
public record Turn(JsonNode raw, String speech, Optional<String> reprompt, Optional<Boolean> shouldEndSession,
        boolean sessionOpen, String intent) {

    /** The speech with SSML tags removed and whitespace collapsed, for readable assertions. */
    public String plainSpeech() {
        return plain(speech);
    }

    public Optional<String> plainReprompt() {
        return reprompt.map(Turn::plain);
    }

    /** The session attributes the response set; a missing node when it set none. */
    public JsonNode sessionAttributes() {
        return raw.path("sessionAttributes");
    }

    static String plain(String ssml) {
        return SpokenText.ofSsml(ssml).words();
    }
}
