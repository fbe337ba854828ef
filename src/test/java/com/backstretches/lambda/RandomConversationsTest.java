package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.SpokenSamples;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.backstretches.testkit.Seeds;
import com.backstretches.testkit.SpeakableSsml;
import com.backstretches.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random conversations through the Lambda entry point on DynamoDB Local: any sample of any intent
 * in the interaction model with its slots filled by real values of their types (now and then odd
 * ones), the phrases Alexa knows for yes, no, help, cancel and going home, text the model has no
 * sample for, intents sent with values no one would say, sessions that end (the user leaves, stays
 * silent, an error) or are simply dropped, and time passing, from minutes to days. After every
 * step the position is valid, the answer is one Alexa accepts (SSML with the skill's own prosody,
 * no break over 10 s, never two in a row), the stored item loads back as exactly what was written
 * and is what the session carries, and the user's choices (versions, hold, pace) change only when
 * they chose. A failure names its seed; -Dseed=N replays that conversation alone.
 */
class RandomConversationsTest {

    /** Started on first use, so drawing conversations needs no database. */
    private static final class Table {
        static final LocalDynamoDb DB = LocalDynamoDb.shared();
        static final String NAME = DB.createTable();
    }

    private static final InteractionModel MODEL = SkillOnLocalDynamoDb.MODEL;
    private static final SpokenSamples SAMPLES = new SpokenSamples(MODEL);
    private static final Navigator NAVIGATOR = new Navigator(RoutineLoader.standard());
    private static final int CONVERSATIONS = 100;
    private static final int MOST_STEPS = 30;
    /** One time in five a slot gets an odd value rather than a real one. */
    private static final int ODD_PERCENT = 20;

    /** Intents that may change the stored versions and hold: a choice, or an answer to an offer of one. */
    private static final Set<String> CHOOSE_VERSIONS_OR_HOLD = Set.of("HoldTimeIntent", "EasierIntent", "HarderIntent",
            "StandardVersionIntent", "PainIntent", "AMAZON.YesIntent", "AMAZON.NoIntent");

    /** One thing that can happen in a conversation; its toString is what a failure report shows. */
    sealed interface Action permits SayPhrase, Say, Send, EndSession, WalkAway, Wait {
    }

    /** A phrase of the model: a sample with its slots filled, or one Alexa knows for a built-in intent. */
    record SayPhrase(SpokenSamples.Phrase phrase) implements Action {
        @Override
        public String toString() {
            return "say \"" + phrase.text() + "\" (" + phrase.intent() + ")";
        }
    }

    /** Anything else said: getting going, or words the model was not written for. */
    record Say(String utterance) implements Action {
        @Override
        public String toString() {
            return "say \"" + utterance + "\"";
        }
    }

    /** An intent sent as Alexa would never fill it; an empty value means the slot comes without one. */
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

