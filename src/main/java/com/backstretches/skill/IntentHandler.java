package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.backstretches.dialog.Ask;
import java.util.Optional;
import java.util.Set;

/**
 * A handler for named intents that turns the intent and its slots into what the user asked for and
 * lets the conversation answer. Subclasses only say which intents and how to read them.
 */
abstract class IntentHandler implements RequestHandler {

    static final String STRETCH = "stretch";

    private final Set<String> intents;
    protected final Conversation conversation;

    protected IntentHandler(Conversation conversation, String... intents) {
        this.conversation = conversation;
        this.intents = Set.of(intents);
    }

    /** The intent names this handler answers; the model test checks them against the interaction model. */
    Set<String> intents() {
        return intents;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && request.getIntent() != null && request.getIntent().getName() != null && intents.contains(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return answer(input, Slots.of((IntentRequest) input.getRequestEnvelope().getRequest()));
    }

    Optional<Response> answer(HandlerInput input, Slots slots) {
        return conversation.respond(input, ask(slots));
    }

    abstract Ask ask(Slots slots);
}
