package com.backstretches.local;

import com.backstretches.local.InteractionModel.Intent;
import com.backstretches.local.InteractionModel.Slot;
import com.backstretches.local.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a phrase into the intent Alexa would pick from the skill's own interaction model, so a dialog
 * test written as "what the user says" fails when the model cannot understand the phrase.
 *
 * <p>This is a deterministic stand-in for Alexa's statistical matcher, with a fixed order of
 * preference: a sample matched word for word, then a sample whose slots all resolved (custom value or
 * synonym, a spoken number, duration or time), then the standard phrases of the built-in intents the
 * model includes, then a sample whose custom slot took words that match no value (ER_SUCCESS_NO_MATCH),
 * and last AMAZON.FallbackIntent. Ties go to the intent and sample that come first in the model file.
 *
 * <p>Built-in slots take only what their type can be: AMAZON.NUMBER a number ({@link SpokenNumbers}),
 * AMAZON.DURATION a duration, AMAZON.TIME a time of day ({@link SpokenTime}); other built-in types
 * take any few words. A sample that is nothing but slots ("{pace}", "{time}") matches only when its
 * slots resolve: letting it take words that match no value would make it a catch-all that hides
 * every phrase the model is missing, which a test must see as AMAZON.FallbackIntent.
 */
public final class UtteranceMatcher {

    /**
     * What Alexa already understands for built-in intents without any samples in the model. Only the
     * intents the model includes get these phrases; a model sample with the same words wins.
     */
    static final Map<String, List<String>> BUILT_IN_PHRASES = builtInPhrases();