    // Replay one conversation with -Dseed=N (the seed its failure names).
    static List<Long> seeds() {
        return Seeds.forRun(CONVERSATIONS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_conversation_keeps_the_position_valid_every_answer_speakable_every_item_loadable_and_choices_as_chosen(long seed) {
        Seeds.replayable(getClass(), seed, () -> {
            List<Action> conversation = conversation(new SplittableRandom(seed));
            List<Action> done = new ArrayList<>();
            Writes writes = new Writes();
            SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(Table.DB.client(), Table.NAME, writes::around);
            AlexaClient alexa = skill.device("amzn1.ask.device.RANDOM");
            Optional<Profile> before = Optional.empty();
            for (Action step : conversation) {
                done.add(step);
                try {
                    before = play(skill, writes, alexa, step, before);
                } catch (AssertionError failure) {
                    throw new AssertionError("after " + String.join(", then ", done.stream().map(Action::toString).toList()) + ":\n"
                            + failure.getMessage(), failure);
                }
            }
        });
    }

    /** One step and the checks after it; returns what is stored now. */
    private static Optional<Profile> play(SkillOnLocalDynamoDb skill, Writes writes, AlexaClient alexa, Action step,
            Optional<Profile> before) {
        int writesBefore = writes.count;
        Optional<Turn> turn = play(alexa, skill.clock, step);
        if (turn.isEmpty()) {
            return before; // nothing reached the skill, so nothing it stores can have changed
        }
        checkAnswer(turn.get());
        // The item changes only when the skill writes it; reading it back after every turn would double the test's time.
        Optional<Profile> stored = writes.count == writesBefore ? before : storedItemLoadsBack(skill);
        String reached = turn.get().intent();
        if (turn.get().sessionOpen() && stored.isPresent()) {
            // With the database up nothing waits in the session: what it carries is what is stored.
            assertThat(positionIn(turn.get().sessionAttributes().path("backStretches"))).as("position the session carries, against the stored one")
                    .isEqualTo(stored.get().position());
        }
        if (stored.isPresent()) {
            // A first write stores the defaults; after that only a choice changes them.
            if (!CHOOSE_VERSIONS_OR_HOLD.contains(reached)) {
                assertThat(stored.get().position().versions()).as("stored versions")
                        .isEqualTo(before.map(p -> p.position().versions()).orElse(Map.of()));
                assertThat(stored.get().position().holdSeconds()).as("stored hold")
                        .isEqualTo(before.map(p -> p.position().holdSeconds()).orElse(HoldTime.DEFAULT));
            }
            if (!reached.equals("PaceIntent")) {
                assertThat(stored.get().position().pace()).as("stored pace")
                        .isEqualTo(before.map(p -> p.position().pace()).orElse(Pace.NORMAL));
            }
        }
        return stored;
    }

    /**
     * What the conversations are made of, over 5,000 of them from fixed seeds (drawn, not played):
     * every sample and known phrase of every intent, every real value of every slot type and odd
     * ones too, and every other kind of step. A run plays a hundred, so over many runs all of it is said.
     */
    @Test
    void the_conversations_draw_every_phrase_every_slot_value_and_every_kind_of_step() {
        Set<String> phrases = new TreeSet<>();
        Set<String> values = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (long seed = 0; seed < 5_000; seed++) {
            for (Action step : conversation(new SplittableRandom(seed))) {
                if (step instanceof SayPhrase say) {
                    phrases.add(say.phrase().intent() + ": " + say.phrase().sample());
                    MODEL.intent(say.phrase().intent()).orElseThrow().slots().stream().filter(slot -> say.phrase().slots().containsKey(slot.name()))
                            .forEach(slot -> values.add(slot.type() + "=" + say.phrase().slots().get(slot.name())));
                } else {
                    others.add(step instanceof Say say ? say.utterance() : step instanceof Send send ? "send " + send.intent()
                            : step instanceof EndSession end ? "end " + end.reason() : step.toString());
                }
            }
        }
        Set<String> expectedPhrases = new TreeSet<>();
        Set<String> expectedValues = new TreeSet<>();
        for (InteractionModel.Intent intent : MODEL.intents()) {
            intent.samples().forEach(sample -> expectedPhrases.add(intent.name() + ": " + sample));
            SAMPLES.builtInPhrases(intent.name()).forEach(phrase -> expectedPhrases.add(intent.name() + ": " + phrase));
            for (InteractionModel.Slot slot : intent.slots()) {
                if (intent.samples().stream().anyMatch(sample -> sample.contains("{" + slot.name() + "}"))) {
                    SAMPLES.realValues(slot).forEach(value -> expectedValues.add(slot.type() + "=" + value));
                    assertThat(values).as("odd values of %s", slot.type())
                            .containsAnyElementsOf(SAMPLES.oddValues(slot).stream().map(v -> slot.type() + "=" + v).toList());
                }
            }
        }
        assertThat(phrases).as("phrases drawn").containsAll(expectedPhrases);
        assertThat(values).as("slot values drawn").containsAll(expectedValues);
        Set<String> expectedOthers = new TreeSet<>(GETTING_GOING);
        END_REASONS.forEach(reason -> expectedOthers.add("end " + reason));
        WAITS.forEach(wait -> expectedOthers.add(new Wait(wait).toString()));
        expectedOthers.add(new WalkAway().toString());
        MODEL.intents().stream().filter(i -> !i.slots().isEmpty()).forEach(i -> expectedOthers.add("send " + i.name()));
        assertThat(others).as("other steps drawn").containsAll(expectedOthers);
        assertThat(others.stream().filter(o -> !expectedOthers.contains(o))).as("unknown words said").isNotEmpty();
    }

    private static void checkAnswer(Turn t) {
        ResponseChecks.assertLikeAlexa(t.raw());
        if (!t.intent().equals("SessionEndedRequest")) {
            assertThat(t.speech()).as("speech").startsWith("<speak>");
            SpeakableSsml.assertSpeakable(t.speech());
            t.reprompt().ifPresent(SpeakableSsml::assertSpeakable);
        }
        if (t.sessionOpen()) {
            Position carried = positionIn(t.sessionAttributes().path("backStretches"));
            assertThat(NAVIGATOR.isValid(carried)).as("position the session carries: %s", carried).isTrue();
            assertThat(t.sessionAttributes().at("/backStretches/unsaved").isNull()).as("nothing unsaved with the database up").isTrue();
        }
    }

    /**
     * A quarter of the conversations long (up to thirty steps), the rest short (up to five): about
     * six steps on average, as many as jqwik drew here, so a run affords a hundred. More than half
     * the steps say a phrase of the model.
     */
    static List<Action> conversation(SplittableRandom random) {
        int steps = 1 + random.nextInt(random.nextInt(4) == 0 ? MOST_STEPS : 5);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            actions.add(action(random));
        }
        return actions;
    }

    private static final List<String> GETTING_GOING = List.of("open back stretches", "ask back stretches to start my back stretches",
            "ask back stretches to resume", "ask back stretches for the quick version", "ask back stretches to go to the half pancake",
            "yes", "ready", "next", "next", "next");
    private static final List<String> END_REASONS = List.of("USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR");
    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(5), Duration.ofHours(3), Duration.ofHours(13),
            Duration.ofHours(25), Duration.ofHours(49), Duration.ofDays(9));

