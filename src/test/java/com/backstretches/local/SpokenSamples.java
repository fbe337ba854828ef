package com.backstretches.local;

import com.backstretches.local.InteractionModel.Intent;
import com.backstretches.local.InteractionModel.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What a user can say to the skill, read from its interaction model: every sample of every intent
 * with its slots filled by values of their types, and for the built-in intents the phrases Alexa
 * already knows for them (those of {@link UtteranceMatcher}). A slot's real values are what people
 * say: a custom type's values and synonyms, hold times and clock times as spoken. Its odd values
 * are what people also say: a stretch the skill does not have, five hundred seconds, a time that
 * is only "tonight".
 */
public final class SpokenSamples {

    /** Text the model has no sample for; Alexa sends it as AMAZON.FallbackIntent. */
    public static final List<String> UNKNOWN = List.of(
            "play some music", "order a pizza", "how tall is mount everest",
            "tell me a joke", "turn on the lights", "purple elephant dancing");

    /** Words for random unknown text: some the skill knows, so a phrase can come near a sample and still miss. */
    private static final List<String> STRAY_WORDS = List.of(
            "the", "banana", "stretch", "hold", "my", "seven", "please", "umm", "back", "quick", "weather", "again", "frame", "set");

    private final InteractionModel model;

    /** One thing to say: the intent it was written for, the sample it came from (or the built-in phrase), and the words. */
    public record Phrase(String intent, String sample, Map<String, String> slots, String text) {
        @Override
        public String toString() {
            return "\"" + text + "\" (" + intent + (sample.equals(text) ? "" : ": " + sample) + ")";
        }
    }

    public SpokenSamples(InteractionModel model) {
        this.model = model;
    }

