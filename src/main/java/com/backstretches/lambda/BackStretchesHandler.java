package com.backstretches.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.HttpAlexaApi;
import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.skill.BackStretchesSkill;
import com.backstretches.skill.SkillSetup;
import com.backstretches.speech.Words;
import com.backstretches.store.ProfileStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point. Lambda calls the no-arg constructor once per container; the routine and the
 * skill are built then, and the DynamoDB client beside them ({@link Container}), so each request only
 * runs the skill. Tests pass their own collaborators.
 *
 * <p>Before the ASK SDK sees a body, it must be an Alexa request for this skill; anything else is
 * rejected with a plain reason and nothing touched. An Alexa request the SDK then cannot read still
 * gets a well-formed answer ({@link FallbackAnswer}), so no exception reaches Alexa.
 */
public class BackStretchesHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BackStretchesHandler.class);

    /** One skill per language, by the locale of its words; English built at once, the others at their first request. */
    private final Map<Locale, SkillStreamHandler> skills = new ConcurrentHashMap<>();
    private final Function<Words, SkillSetup> setups;
    private final SkillGate gate;
    private final Optional<String> unusable;
    private final FallbackAnswer fallback = new FallbackAnswer();

    public BackStretchesHandler() {
        this(Container.store(), Clock.systemUTC(), RoutineLoader.standard(), Container.SETTINGS.gate(), new HttpAlexaApi(),
                Container.SETTINGS.unusable());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine) {
        this(store, clock, routine, Settings.fromEnvironment().gate());
    }

    /** Without Alexa's APIs (tests, tools): time zones fall back to the stored one or UTC; reminders cannot be set. */
    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {
        this(store, clock, routine, SkillGate.of(skillId), new NoAlexaApi());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId, AlexaApi alexa) {
        this(store, clock, routine, SkillGate.of(skillId), alexa);
    }

    BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, SkillGate gate) {
        this(store, clock, routine, gate, new NoAlexaApi());
    }

    BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, SkillGate gate, AlexaApi alexa) {
        this(store, clock, routine, gate, alexa, Optional.empty());
    }

    /** {@code unusable}: why this deployment can serve no one (its configuration), if so. */
    BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, SkillGate gate, AlexaApi alexa, Optional<String> unusable) {
        // The routine given is the English one (tests pass their own); every other language reads its own file.
        this.setups = words -> new SkillSetup(store, clock, words.equals(Words.english()) ? routine : RoutineLoader.forLanguage(words.language()),
                words, gate.skillId(), alexa);
        skill(Words.english());
        this.gate = gate;
        this.unusable = unusable;
        unusable.ifPresent(reason -> LOG.atError().addKeyValue("reason", reason).log("the function is not set up: every request gets an apology"));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long started = System.nanoTime();
        IncomingRequest request;
        try {
            request = IncomingRequest.read(input);
        } catch (RejectedRequestException e) {
            LOG.atWarn().addKeyValue("latencyMs", millisSince(started)).addKeyValue("reason", e.getMessage()).log("request rejected");
            throw e;
        }
        try {
            gate.admit(request);
        } catch (RejectedRequestException e) {
            LOG.atWarn().addKeyValue("requestId", request.requestId()).addKeyValue("requestType", request.type())
                    .addKeyValue("latencyMs", millisSince(started)).addKeyValue("reason", e.getMessage()).log("request rejected");
            throw e;
        }
        if (unusable.isPresent()) {
            LOG.atError().addKeyValue("requestId", request.requestId()).addKeyValue("requestType", request.type())
                    .addKeyValue("latencyMs", millisSince(started)).addKeyValue("outcome", "not-set-up")
                    .addKeyValue("reason", unusable.get()).log("request refused");
            output.write(fallback.notSetUp(request, Words.of(request.locale())));
            return;
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            skill(Words.of(request.locale())).handleRequest(new ByteArrayInputStream(request.body()), answer, context);
        } catch (RuntimeException | StackOverflowError e) {
            // The SDK could not turn the body into its model, so no handler ran and nothing was logged.
            answer.reset();
            answer.write(fallback.to(request, Words.of(request.locale())));
            LOG.atWarn().addKeyValue("requestId", request.requestId()).addKeyValue("requestType", request.type())
                    .addKeyValue("intent", request.intent().orElse(null)).addKeyValue("latencyMs", millisSince(started))
                    .addKeyValue("outcome", request.spoken() ? "unreadable-asked-again" : "unreadable-silent")
                    .addKeyValue("error", e.getClass().getSimpleName()).log("request handled");
        }
        answer.writeTo(output);
    }

    private SkillStreamHandler skill(Words words) {
        return skills.computeIfAbsent(words.locale(), locale -> new SkillStreamHandler(BackStretchesSkill.build(setups.apply(words))) {
        });
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
