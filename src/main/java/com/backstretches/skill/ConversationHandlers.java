package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.backstretches.dialog.Ask;
import java.util.Optional;

/** Opening the skill, answering questions, help, leaving, and everything not understood. */
final class ConversationHandlers {

    private ConversationHandlers() {
    }

    static final class Launch implements RequestHandler {
        private final Conversation conversation;

        Launch(Conversation conversation) {
            this.conversation = conversation;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return conversation.open(input);
        }
    }

    static final class Yes extends IntentHandler {
        Yes(Conversation c) {
            super(c, "AMAZON.YesIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Yes();
        }
    }

    static final class No extends IntentHandler {
        No(Conversation c) {
            super(c, "AMAZON.NoIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.No();
        }
    }

    static final class Help extends IntentHandler {
        Help(Conversation c) {
            super(c, "AMAZON.HelpIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Help();
        }
    }

    /** Stop, cancel and going home all leave; the place in the routine is kept. */
    static final class Stop extends IntentHandler {
        Stop(Conversation c) {
            super(c, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Stop();
        }
    }

    static final class Fallback extends IntentHandler {
        Fallback(Conversation c) {
            super(c, "AMAZON.FallbackIntent");
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Fallback();
        }
    }

    /** Any intent this skill does not know (an older or newer model) gets the fallback answer, not an error. */
    static final class UnknownIntent implements RequestHandler {
        private final Conversation conversation;

        UnknownIntent(Conversation conversation) {
            this.conversation = conversation;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof IntentRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return conversation.respond(input, new Ask.Fallback());
        }
    }
}