    /**
     * Every sample of every intent at least once, and every real value of every slot at least once: a
     * slot's values are taken in turn across its intent's samples, which come round again until
     * all values have been said. Built-in intents also get each phrase Alexa knows for them.
     */
    public List<Phrase> everyPhrase() {
        List<Phrase> phrases = new ArrayList<>();
        for (Intent intent : model.intents()) {
            builtInPhrases(intent.name()).forEach(text -> phrases.add(new Phrase(intent.name(), text, Map.of(), text)));
            if (intent.samples().isEmpty()) {
                continue;
            }
            Map<String, Integer> said = new HashMap<>();
            List<Slot> used = intent.slots().stream().filter(slot -> samplesWith(intent, slot) > 0).toList();
            // Every sample once; then round again, saying only samples with a slot whose values are not all said yet.
            for (int i = 0; i < intent.samples().size()
                    || used.stream().anyMatch(slot -> said.getOrDefault(slot.name(), 0) < realValues(slot).size()); i++) {
                String sample = intent.samples().get(i % intent.samples().size());
                List<Slot> inSample = slotsIn(intent, sample);
                if (i >= intent.samples().size()
                        && inSample.stream().allMatch(slot -> said.getOrDefault(slot.name(), 0) >= realValues(slot).size())) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Slot slot : inSample) {
                    List<String> real = realValues(slot);
                    int at = said.merge(slot.name(), 1, Integer::sum) - 1;
                    values.put(slot.name(), real.get(at % real.size()));
                }
                phrases.add(new Phrase(intent.name(), sample, values, fill(sample, values)));
            }
        }
        return phrases;
    }

    /**
     * A phrase for a random intent of the model (each intent equally likely, so those with few
     * samples still come up): one of its samples, or of its known phrases, with each slot given a
     * real value, or an odd one {@code oddPercent} times in a hundred.
     */
    public Phrase random(SplittableRandom random, int oddPercent) {
        Intent intent = model.intents().get(random.nextInt(model.intents().size()));
        List<String> samples = new ArrayList<>(intent.samples());
        samples.addAll(builtInPhrases(intent.name()));
        if (samples.isEmpty()) {
            throw new IllegalStateException(intent.name() + " has no samples and no phrase Alexa knows for it: add one to SpokenSamples");
        }
        String sample = samples.get(random.nextInt(samples.size()));
        Map<String, String> values = new LinkedHashMap<>();
        for (Slot slot : slotsIn(intent, sample)) {
            List<String> from = random.nextInt(100) < oddPercent ? oddValues(slot) : realValues(slot);
            values.put(slot.name(), from.get(random.nextInt(from.size())));
        }
        return new Phrase(intent.name(), sample, values, fill(sample, values));
    }

    /** A few words the model was not written for, some near its own words. */
    public static String strayWords(SplittableRandom random) {
        int n = 1 + random.nextInt(4);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(STRAY_WORDS.get(random.nextInt(STRAY_WORDS.size())));
        }
        return String.join(" ", words);
    }

    /**
     * What Alexa already understands for a built-in intent, beyond the model's own samples ("stop",
     * "no", "go home"); for the fallback, text the model has no sample for. Empty for the skill's own intents.
     */
    public List<String> builtInPhrases(String intent) {
        if (intent.equals(UtteranceMatcher.FALLBACK)) {
            return UNKNOWN;
        }
        List<String> samples = model.samples(intent);
        // "exit" never reaches a skill: Alexa ends the session itself.
        return UtteranceMatcher.BUILT_IN_PHRASES.getOrDefault(intent, List.of()).stream()
                .filter(p -> !p.equals("exit") && !samples.contains(p)).toList();
    }

    /** What people say for a slot of this type, resolved the way the skill expects to hear it. */
    public List<String> realValues(Slot slot) {
        if (!slot.isBuiltInType()) {
            List<String> values = new ArrayList<>();
            model.slotType(slot.type()).orElseThrow().values().forEach(v -> {
                values.add(v.name());
                values.addAll(v.synonyms());
            });
            return values;
        }
        return switch (slot.type()) {
            // Every hold time the skill takes, as spoken.
            case "AMAZON.NUMBER" -> IntStream.rangeClosed(30, 60).mapToObj(SpokenSamples::numberWords).toList();
            case "AMAZON.TIME" -> List.of("seven a.m.", "seven thirty in the morning", "six fifteen a.m.", "half past seven",
                    "quarter to nine", "eight o'clock", "nine p.m.", "six thirty p.m.", "noon", "ten forty five",
                    "nineteen thirty", "quarter past six in the evening");
            case "AMAZON.DURATION" -> List.of("five minutes", "ten minutes", "fifteen minutes", "twenty minutes", "thirty minutes",
                    "twelve minutes", "an hour");
            default -> throw new IllegalStateException("no spoken values for slot type " + slot.type() + " (slot " + slot.name()
                    + "): add some to SpokenSamples so the tests say them");
        };
    }

    /** What people also say for a slot of this type: values the skill does not have or cannot use. */
    public List<String> oddValues(Slot slot) {
        if (!slot.isBuiltInType()) {
            // Near misses and words of another type; a few words at most, as Alexa sends.
            return List.of("moonwalk", "headstand", "frame", "twist twist", "sideways", "medium", "the", "normal version");
        }
        return switch (slot.type()) {
            case "AMAZON.NUMBER" -> List.of("zero", "one", "five", "twenty nine", "sixty one", "ninety", "a hundred and twenty",
                    "five hundred", "nine hundred ninety nine thousand", "999999999");
            case "AMAZON.TIME" -> List.of("tonight", "this morning", "in the afternoon", "at night", "midnight",
                    "twelve a.m.", "eleven fifty nine p.m.", "half twelve", "seven");
            case "AMAZON.DURATION" -> List.of("one second", "zero minutes", "three hours", "a minute and thirty seconds",
                    "ninety minutes");
            default -> realValues(slot);
        };
    }

    static String fill(String sample, Map<String, String> values) {
        String text = sample;
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    private static List<Slot> slotsIn(Intent intent, String sample) {
        return intent.slots().stream().filter(slot -> sample.contains("{" + slot.name() + "}")).toList();
    }

    private static int samplesWith(Intent intent, Slot slot) {
        return (int) intent.samples().stream().filter(s -> s.contains("{" + slot.name() + "}")).count();
    }

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** 0 to 99 in words, as Alexa hears them. */
    static String numberWords(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + UNITS[n % 10]);
    }
}
