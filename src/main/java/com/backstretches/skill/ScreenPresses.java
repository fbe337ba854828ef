package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.backstretches.dialog.Ask;
import com.backstretches.screen.AplDocument;
import com.backstretches.screen.Button;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A button pressed on the screen (an APL UserEvent) answered exactly as the words it stands for:
 * the same handler, so the same Ask through the same dialog, profile load and save. Anything else
 * arriving as a UserEvent (another document, an old token, odd arguments) gets the fallback answer.
 */
final class ScreenPresses implements RequestHandler {

    static final String PRESS = "press";

    private final Conversation conversation;
    private final Map<Button, IntentHandler> handlers;

    ScreenPresses(Conversation conversation, Map<Button, IntentHandler> handlers) {
        this.conversation = conversation;
        this.handlers = Map.copyOf(handlers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof UserEvent;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        UserEvent event = (UserEvent) input.getRequestEnvelope().getRequest();
        Optional<IntentHandler> handler = button(event).map(handlers::get);
        return handler.isPresent() ? handler.get().answer(input, Slots.none()) : conversation.respond(input, new Ask.Fallback());
    }

    /** The button a press names, if it came from our document. */
    static Optional<Button> button(UserEvent event) {
        List<Object> args = event.getArguments();
        if (!AplDocument.TOKEN.equals(event.getToken()) || args == null || args.size() != 2 || !PRESS.equals(args.get(0))
                || !(args.get(1) instanceof String id)) {
            return Optional.empty();
        }
        return Button.byId(id);
    }
}