    private static Action action(SplittableRandom random) {
        int roll = random.nextInt(20);
        if (roll < 11) {
            return new SayPhrase(SAMPLES.random(random, ODD_PERCENT));
        } else if (roll < 15) {
            // Without these a conversation seldom gets past the first set.
            return new Say(pick(random, GETTING_GOING));
        } else if (roll < 16) {
            return new Say(SpokenSamples.strayWords(random));
        } else if (roll < 17) {
            return oddlyFilled(random);
        } else if (roll < 18) {
            return new EndSession(pick(random, END_REASONS));
        } else if (roll < 19) {
            return new WalkAway();
        }
        return new Wait(pick(random, WAITS));
    }

    /** An intent with slots, each slot empty or holding what a user could not have said to fill it. */
    private static Send oddlyFilled(SplittableRandom random) {
        List<InteractionModel.Intent> withSlots = MODEL.intents().stream().filter(i -> !i.slots().isEmpty()).toList();
        InteractionModel.Intent intent = pick(random, withSlots);
        Map<String, String> slots = new LinkedHashMap<>();
        for (InteractionModel.Slot slot : intent.slots()) {
            slots.put(slot.name(), pick(random, switch (slot.type()) {
                case "AMAZON.NUMBER" -> List.of("", "-3", "0", "29", "61", "500", "forty", "99999999999", "4.5");
                case "AMAZON.TIME" -> List.of("", "25:00", "24:00", "7:5", "MO", "EV", "NI", "T07:00", "07:30:15", "noon");
                case "AMAZON.DURATION" -> List.of("", "PT0S", "P1D", "PT-5M", "ten", "PT99999H");
                default -> List.of("", "moonwalk", "torso", "HALF PANCAKE", "a-frame", "the the", "sideways");
            }));
        }
        return new Send(intent.name(), slots);
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Optional<Turn> play(AlexaClient alexa, TestClock clock, Action step) {
        if (step instanceof SayPhrase say) {
            return Optional.of(alexa.say(say.phrase().text()));
        } else if (step instanceof Say say) {
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
    private static Optional<Profile> storedItemLoadsBack(SkillOnLocalDynamoDb skill) {
        Map<String, AttributeValue> item = skill.item();
        Optional<StoredProfile> loaded = skill.store.load(skill.user);
        if (item == null || item.isEmpty()) {
            assertThat(loaded).as("a profile with no item").isEmpty();
            return Optional.empty();
        }
        assertThat(loaded).as("the item loads").isPresent();
        Profile profile = loaded.get().profile();
        Position p = profile.position();
        assertThat(NAVIGATOR.isValid(p)).as("stored position %s", p).isTrue();
        assertThat(loaded.get().version()).isEqualTo(Long.parseLong(item.get("version").n()));
        // A paused routine is stored as PAUSED and loads as in progress, paused.
        assertThat(profile.paused() && p.status() == Status.IN_PROGRESS ? "PAUSED" : p.status().name())
                .as("not read as a fresh start").isEqualTo(item.get("status").s());
        assertThat(p.step().stretchId()).as("not read as a fresh start").isEqualTo(item.get("stretch").s());
        assertThat(p.step().side().name()).isEqualTo(item.get("side").s());
        assertThat(p.step().set()).isEqualTo(Integer.parseInt(item.get("set").n()));
        assertThat(p.holdSeconds()).isEqualTo(Integer.parseInt(item.get("holdSeconds").n()));
        assertThat(p.pace().name()).isEqualTo(item.get("pace").s());
        assertThat(p.length().name()).isEqualTo(item.get("routineLength").s());
        return Optional.of(profile);
    }

    /** The skill's store as the skill sees it, counting the writes it tries. */
    private static final class Writes implements ProfileStore {
        private ProfileStore store;
        private int count;

        ProfileStore around(ProfileStore real) {
            this.store = real;
            return this;
        }

        @Override
        public Optional<StoredProfile> load(String userId) {
            return store.load(userId);
        }

        @Override
        public void put(String userId, Profile profile, long expectedVersion) {
            count++;
            store.put(userId, profile, expectedVersion);
        }

        @Override
        public void delete(String userId) {
            count++;
            store.delete(userId);
        }
    }

    private static Position positionIn(JsonNode state) {
        Map<String, Level> versions = new HashMap<>();
        state.path("versions").fields().forEachRemaining(e -> versions.put(e.getKey(), Level.valueOf(e.getValue().asText())));
        return new Position(Status.valueOf(state.path("status").asText()),
                new Step(state.path("stretch").asText(), Side.valueOf(state.path("side").asText()), state.path("set").asInt()),
                versions, state.path("holdSeconds").asInt(), Pace.valueOf(state.path("pace").asText()),
                RoutineLength.valueOf(state.path("routineLength").asText()));
    }
}
