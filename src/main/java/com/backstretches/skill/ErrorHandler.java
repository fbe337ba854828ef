package com.backstretches.skill;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.backstretches.speech.Prompts;
import com.backstretches.speech.Spoken;
import com.backstretches.speech.SsmlRenderer;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything a handler did not expect: the user hears a short apology and can carry on, since the
 * session keeps the state it arrived with; the log gets the request id and the exception.
 */
final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final SsmlRenderer renderer = new SsmlRenderer();
    private final SessionCodec codec;
    private final Prompts prompts;

    ErrorHandler(SessionCodec codec, Prompts prompts) {
        this.codec = codec;
        this.prompts = prompts;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        Request request = input.getRequestEnvelope().getRequest();
        // This request's one line: the response interceptors, and so RequestLog, do not run after a failure.
        LOG.atError().addKeyValue("requestId", request == null ? null : request.getRequestId())
                .addKeyValue("requestType", request == null ? null : request.getType())
                .addKeyValue("intent", request == null ? null : RequestLog.intentName(request))
                .addKeyValue("latencyMs", RequestScope.find(input).map(s -> (System.nanoTime() - s.startedNanos()) / 1_000_000).orElse(null))
                .addKeyValue("outcome", "error")
                .setCause(throwable).log("request failed");
        if (!(request instanceof LaunchRequest || request instanceof IntentRequest || request instanceof ConnectionsResponse)) {
            // Nobody is listening: session ends and skill events take no speech.
            return SessionState.over(input);
        }
        SessionState.keepArrived(input, codec);
        Spoken apology = prompts.apology();
        return input.getResponseBuilder()
                .withSpeech(renderer.render(apology.speech()))
                .withReprompt(renderer.render(apology.reprompt()))
                .withShouldEndSession(false)
                .build();
    }
}
