package bench;

import com.backstretches.alexa.HttpAlexaApi;
import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Back Stretches without its DynamoDB client: the whole skill as deployed (routine, speech, dialog,
 * Alexa's settings API), profiles kept in memory. Built through the skill's own public constructor, so
 * no {@code Container} loads and with it no AWS SDK. The cold-start benchmark's
 * measure of what the skill costs apart from its storage. Never deployed (the function refuses to run
 * without a table).
 */
public class InMemoryBackStretches extends BackStretchesHandler {

    public InMemoryBackStretches() {
        super(new InMemoryProfileStore(), Clock.systemUTC(), RoutineLoader.standard(), Optional.ofNullable(System.getenv("SKILL_ID")),
                new HttpAlexaApi());
    }
}
