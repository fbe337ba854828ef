package bench.minimal;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import java.util.Optional;

/** The smallest skill the ASK SDK makes: answers a launch, keeps nothing. */
public class MinimalSkillHandler extends SkillStreamHandler {

    public MinimalSkillHandler() {
        super(new CustomSkillBuilder().addRequestHandler(new Launch()).build());
    }

    static final class Launch implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Hello.").withReprompt("Say something.").build();
        }
    }
}
