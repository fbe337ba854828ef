package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeErrorEvent;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.backstretches.screen.Button;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The one line per answered request: its id, session, type, intent name, latency, how it ended and
 * what happened to the stored profile, plus what a lifecycle request reports (why a session ended,
 * the error Alexa saw). Never the user id, slot values or anything else the user said. A request
 * that fails is logged by {@link ErrorHandler} instead, one that never reaches the skill by the
 * entry point.
 */
final class RequestLog implements ResponseInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Request request = input.getRequestEnvelope().getRequest();
        Optional<RequestScope> scope = RequestScope.find(input);
        boolean troubled = scope.flatMap(RequestScope::storeError).isPresent() || request instanceof ExceptionEncounteredRequest
                || request instanceof RuntimeErrorEvent;
        Optional<Throwable> fault = scope.flatMap(RequestScope::fault);
        LoggingEventBuilder line = LOG.atLevel(fault.isPresent() ? Level.ERROR : troubled ? Level.WARN : Level.INFO)
                .addKeyValue("requestId", request.getRequestId())
                .addKeyValue("sessionId", input.getRequestEnvelope().getSession() == null ? null
                        : input.getRequestEnvelope().getSession().getSessionId())
                .addKeyValue("requestType", request.getType())
                .addKeyValue("intent", intentName(request))
                .addKeyValue("latencyMs", scope.map(s -> (System.nanoTime() - s.startedNanos()) / 1_000_000).orElse(null))
                .addKeyValue("outcome", outcome(response))
                .addKeyValue("question", scope.flatMap(RequestScope::answer).map(t -> t.state().question().name()).orElse(null))
                .addKeyValue("read", scope.map(RequestLog::read).orElse(null))
                .addKeyValue("write", scope.map(s -> s.write().name().toLowerCase()).orElse(null))
                .addKeyValue("storeError", scope.flatMap(RequestScope::storeError).orElse(null))
                .addKeyValue("alexaApi", scope.flatMap(RequestScope::alexaApi).orElse(null));
        lifecycle(input, request, line);
        fault.ifPresent(line::setCause);
        line.log("request handled");
    }

    static String intentName(Request request) {
        return request instanceof IntentRequest r && r.getIntent() != null ? r.getIntent().getName() : null;
    }

    private static void lifecycle(HandlerInput input, Request request, LoggingEventBuilder line) {
        if (request instanceof SessionEndedRequest ended) {
            line.addKeyValue("reason", ended.getReason() == null ? null : ended.getReason().toString())
                    .addKeyValue("error", ended.getError() == null ? null : ended.getError().getTypeAsString());
        } else if (request instanceof ExceptionEncounteredRequest alexaError) {
            line.addKeyValue("errorType", alexaError.getError() == null ? null : alexaError.getError().getTypeAsString())
                    .addKeyValue("errorMessage", alexaError.getError() == null ? null : alexaError.getError().getMessage())
                    .addKeyValue("causeRequestId", alexaError.getCause() == null ? null : alexaError.getCause().getRequestId());
        } else if (request instanceof UserEvent press) {
            // The button's name only: a press carries nothing the user said.
            line.addKeyValue("button", ScreenPresses.button(press).map(Button::id).orElse("unknown"));
        } else if (request instanceof RuntimeErrorEvent screenError) {
            // The screen failed to draw or run something of ours: the kinds of error, for us to fix.
            line.addKeyValue("aplErrors", screenError.getErrors() == null ? null
                    : screenError.getErrors().stream().map(e -> e.getType() + ": " + e.getMessage()).toList().toString());
        } else if (LifecycleHandlers.SkillDisabled.TYPE.equals(request.getType())) {
            line.addKeyValue("persistenceStatus", LifecycleHandlers.SkillDisabled.persistenceStatus(input));
        }
    }

    private static String read(RequestScope scope) {
        if (scope.userId().isEmpty()) {
            return "none";
        }
        if (scope.readFailed()) {
            return "failed";
        }
        if (scope.knownFromSession()) {
            return "session";
        }
        return scope.snapshot().isEmpty() ? "skipped" : scope.stored().isPresent() ? "found" : "not-found";
    }

    private static String outcome(Optional<Response> response) {
        if (response.isEmpty() || response.get().getOutputSpeech() == null) {
            return "silent";
        }
        return Boolean.TRUE.equals(response.get().getShouldEndSession()) ? "session-ended" : "listening";
    }
}
