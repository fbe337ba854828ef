package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.backstretches.store.ProfileStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Requests that are not the user talking: the session ending, Alexa reporting an error, skill events. None may speak. */
final class LifecycleHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleHandlers.class);

    private LifecycleHandlers() {
    }

    /** Silence after the reprompt, or the user leaving: the position was saved with the last answer, so nothing to do but note why. */
    static final class SessionEnded implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            SessionEndedRequest request = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
            LOG.atInfo().addKeyValue("requestId", request.getRequestId())
                    .addKeyValue("reason", request.getReason() == null ? null : request.getReason().toString())
                    .addKeyValue("error", request.getError() == null ? null : request.getError().getTypeAsString())
                    .log("session ended");
            return input.getResponseBuilder().build();
        }
    }

    /** Alexa could not use an earlier response of ours; the message says why, and carries no user data. */
    static final class ExceptionEncountered implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof ExceptionEncounteredRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            ExceptionEncounteredRequest request = (ExceptionEncounteredRequest) input.getRequestEnvelope().getRequest();
            LOG.atWarn().addKeyValue("requestId", request.getRequestId())
                    .addKeyValue("errorType", request.getError() == null ? null : request.getError().getTypeAsString())
                    .addKeyValue("errorMessage", request.getError() == null ? null : request.getError().getMessage())
                    .addKeyValue("causeRequestId", request.getCause() == null ? null : request.getCause().getRequestId())
                    .log("alexa reported an error with an earlier response");
            return input.getResponseBuilder().build();
        }
    }

    /**
     * The user disabled the skill. When Alexa says their data is not to be kept
     * (NOT_PERSISTED), their profile is deleted. The SDK model drops the event body, so it is read
     * from the raw envelope.
     */
    static final class SkillDisabled implements RequestHandler {
        static final String TYPE = "AlexaSkillEvent.SkillDisabled";

        private final ProfileStore store;

        SkillDisabled(ProfileStore store) {
            this.store = store;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return TYPE.equals(input.getRequestEnvelopeJson().path("request").path("type").asText());
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            RequestScope scope = RequestScope.of(input);
            String status = input.getRequestEnvelopeJson().path("request").path("body")
                    .path("userInformationPersistenceStatus").asText("");
            boolean delete = status.equals("NOT_PERSISTED") && scope.userId().isPresent();
            if (delete) {
                try {
                    store.delete(scope.userId().get());
                } catch (RuntimeException e) {
                    // An event has no one to apologise to; the log says the item is still there.
                    LOG.atError().addKeyValue("requestId", scope.requestId()).setCause(e).log("could not delete profile");
                    return input.getResponseBuilder().build();
                }
            }
            LOG.atInfo().addKeyValue("requestId", scope.requestId()).addKeyValue("persistenceStatus", status)
                    .addKeyValue("deleted", delete).log("skill disabled");
            return input.getResponseBuilder().build();
        }
    }

    /** Any other request type (a device event, a future interface): acknowledged without speech. */
    static final class OtherRequest implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            LOG.atInfo().addKeyValue("requestId", input.getRequestEnvelope().getRequest().getRequestId())
                    .addKeyValue("requestType", input.getRequestEnvelope().getRequest().getType())
                    .log("request type not used by this skill");
            return input.getResponseBuilder().build();
        }
    }
}
