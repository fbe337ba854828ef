package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per answered request: its id, type, intent name, latency and how it ended. Never the
 * user id, slot values or anything else the user said.
 */
final class RequestLog implements ResponseInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Request request = input.getRequestEnvelope().getRequest();
        Optional<RequestScope> scope = RequestScope.find(input);
        LOG.atInfo()
                .addKeyValue("requestId", request.getRequestId())
                .addKeyValue("requestType", request.getType())
                .addKeyValue("intent", intentName(request))
                .addKeyValue("latencyMs", scope.map(s -> (System.nanoTime() - s.startedNanos()) / 1_000_000).orElse(null))
                .addKeyValue("outcome", outcome(response))
                .addKeyValue("question", scope.flatMap(RequestScope::answer).map(t -> t.state().question().name()).orElse(null))
                .log("request handled");
    }

    static String intentName(Request request) {
        return request instanceof IntentRequest r && r.getIntent() != null ? r.getIntent().getName() : null;
    }

    private static String outcome(Optional<Response> response) {
        if (response.isEmpty() || response.get().getOutputSpeech() == null) {
            return "silent";
        }
        return Boolean.TRUE.equals(response.get().getShouldEndSession()) ? "session-ended" : "listening";
    }
}
