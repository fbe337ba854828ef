package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.IntentMatch;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.SlotMatch;
import com.backstretches.local.SpokenSamples;
import com.backstretches.local.SpokenSamples.Phrase;
import com.backstretches.local.Turn;
import com.backstretches.local.UtteranceMatcher;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.testkit.ResponseChecks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What Alexa certification tries: every sample of every intent, and the known phrases of the
 * built-in intents the model lists without samples, said at the start of a session, after the
 * welcome, and in the middle of a set, reaches the intent it was written for and gets a
 * well-formed answer; so does every value of every slot, in one of those states. Help keeps the
 * session open with a question; stop and cancel end it.
 */
class CertificationTest {

    private static final Path MODEL_FILE = Path.of("skill-package/interactionModels/custom/en-US.json");
    private static final InteractionModel MODEL = InteractionModel.load(MODEL_FILE);
    // One handler for every user, as one Lambda container serves many: each client is a new user.
    private static final BackStretchesHandler HANDLER = new BackStretchesHandler(new InMemoryProfileStore(),
            Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC), RoutineLoader.standard(), Optional.of(EnvelopeTest.SKILL_ID));
    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(MODEL);
    private static final AtomicInteger USERS = new AtomicInteger();

    @Test
    void every_phrase_of_every_intent_in_every_state_reaches_that_intent_and_gets_an_answer_alexa_accepts() {
        List<Phrase> phrases = new SpokenSamples(MODEL).everyPhrase();
        List<Consumer<AlexaClient>> states = List.of(
                alexa -> { },
                alexa -> alexa.say("open back stretches"),
                alexa -> {
                    alexa.say("ask back stretches to start my back stretches");
                    alexa.say("next");
                });
        List<String> misheard = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        Set<String> samplesSaid = new HashSet<>();
        int again = 0;
        for (Phrase phrase : phrases) {
            IntentMatch match = MATCHER.match(phrase.text());
            if (!match.name().equals(phrase.intent()) || !slotsHeard(phrase, match)) {
                misheard.add(phrase + " went to " + match.name() + " " + match.slots().values());
                continue;
            }
            // A sample said again, for more of its slots' values, is said in one state, the states taken in turn.
            boolean first = samplesSaid.add(phrase.intent() + ": " + phrase.sample());
            for (Consumer<AlexaClient> state : first ? states : List.of(states.get(again++ % states.size()))) {
                AlexaClient alexa = client();
                state.accept(alexa);
                Turn turn = alexa.say(phrase.text());
                assertThat(turn.intent()).as("what the skill was sent for %s", phrase).isEqualTo(phrase.intent());
                ResponseChecks.assertLikeAlexa(turn.raw());
                assertThat(turn.speech()).as("%s is answered", phrase).isNotBlank();
                assertThat(turn.shouldEndSession()).as("%s says whether the session goes on", phrase).isPresent();
                reached.add(turn.intent());
            }
        }
        assertThat(misheard).as("phrases the model sends to another intent, or with a slot unheard").isEmpty();
        assertThat(reached).as("intents reached").isEqualTo(MODEL.intents().stream().map(InteractionModel.Intent::name)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void help_keeps_the_session_open_with_a_question_in_every_state() {
        for (String before : List.of("", "open back stretches", "ask back stretches to start my back stretches")) {
            AlexaClient alexa = client();
            if (!before.isEmpty()) {
                alexa.say(before);
            }
            Turn help = alexa.say("help");
            assertThat(help.shouldEndSession()).as("after '%s'", before).contains(false);
            assertThat(help.plainSpeech()).endsWith("?");
            assertThat(help.reprompt()).isPresent();
        }
    }

    @Test
    void stop_and_cancel_end_the_session_in_every_state() {
        for (String leave : List.of("stop", "cancel", "stop my stretches")) {
            for (String before : List.of("open back stretches", "ask back stretches to start my back stretches")) {
                AlexaClient alexa = client();
                alexa.say(before);
                Turn turn = alexa.say(leave);
                assertThat(turn.shouldEndSession()).as("'%s' after '%s'", leave, before).contains(true);
                assertThat(turn.reprompt()).isEmpty();
            }
        }
    }

    /** Each slot the phrase filled came through with what was said; a custom value also resolved to a value of its type. */
    private static boolean slotsHeard(Phrase phrase, IntentMatch match) {
        for (Map.Entry<String, String> said : phrase.slots().entrySet()) {
            Optional<SlotMatch> heard = match.slot(said.getKey());
            boolean custom = MODEL.intent(phrase.intent()).flatMap(i -> i.slot(said.getKey())).map(s -> !s.isBuiltInType()).orElse(false);
            if (heard.isEmpty() || heard.get().value().isBlank() || (custom && !heard.get().isResolved())) {
                return false;
            }
        }
        return true;
    }

    private static AlexaClient client() {
        return new AlexaClient(HANDLER, MODEL, new Envelopes(EnvelopeTest.SKILL_ID, "amzn1.ask.account.CERTIFICATION-" + USERS.incrementAndGet()));
    }
}
