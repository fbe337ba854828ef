package com.backstretches.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One exchange with the skill as the user experiences it.
 *
 * @param raw              the response JSON exactly as the skill wrote it (an empty object if it wrote nothing)
 * @param speech           the outputSpeech SSML (or plain text); "" when there was none
 * @param reprompt         the reprompt's SSML (or plain text), if any
 * @param shouldEndSession the response's flag; empty when it was left out or null
 * @param sessionOpen      whether the client now believes the session is open
 * @param intent           what the request was: the matched intent, "LaunchRequest", "SessionEndedRequest"
 *                         or "Connections.Response"
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

    /** The response's directives, in order; empty when it has none. */
    public List<JsonNode> directives() {
        List<JsonNode> directives = new ArrayList<>();
        raw.path("response").path("directives").forEach(directives::add);
        return List.copyOf(directives);
    }

    /** The screen this response renders: its RenderDocument directive, if it has one. */
    public Optional<JsonNode> screen() {
        return directives().stream().filter(d -> d.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")).findFirst();
    }

    /** What the screen shows: the datasource the document draws from, if there is a screen. */
    public Optional<JsonNode> screenData() {
        return screen().map(d -> d.path("datasources").path("screen"));
    }

    /**
     * Whether the skill handed over to Alexa to ask the user for a permission by voice: a
     * {@code Connections.SendRequest} directive named {@code AskFor}. Alexa then asks in its own
     * words, and the skill hears the answer as a Connections.Response in a new session.
     */
    public boolean asksForConsent() {
        return consentRequest().isPresent();
    }

    /** The {@code Connections.SendRequest} AskFor directive, if the response has one. */
    public Optional<JsonNode> consentRequest() {
        return consentRequest(raw);
    }

    /** The permission scopes the consent request asks for; empty when there is none. */
    public List<String> consentScopes() {
        return consentRequest().map(Turn::scopesOf).orElse(List.of());
    }

    static Optional<JsonNode> consentRequest(JsonNode response) {
        for (JsonNode directive : response.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Connections.SendRequest")
                    && directive.path("name").asText().equals("AskFor")) {
                return Optional.of(directive);
            }
        }
        return Optional.empty();
    }

    static List<String> scopesOf(JsonNode askFor) {
        List<String> scopes = new ArrayList<>();
        // Version 1 of the request names one scope; version 2 lists them.
        String single = askFor.path("payload").path("permissionScope").asText("");
        if (!single.isBlank()) {
            scopes.add(single);
        }
        for (JsonNode scope : askFor.path("payload").path("permissionScopes")) {
            String name = scope.path("permissionScope").asText("");
            if (!name.isBlank()) {
                scopes.add(name);
            }
        }
        return List.copyOf(scopes);
    }

    static String plain(String ssml) {
        return SpokenText.ofSsml(ssml).words();
    }
}
