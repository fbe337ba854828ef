package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The session attributes a response carries. The ASK SDK sends back whatever arrived unless a
 * handler sets them, and what arrives is not ours to vouch for (it could be anything, of any size),
 * so every path that does not write fresh state says what goes back instead.
 */
final class SessionState {

    private SessionState() {
    }

    /** The state for the next request; a request without a session (Alexa always sends one) has nowhere to keep it. */
    static void carry(HandlerInput input, Map<String, Object> attributes) {
        if (input.getRequestEnvelope().getSession() != null) {
            input.getAttributesManager().setSessionAttributes(attributes);
        }
    }

    /** The session is over, or the request is not the user talking: nothing goes back. */
    static void clear(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() != null) {
            input.getAttributesManager().setSessionAttributes(new HashMap<>());
        }
    }

    /** The empty answer a request that is not the user talking gets, carrying nothing back. */
    static Optional<Response> over(HandlerInput input) {
        clear(input);
        return input.getResponseBuilder().build();
    }

    /** After a failure: the state the request arrived with, if it is ours and valid, re-encoded; else nothing. */
    static void keepArrived(HandlerInput input, SessionCodec codec) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Map<String, Object> arrived = input.getRequestEnvelope().getSession().getAttributes();
        input.getAttributesManager().setSessionAttributes(codec.decode(arrived).map(codec::encode).orElseGet(HashMap::new));
    }
}
