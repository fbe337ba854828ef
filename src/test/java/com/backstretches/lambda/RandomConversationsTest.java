package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Navigator;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.store.Profile;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random conversations through the Lambda entry point on DynamoDB Local: phrases from the
 * interaction model, intents with odd slot values, sessions that end or are simply dropped, and
 * time passing. After every step the position is valid, the answer is one Alexa accepts (SSML that
 * parses, no break over 10 s), and the stored item loads back as exactly what was written.
 */
class RandomConversationsTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final InteractionModel MODEL = SkillOnLocalDynamoDb.MODEL;
    private static final Navigator NAVIGATOR = new Navigator(RoutineLoader.standard());

    /** One thing that can happen in a conversation; its toString is what a failure report shows. */
    sealed interface Action permits Say, Send, EndSession, WalkAway, Wait {
    }

    record Say(String utterance) implements Action {
        @Override
        public String toString() {
            return "say \"" + utterance + "\"";
        }
    }

    record Send(String intent, Map<String, String> slots) implements Action {
        @Override
        public String toString() {
            return "send " + intent + slots;
        }
    }

    record EndSession(String reason) implements Action {
        @Override
        public String toString() {
            return "session ends (" + reason + ")";
        }
    }

    record WalkAway() implements Action {
        @Override
        public String toString() {
            return "walk away (no session end)";
        }
    }

    record Wait(Duration how) implements Action {
        @Override
        public String toString() {
            return "wait " + how;
        }
    }

    @Property(tries = 100)
    void any_conversation_keeps_the_position_valid_every_answer_speakable_and_every_item_loadable(
            @ForAll("conversations") List<Action> conversation) {
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient alexa = skill.device("amzn1.ask.device.RANDOM");
        Optional<Profile> before = Optional.empty();

        for (Action step : conversation) {
            Optional<Turn> turn = play(alexa, skill.clock, step);
            turn.ifPresent(t -> {
                ResponseChecks.assertLikeAlexa(t.raw());
                if (!t.intent().equals("SessionEndedRequest")) {
                    assertThat(t.speech()).as("%s gets speech", step).startsWith("<speak>");
                    SsmlCheck.assertValidSpeech(t.speech());
                }
                if (t.sessionOpen()) {
                    Position carried = positionIn(t.sessionAttributes().path("backStretches"));
                    assertThat(NAVIGATOR.isValid(carried)).as("position the session carries after %s: %s", step, carried).isTrue();
                    assertThat(t.sessionAttributes().at("/backStretches/unsaved").isNull()).as("nothing unsaved with the database up").isTrue();
                }
            });
            Optional<Profile> stored = storedItemLoadsBack(skill, step);
            if (!changesChoices(step) && stored.isPresent()) {
                // A first write stores the defaults; after that only a choice changes them.
                assertThat(stored.get().position().versions()).as("versions after %s", step)
                        .isEqualTo(before.map(p -> p.position().versions()).orElse(Map.of()));
                assertThat(stored.get().position().holdSeconds()).as("hold after %s", step)
                        .isEqualTo(before.map(p -> p.position().holdSeconds()).orElse(HoldTime.DEFAULT));
            }
            before = stored;
        }
    }

    @Provide
    Arbitrary<List<Action>> conversations() {
        List<String> phrases = MODEL.intents().stream().flatMap(i -> i.samples().stream())
                .filter(sample -> !sample.contains("{")).toList();
        Arbitrary<Action> say = Arbitraries.of(phrases).map(Say::new);
        Arbitrary<Action> start = Arbitraries.of("open back stretches", "ask back stretches to start my back stretches",
                "ask back stretches to resume", "ask back stretches to go to the half pancake", "yes", "next", "next", "next").map(Say::new);
        Arbitrary<Action> hold = Arbitraries.of("-3", "0", "29", "30", "45", "60", "61", "500", "forty", "")
                .map(v -> new Send("HoldTimeIntent", Map.of("seconds", v)));
        Arbitrary<Action> named = Combinators.combine(
                        Arbitraries.of("GoToStretchIntent", "EasierIntent", "HarderIntent", "StandardVersionIntent", "DescribeIntent"),
                        Arbitraries.of("half pancake", "the wag tail", "a frame", "prone extension", "cobra", "", "torso"))
                .as((intent, name) -> new Send(intent, Map.of("stretch", name)));
        Arbitrary<Action> end = Arbitraries.of("USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR").map(EndSession::new);
        Arbitrary<Action> away = Arbitraries.just(new WalkAway());
        Arbitrary<Action> wait = Arbitraries.of(Duration.ofMinutes(5), Duration.ofHours(3), Duration.ofHours(25), Duration.ofDays(9)).map(Wait::new);
        Arbitrary<Action> any = Arbitraries.frequencyOf(
                Tuple.of(6, say), Tuple.of(6, start), Tuple.of(2, hold),
                Tuple.of(2, named), Tuple.of(1, end), Tuple.of(1, away),
                Tuple.of(1, wait));
        return any.list().ofMinSize(1).ofMaxSize(30);
    }

    private static Optional<Turn> play(AlexaClient alexa, TestClock clock, Action step) {
        if (step instanceof Say say) {
            return Optional.of(alexa.say(say.utterance()));
        } else if (step instanceof Send send) {
            // The client refuses to build an empty slot value; an empty value means the slot comes without one.
            Map<String, String> filled = new HashMap<>(send.slots());
            filled.values().removeIf(String::isEmpty);
            return Optional.of(alexa.send(send.intent(), filled));
        } else if (step instanceof EndSession end) {
            return alexa.sessionOpen() ? Optional.of(alexa.endSession(end.reason())) : Optional.empty();
        } else if (step instanceof WalkAway) {
            alexa.newSession();
        } else if (step instanceof Wait wait) {
            clock.advance(wait.how());
        }
        return Optional.empty();
    }

    /** The raw item, when there is one, loads through the store as exactly what it holds: nothing read as corrupt. */
    private static Optional<Profile> storedItemLoadsBack(SkillOnLocalDynamoDb skill, Action after) {
        Map<String, AttributeValue> item = skill.item();
        Optional<StoredProfile> loaded = skill.store.load(skill.user);
        if (item == null || item.isEmpty()) {
            assertThat(loaded).as("after %s", after).isEmpty();
            return Optional.empty();
        }
        assertThat(loaded).as("the item after %s loads", after).isPresent();
        Profile profile = loaded.get().profile();
        assertThat(NAVIGATOR.isValid(profile.position())).as("stored position after %s: %s", after, profile.position()).isTrue();
        assertThat(loaded.get().version()).isEqualTo(Long.parseLong(item.get("version").n()));
        assertThat(profile.position().step().stretchId()).as("not read as a fresh start").isEqualTo(item.get("stretch").s());
        assertThat(profile.position().step().set()).isEqualTo(Integer.parseInt(item.get("set").n()));
        assertThat(profile.position().holdSeconds()).isEqualTo(Integer.parseInt(item.get("holdSeconds").n()));
        return Optional.of(profile);
    }

    /** Only these may change the stored versions or hold time; anything else leaves them as they were. */
    private static boolean changesChoices(Action step) {
        if (step instanceof Send send) {
            return List.of("HoldTimeIntent", "EasierIntent", "HarderIntent", "StandardVersionIntent").contains(send.intent());
        }
        if (step instanceof Say say) {
            // "yes" can accept an offered easier version; samples can be any choice-changing intent.
            return MODEL.intents().stream().filter(i -> i.samples().contains(say.utterance()))
                    .anyMatch(i -> List.of("HoldTimeIntent", "EasierIntent", "HarderIntent", "StandardVersionIntent", "PainIntent",
                            "AMAZON.YesIntent").contains(i.name()))
                    || say.utterance().equals("yes");
        }
        return false;
    }

    private static Position positionIn(JsonNode state) {
        Map<String, Level> versions = new HashMap<>();
        state.path("versions").fields().forEachRemaining(e -> versions.put(e.getKey(), Level.valueOf(e.getValue().asText())));
        return new Position(Status.valueOf(state.path("status").asText()),
                new Step(state.path("stretch").asText(), Side.valueOf(state.path("side").asText()), state.path("set").asInt()),
                versions, state.path("holdSeconds").asInt());
    }
}
