package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.backstretches.dialog.Ask;
import com.backstretches.dialog.Dialog;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Turn;
import com.backstretches.screen.ScreenFacts;
import com.backstretches.screen.ScreenMemory;
import com.backstretches.speech.Prompts;
import com.backstretches.speech.Spoken;
import com.backstretches.speech.SsmlRenderer;
import java.util.List;
import java.util.Optional;

/**
 * The one path from a handler to a response: the dialog answers, speech is rendered once, the
 * session state is written back, and the answer is left on the request for the profile saver.
 */
final class Conversation {

    private final Dialog dialog;
    private final SessionCodec codec;
    private final ProfileSaver saver;
    private final Screens screens;
    private final SsmlRenderer renderer = new SsmlRenderer();

    Conversation(Dialog dialog, SessionCodec codec, ProfileSaver saver, Screens screens) {
        this.dialog = dialog;
        this.codec = codec;
        this.saver = saver;
        this.screens = screens;
    }

    Dialog dialog() {
        return dialog;
    }

    Optional<Response> open(HandlerInput input) {
        RequestScope scope = RequestScope.of(input);
        return reply(input, scope, dialog.open(scope.session().dialog()));
    }

    Optional<Response> respond(HandlerInput input, Ask ask) {
        return respond(input, ask, Extra.NONE);
    }

    /** Something a response carries beside the words: a card for the Alexa app, or a hand-over to Alexa itself. */
    sealed interface Extra {
        Extra NONE = new Nothing();

        record Nothing() implements Extra {
        }

        /** A card in the Alexa app asking for these permissions. */
        record Card(List<String> permissions) implements Extra {
        }

        /**
         * Alexa takes the conversation over (a permission asked by voice, as a purchase would be):
         * this session ends, and Alexa's answer comes back as a request of its own.
         */
        record HandOver(Directive directive) implements Extra {
        }
    }

    Optional<Response> respond(HandlerInput input, Ask ask, Extra extra) {
        RequestScope scope = RequestScope.of(input);
        return reply(input, scope, dialog.handle(scope.session().dialog(), ask), extra);
    }

    /** Says the last response again, word for word; with nothing said yet, the dialog decides. */
    Optional<Response> repeat(HandlerInput input) {
        RequestScope scope = RequestScope.of(input);
        Optional<LastSpeech> last = scope.session().last();
        if (last.isEmpty()) {
            return respond(input, new Ask.Repeat());
        }
        SessionData session = scope.session();
        // Word for word, so no warning is added; anything unsaved gets another try.
        ProfileSaver.Saved saved = saver.flush(scope);
        SessionData next = new SessionData(session.dialog(), session.last(), session.storageWarned(), saved.unsaved(), session.zone(),
                saved.stored());
        boolean end = last.get().reprompt().isEmpty();
        // The same screen again, countdown and all, when there was one and this device shows it.
        Optional<Directive> screen = last.get().screen().filter(s -> screens.shown(input)).map(s -> screen(session.dialog(), s, false, end));
        return send(input, next, last.get().speech(), last.get().reprompt(), end, Extra.NONE, screen);
    }

    private Optional<Response> reply(HandlerInput input, RequestScope scope, Turn turn) {
        return reply(input, scope, turn, Extra.NONE);
    }

    /** Saves first, so that a store that cannot be read or written is mentioned in this very answer (once a session). */
    private Optional<Response> reply(HandlerInput input, RequestScope scope, Turn turn, Extra extra) {
        ProfileSaver.Saved saved = saver.save(scope, turn);
        boolean storeFailed = scope.readFailed() || scope.write() == RequestScope.Write.FAILED;
        boolean warn = storeFailed && !scope.session().storageWarned();
        Spoken spoken = warn ? dialog.prompts().progressMayNotBeSaved(turn.spoken()) : turn.spoken();
        String speech = renderer.render(spoken.speech());
        String reprompt = turn.endsSession() ? "" : renderer.render(spoken.reprompt());
        scope.answered(turn);
        // Alexa takes the screen over when it takes the conversation over.
        Optional<ScreenMemory> shown = extra instanceof Extra.HandOver || !screens.shown(input) ? Optional.empty()
                : Optional.of(new ScreenMemory(turn.coached(), screens.timeline(spoken.speech(), stretchShown(turn))));
        Optional<Directive> screen = shown.map(s -> screen(turn.state(), s, turn.paused(), turn.endsSession()));
        SessionData next = new SessionData(turn.state(), Optional.of(new LastSpeech(speech, reprompt, shown)),
                scope.session().storageWarned() || warn, saved.unsaved(), scope.session().zone(), saved.stored());
        return send(input, next, speech, reprompt, turn.endsSession(), extra, screen);
    }

    /** The RenderDocument for a screen; the rounds before this part only matter (and are only planned) when it coached holds. */
    private Directive screen(DialogState state, ScreenMemory screen, boolean paused, boolean end) {
        int roundsBefore = screen.coached().isPresent() && !screen.timeline().holds().isEmpty() ? dialog.roundsBefore(state) : 0;
        return screens.render(new ScreenFacts(state, screen.coached(), paused, end, screen.timeline(), roundsBefore));
    }

    /** The stretch the screen is about: the set just coached, or where the person is. */
    private static String stretchShown(Turn turn) {
        return turn.coached().map(c -> c.step().stretchId()).orElse(turn.state().coach().position().step().stretchId());
    }

    private Optional<Response> send(HandlerInput input, SessionData session, String speech, String reprompt, boolean end, Extra extra,
            Optional<Directive> screen) {
        var builder = input.getResponseBuilder().withSpeech(speech);
        screen.ifPresent(builder::addDirective);
        if (extra instanceof Extra.Card card) {
            builder.withAskForPermissionsConsentCard(card.permissions());
        }
        if (extra instanceof Extra.HandOver handOver) {
            builder.addDirective(handOver.directive());
        }
        if (end || extra instanceof Extra.HandOver) {
            // Nothing to carry, and the request's attributes would otherwise be echoed back whatever they hold.
            SessionState.clear(input);
            return builder.withShouldEndSession(true).build();
        }
        SessionState.carry(input, codec.encode(session));
        return builder.withReprompt(reprompt).withShouldEndSession(false).build();
    }
}
