package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoreUnavailableException;
import java.util.Optional;

/** Requests that are not the user talking: the session ending, Alexa reporting an error, skill events. None may speak. */
final class LifecycleHandlers {

    private LifecycleHandlers() {
    }

    /**
     * Silence after the reprompt, or the user leaving. Each answer saved its change already; if a save
     * failed, this is the session's last chance to keep it. Why it ended goes in the request's log line.
     */
    static final class SessionEnded implements RequestHandler {
        private final ProfileSaver saver;

        SessionEnded(ProfileSaver saver) {
            this.saver = saver;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            saver.flush(RequestScope.of(input));
            return SessionState.over(input);
        }
    }

    /** Alexa could not use an earlier response of ours; the request's log line carries its error. */
    static final class ExceptionEncountered implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof ExceptionEncounteredRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return SessionState.over(input);
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
            if (persistenceStatus(input).equals("NOT_PERSISTED") && scope.userId().isPresent()) {
                try {
                    store.delete(scope.userId().get());
                    scope.wrote(RequestScope.Write.DELETED);
                } catch (RuntimeException e) {
                    // An event has no one to tell; the log line says the item is still there.
                    scope.wrote(RequestScope.Write.FAILED);
                    scope.storeError(e instanceof StoreUnavailableException ? e.getMessage() : e.getClass().getSimpleName());
                }
            }
            return SessionState.over(input);
        }

        static String persistenceStatus(HandlerInput input) {
            return input.getRequestEnvelopeJson().path("request").path("body").path("userInformationPersistenceStatus").asText("");
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
            return SessionState.over(input);
        }
    }
}
