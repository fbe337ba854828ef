package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.backstretches.routine.Routine;
import com.backstretches.screen.AplDocument;
import com.backstretches.screen.Poses;
import com.backstretches.screen.Screen;
import com.backstretches.screen.ScreenComposer;
import com.backstretches.screen.ScreenFacts;
import com.backstretches.screen.ScreenText;
import com.backstretches.screen.Timeline;
import com.backstretches.speech.Script;
import com.backstretches.speech.TurnWriter;
import java.util.Optional;

/**
 * Whether this request's device can show the screen, and the RenderDocument that shows it. The
 * document and drawings are read on the first request from a device with a screen, so a voice-only
 * container never pays for them.
 */
final class Screens {

    private final Routine routine;
    private final TurnWriter writer;
    private volatile Parts parts;

    private record Parts(ScreenComposer composer, AplDocument document) {
    }

    Screens(Routine routine, TurnWriter writer) {
        this.routine = routine;
        this.writer = writer;
    }

    /** The device has APL at the document's version or later; anything else hears the same answers as a speaker. */
    boolean shown(HandlerInput input) {
        Optional<String> runtime = aplRuntime(input.getRequestEnvelope());
        return runtime.isPresent() && AplVersions.atLeast(runtime.get(), parts().document().version());
    }

    Timeline timeline(Script speech, String stretchId) {
        return Timeline.of(speech, writer.timing(), parts().composer().poses().of(stretchId).size());
    }

    Directive render(ScreenFacts facts) {
        Parts p = parts();
        Screen screen = p.composer().compose(facts);
        return RenderDocumentDirective.builder()
                .withToken(AplDocument.TOKEN)
                .withDocument(p.document().document(screen))
                .withDatasources(p.document().datasources(screen))
                .build();
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                if (parts == null) {
                    Poses poses = Poses.load();
                    parts = new Parts(new ScreenComposer(routine, poses, ScreenText.load(writer.words().locale()), writer), AplDocument.load(poses));
                }
                p = parts;
            }
        }
        return p;
    }

    /** The device's newest APL version; absent when it has no screen (or says nothing of one). */
    static Optional<String> aplRuntime(RequestEnvelope envelope) {
        if (envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getDevice() == null) {
            return Optional.empty();
        }
        SupportedInterfaces supported = envelope.getContext().getSystem().getDevice().getSupportedInterfaces();
        AlexaPresentationAplInterface apl = supported == null ? null : supported.getAlexaPresentationAPL();
        if (apl == null) {
            return Optional.empty();
        }
        // A device that names no runtime is taken at its word that it has APL, at the first version.
        return Optional.of(apl.getRuntime() == null || apl.getRuntime().getMaxVersion() == null ? "1.0" : apl.getRuntime().getMaxVersion());
    }
}