    private static Map<String, List<String>> builtInPhrases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "sure", "yes please", "okay sure"));
        m.put("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "not now"));
        m.put("AMAZON.HelpIntent", List.of("help", "help me", "what can i say"));
        m.put("AMAZON.StopIntent", List.of("stop", "stop it", "quit", "exit", "goodbye"));
        m.put("AMAZON.CancelIntent", List.of("cancel", "never mind"));
        // Not "skip this one": that is the skill's own words for skipping a stretch.
        m.put("AMAZON.NextIntent", List.of("next", "skip ahead", "next one"));
        m.put("AMAZON.PreviousIntent", List.of("previous", "go back", "back"));
        m.put("AMAZON.PauseIntent", List.of("pause", "pause it"));
        m.put("AMAZON.ResumeIntent", List.of("resume"));
        m.put("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again"));
        m.put("AMAZON.StartOverIntent", List.of("start over", "restart"));
        m.put("AMAZON.NavigateHomeIntent", List.of("go home"));
        return m;
    }

    static final String FALLBACK = "AMAZON.FallbackIntent";

    /** "ask back stretches to ...", "tell back stretches to ...". */
    private static final Set<String> ASK_VERBS = Set.of("ask", "tell");
    /** "open back stretches", "start back stretches and ...". */
    private static final Set<String> LAUNCH_VERBS = Set.of("open", "start", "launch", "begin", "load", "run", "use");
    private static final Set<String> ASK_CONNECTORS = Set.of("to", "for", "about", "if", "whether", "that", "and");
    private static final Set<String> LAUNCH_CONNECTORS = Set.of("and", "to");
    /** Words people put before an invocation name ("open my back stretches"). */
    private static final Set<String> FILLERS = Set.of("my", "the");
    /** Longest run of words a custom slot takes when no value fits, and a number or duration. */
    private static final int MAX_WILDCARD_WORDS = 4;
    private static final int MAX_NUMBER_WORDS = 8;
    /** "a quarter to nine in the evening" is seven words. */
    private static final int MAX_TIME_WORDS = 10;

    private final InteractionModel model;
    private final List<String> invocation;
    private final List<CompiledSample> samples = new ArrayList<>();
    private final Map<String, String> builtInByPhrase = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByType = new HashMap<>();

    private sealed interface Part permits Word, SlotPart {
    }

    private record Word(String word) implements Part {
    }

    private record SlotPart(Slot slot) implements Part {
    }

    private record CompiledSample(int order, Intent intent, List<Part> parts, boolean hasSlots) {
        /** A sample with no words of its own, such as "{pace}". */
        boolean slotsOnly() {
            return parts.stream().allMatch(SlotPart.class::isInstance);
        }
    }

    /** A value name or synonym of a custom type, as words. */
    private record Phrase(List<String> words, SlotValue value) {
    }

    /** One way a sample matched the whole utterance. */
    private record Candidate(CompiledSample sample, Map<String, SlotMatch> slots, int wildcardSlots,
            int wildcardWords, int literalWords) {
        int tier() {
            return !sample.hasSlots() ? 0 : wildcardSlots == 0 ? 1 : 3;
        }
    }

    /** The utterance with any wake word and invocation stripped off. */
    private record Heard(List<String> words, boolean invoked) {
    }

    public UtteranceMatcher(InteractionModel model) {
        this.model = model;
        this.invocation = words(model.invocationName());
        int order = 0;
        for (Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                samples.add(compile(order++, intent, sample));
            }
        }
        for (InteractionModel.SlotType type : model.slotTypes()) {
            List<Phrase> phrases = new ArrayList<>();
            for (SlotValue v : type.values()) {
                phrases.add(new Phrase(words(v.name()), v));
                v.synonyms().forEach(s -> phrases.add(new Phrase(words(s), v)));
            }
            // Longest first, so "a frame to squat" is tried before "a frame".
            phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
            phrasesByType.put(type.name(), phrases);
        }
        BUILT_IN_PHRASES.forEach((intent, phrases) -> {
            if (model.hasIntent(intent)) {
                phrases.forEach(p -> builtInByPhrase.put(p, intent));
            }
        });
    }

    public InteractionModel model() {
        return model;
    }

    /** Lowercase, punctuation (but not apostrophes) to spaces, spaces collapsed: "A-frame!" → "a frame". */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9' ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<String> words(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    public IntentMatch match(String utterance) {
        Heard heard = hear(utterance);
        if (heard.words().isEmpty()) {
            if (heard.invoked()) {
                return IntentMatch.launch();
            }
            throw new IllegalArgumentException("nothing to match in \"" + utterance + "\"");
        }
        return matchWords(heard.words(), utterance);
    }

    /**
     * Whether the utterance names the skill ("open back stretches", "ask back stretches to skip"), which
     * Alexa always handles as the start of a new session.
     */
    public boolean isInvocation(String utterance) {
        return hear(utterance).invoked();
    }

    /**
     * A slot value given directly (not spoken in a sample), resolved the way Alexa would resolve it:
     * a custom value name or synonym gets its id, a number in words becomes digits.
     */
    public SlotMatch resolveSlot(String intentName, String slotName, String value) {
        Intent intent = model.intent(intentName)
                .orElseThrow(() -> new IllegalArgumentException("the model has no intent " + intentName));
        Slot slot = intent.slot(slotName).orElseThrow(() -> new IllegalArgumentException(
                "intent " + intentName + " declares no slot " + slotName + "; it has " + intent.slots()));
        List<String> spoken = words(value);
        if (spoken.isEmpty()) {
            throw new IllegalArgumentException("empty value for slot " + slotName);
        }
        return switch (slot.type()) {
            case "AMAZON.NUMBER" -> SlotMatch.unresolved(slotName,
                    numberValue(spoken).orElse(value));
            case "AMAZON.DURATION" -> SlotMatch.unresolved(slotName,
                    SpokenNumbers.parseDuration(spoken).orElse(value));
            case "AMAZON.TIME" -> SlotMatch.unresolved(slotName,
                    SpokenTime.parse(spoken).orElse(value));
            default -> slot.isBuiltInType()
                    ? SlotMatch.unresolved(slotName, value)
                    : phrasesByType.get(slot.type()).stream()
                            .filter(p -> p.words().equals(spoken))
                            .findFirst()
                            .map(p -> SlotMatch.resolved(slotName, String.join(" ", spoken), p.value().id(), p.value().name()))
                            .orElse(SlotMatch.unresolved(slotName, String.join(" ", spoken)));
        };
    }

    private Heard hear(String utterance) {
        List<String> w = words(utterance);
        if (!w.isEmpty() && w.get(0).equals("alexa")) {
            w = w.subList(1, w.size());
        }
        // A phrase that is itself a sample ("start my back stretches") means that intent, not a launch.
        if (invocation.isEmpty() || w.isEmpty() || exactSample(w).isPresent()) {
            return new Heard(w, false);
        }
        boolean ask = ASK_VERBS.contains(w.get(0));
        if (!ask && !LAUNCH_VERBS.contains(w.get(0))) {
            return new Heard(w, false);
        }
        int at = 1;
        if (at < w.size() && FILLERS.contains(w.get(at))) {
            at++;
        }
        if (at + invocation.size() > w.size() || !w.subList(at, at + invocation.size()).equals(invocation)) {
            return new Heard(w, false);
        }
        List<String> rest = w.subList(at + invocation.size(), w.size());
        if (rest.isEmpty()) {
            return new Heard(rest, true);
        }
        Set<String> connectors = ask ? ASK_CONNECTORS : LAUNCH_CONNECTORS;
        if (connectors.contains(rest.get(0))) {
            return new Heard(rest.subList(1, rest.size()), true);
        }
        // "ask back stretches where am i" works without a connector; "open back stretches now" is not a form.
        return ask ? new Heard(rest, true) : new Heard(w, false);
    }

    private Optional<String> exactSample(List<String> words) {
        return samples.stream()
                .filter(s -> !s.hasSlots() && s.parts().equals(words.stream().map(Word::new).toList()))
                .map(s -> s.intent().name())
                .findFirst();
    }

    private IntentMatch matchWords(List<String> words, String utterance) {
        List<Candidate> candidates = new ArrayList<>();
        for (CompiledSample s : samples) {
            collect(s, 0, words, 0, new LinkedHashMap<>(), 0, 0, 0, candidates);
        }
        Comparator<Candidate> best = Comparator.comparingInt(Candidate::tier)
                .thenComparingInt(Candidate::wildcardSlots)
                .thenComparingInt(Candidate::wildcardWords)
                .thenComparing(Comparator.comparingInt(Candidate::literalWords).reversed())
                .thenComparingInt(c -> c.sample().order());
        Optional<Candidate> top = candidates.stream().min(best);
        if (top.isPresent() && top.get().tier() <= 1) {
            return IntentMatch.of(top.get().sample().intent().name(), top.get().slots());
        }
        String builtIn = builtInByPhrase.get(String.join(" ", words));
        if (builtIn != null) {
            return IntentMatch.of(builtIn, Map.of());
        }
        if (top.isPresent()) {
            return IntentMatch.of(top.get().sample().intent().name(), top.get().slots());
        }
        if (model.hasIntent(FALLBACK)) {
            return IntentMatch.of(FALLBACK, Map.of());
        }
        throw new IllegalArgumentException("\"" + utterance + "\" matches no intent and the model has no "
                + FALLBACK + "; Alexa would force it onto some intent, which a test cannot predict");
    }

    /** Every way the sample's parts from {@code pi} on can consume the words from {@code wi} on. */
    private void collect(CompiledSample s, int pi, List<String> words, int wi, LinkedHashMap<String, SlotMatch> filled,
            int wildcardSlots, int wildcardWords, int literals, List<Candidate> out) {
        if (pi == s.parts().size()) {
            if (wi == words.size()) {
                out.add(new Candidate(s, new LinkedHashMap<>(filled), wildcardSlots, wildcardWords, literals));
            }
            return;
        }
        Part part = s.parts().get(pi);
        if (part instanceof Word word) {
            if (wi < words.size() && words.get(wi).equals(word.word())) {
                collect(s, pi + 1, words, wi + 1, filled, wildcardSlots, wildcardWords, literals + 1, out);
            }
            return;
        }
        Slot slot = ((SlotPart) part).slot();
        int left = words.size() - wi;
        switch (slot.type()) {
            case "AMAZON.NUMBER" -> {
                for (int n = 1; n <= Math.min(MAX_NUMBER_WORDS, left); n++) {
                    Optional<String> digits = numberValue(words.subList(wi, wi + n));
                    if (digits.isPresent()) {
                        fill(s, pi, words, wi + n, filled, SlotMatch.unresolved(slot.name(), digits.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            case "AMAZON.DURATION" -> {
                for (int n = 2; n <= Math.min(MAX_NUMBER_WORDS, left); n++) {
                    Optional<String> iso = SpokenNumbers.parseDuration(words.subList(wi, wi + n));
                    if (iso.isPresent()) {
                        fill(s, pi, words, wi + n, filled, SlotMatch.unresolved(slot.name(), iso.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            case "AMAZON.TIME" -> {
                for (int n = 1; n <= Math.min(MAX_TIME_WORDS, left); n++) {
                    Optional<String> time = SpokenTime.parse(words.subList(wi, wi + n));
                    if (time.isPresent()) {
                        fill(s, pi, words, wi + n, filled, SlotMatch.unresolved(slot.name(), time.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            default -> {
                if (!slot.isBuiltInType()) {
                    for (Phrase p : phrasesByType.get(slot.type())) {
                        int n = p.words().size();
                        if (n > 0 && n <= left && words.subList(wi, wi + n).equals(p.words())) {
                            fill(s, pi, words, wi + n, filled, SlotMatch.resolved(slot.name(),
                                    String.join(" ", p.words()), p.value().id(), p.value().name()),
                                    wildcardSlots, wildcardWords, literals, out);
                        }
                    }
                }
                // Any few words: an unknown custom value, or a built-in type we do not model. Not for
                // a sample of slots alone, which would then take any short phrase at all.
                int most = s.slotsOnly() ? 0 : MAX_WILDCARD_WORDS;
                for (int n = 1; n <= Math.min(most, left); n++) {
                    String spoken = String.join(" ", words.subList(wi, wi + n));
                    fill(s, pi, words, wi + n, filled, SlotMatch.unresolved(slot.name(), spoken),
                            wildcardSlots + 1, wildcardWords + n, literals, out);
                }
            }
        }
    }

    private void fill(CompiledSample s, int pi, List<String> words, int next, LinkedHashMap<String, SlotMatch> filled,
            SlotMatch match, int wildcardSlots, int wildcardWords, int literals, List<Candidate> out) {
        filled.put(match.name(), match);
        collect(s, pi + 1, words, next, filled, wildcardSlots, wildcardWords, literals, out);
        filled.remove(match.name());
    }

    private static Optional<String> numberValue(List<String> words) {
        OptionalLong n = SpokenNumbers.parse(words);
        return n.isPresent() ? Optional.of(Long.toString(n.getAsLong())) : Optional.empty();
    }

    private static CompiledSample compile(int order, Intent intent, String sample) {
        List<Part> parts = new ArrayList<>();
        // Space out "{slot}" so "{seconds}-second" still splits into a slot and words.
        for (String token : sample.replaceAll("\\{([^}]+)}", " {$1} ").strip().split("\\s+")) {
            if (token.startsWith("{") && token.endsWith("}")) {
                String name = token.substring(1, token.length() - 1);
                parts.add(new SlotPart(intent.slot(name).orElseThrow()));
            } else {
                words(token).forEach(w -> parts.add(new Word(w)));
            }
        }
        boolean hasSlots = parts.stream().anyMatch(p -> p instanceof SlotPart);
        return new CompiledSample(order, intent, List.copyOf(parts), hasSlots);
    }
}
