package com.backstretches.local;

import com.backstretches.local.InteractionModel.Intent;
import com.backstretches.local.InteractionModel.Slot;
import com.backstretches.local.InteractionModel.SlotValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>The model's language ({@link SpokenLanguage}, from its locale: {@link InteractionModel#locale()})
 * decides how the skill is named ("open ...", "öffne ...", "abre ..."), how numbers and times are
 * said, and the built-in intents' standard phrases. Words are compared {@linkplain SpokenLanguage#fold
 * folded}, so "mas facil" matches a sample "más fácil" and "funfundvierzig" is 45; in German, umlauts
 * typed as ae, oe, ue ("uebung", "fuenf") are taken as well. Slot values keep what was said, with its
 * accents: a custom value's words as the model spells them, other words as typed.
 */
public final class UtteranceMatcher {

    /**
     * What Alexa already understands in English for built-in intents without any samples in the
     * model. Only the intents the model includes get these phrases; a model sample with the same words
     * wins. Other languages: {@link SpokenLanguage#builtInPhrases()}.
     */
    static final Map<String, List<String>> BUILT_IN_PHRASES = SpokenLanguage.ENGLISH.builtInPhrases();

    static final String FALLBACK = "AMAZON.FallbackIntent";

    /** The wake word, which people may say (or type) first. */
    private static final String WAKE_WORD = "alexa";
    /** Longest run of words a custom slot takes when no value fits, and a number or duration. */
    private static final int MAX_WILDCARD_WORDS = 4;
    private static final int MAX_NUMBER_WORDS = 8;
    /** "a quarter to nine in the evening" is seven words. */
    private static final int MAX_TIME_WORDS = 10;

    private final InteractionModel model;
    private final SpokenLanguage language;
    /** The invocation name, folded. */
    private final List<String> invocation;
    /** Every word the model and the language know, folded: a German word typed with ae, oe, ue is looked up here. */
    private final Set<String> vocabulary = new HashSet<>();
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

    /** A value name or synonym of a custom type: its words folded, and as written (normalized). */
    private record Phrase(List<String> words, String spoken, SlotValue value) {
    }

    /** One way a sample matched the whole utterance. */
    private record Candidate(CompiledSample sample, Map<String, SlotMatch> slots, int wildcardSlots,
            int wildcardWords, int literalWords) {
        int tier() {
            return !sample.hasSlots() ? 0 : wildcardSlots == 0 ? 1 : 3;
        }
    }

    /**
     * The utterance with any wake word and invocation stripped off: {@code words} folded for
     * comparison, {@code said} the same words as typed (normalized), for slot values.
     */
    private record Heard(List<String> words, List<String> said, boolean invoked, Optional<Heard> withConnector) {
        Heard(List<String> words, List<String> said, boolean invoked) {
            this(words, said, invoked, Optional.empty());
        }

        Heard from(int start, boolean invoked) {
            return new Heard(words.subList(start, words.size()), said.subList(start, said.size()), invoked);
        }

        /**
         * The same, keeping the connector word before {@code start} as a second reading: "ask back
         * stretches that hurts" may be "hurts" after "that", or "that hurts".
         */
        Heard fromAfterConnector(int start) {
            return new Heard(words.subList(start, words.size()), said.subList(start, said.size()), true,
                    Optional.of(from(start - 1, true)));
        }
    }

    /** A matcher in the language of the model's locale; English when the model has none (or one not spoken here). */
    public UtteranceMatcher(InteractionModel model) {
        this(model, model.locale().flatMap(SpokenLanguage::find).orElse(SpokenLanguage.ENGLISH));
    }

    public UtteranceMatcher(InteractionModel model, SpokenLanguage language) {
        this.model = model;
        this.language = language;
        this.invocation = modelKeys(model.invocationName());
        vocabulary.addAll(invocation);
        int order = 0;
        for (Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                CompiledSample compiled = compile(order++, intent, sample);
                samples.add(compiled);
                compiled.parts().forEach(p -> {
                    if (p instanceof Word w) {
                        vocabulary.add(w.word());
                    }
                });
            }
        }
        for (InteractionModel.SlotType type : model.slotTypes()) {
            List<Phrase> phrases = new ArrayList<>();
            for (SlotValue v : type.values()) {
                phrases.add(phrase(v.name(), v));
                v.synonyms().forEach(s -> phrases.add(phrase(s, v)));
            }
            phrases.forEach(p -> vocabulary.addAll(p.words()));
            // Longest first, so "a frame to squat" is tried before "a frame".
            phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
            phrasesByType.put(type.name(), phrases);
        }
        language.builtInPhrases().forEach((intent, phrases) -> {
            if (model.hasIntent(intent)) {
                phrases.forEach(p -> {
                    builtInByPhrase.put(String.join(" ", modelKeys(p)), intent);
                    vocabulary.addAll(modelKeys(p));
                });
            }
        });
        for (Set<String> words : List.of(language.launchVerbs(), language.askVerbs(), language.verbParticles(),
                language.launchConnectors(), language.askConnectors(), language.fillers(), language.exitPhrases(),
                language.accepting(), language.denying())) {
            words.forEach(w -> Arrays.stream(w.split(" ")).map(SpokenLanguage::fold).forEach(vocabulary::add));
        }
    }

    public InteractionModel model() {
        return model;
    }

    /** The language the matcher hears: the model's, or the one it was given. */
    public SpokenLanguage language() {
        return language;
    }

    /**
     * Lowercase, punctuation (but not apostrophes) to spaces, spaces collapsed; letters of every
     * language kept with their accents: "A-frame!" → "a frame", "¡Más fácil!" → "más fácil".
     */
    public static String normalize(String text) {
        return SpokenLanguage.normalize(text);
    }

    /**
     * {@code text} as this matcher compares it: normalized and {@linkplain SpokenLanguage#fold folded},
     * and in German a word typed with ae, oe, ue for an umlaut taken as the word the model knows.
     */
    public String folded(String text) {
        return String.join(" ", keys(text));
    }

    private static List<String> words(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /** What was said, as compared. */
    private List<String> keys(String text) {
        return words(text).stream().map(this::key).toList();
    }

    /** The model's own words (samples, values, the invocation name), as compared: folded. */
    private static List<String> modelKeys(String text) {
        return words(text).stream().map(SpokenLanguage::fold).toList();
    }

    /** One normalized word as compared. */
    private String key(String word) {
        String folded = SpokenLanguage.fold(word);
        if (language.spellsOutUmlauts() && !vocabulary.contains(folded)) {
            String plain = GermanNumbers.plain(folded);
            if (vocabulary.contains(plain)) {
                return plain;
            }
        }
        return folded;
    }

    private Phrase phrase(String text, SlotValue value) {
        return new Phrase(modelKeys(text), normalize(text), value);
    }

    public IntentMatch match(String utterance) {
        Heard heard = hear(utterance);
        if (heard.words().isEmpty()) {
            if (heard.invoked()) {
                // "pregunta a estiramientos de espalda para": "para" may be the request, not a connector.
                if (heard.withConnector().isPresent()) {
                    IntentMatch with = matchOrFallback(heard.withConnector().get(), utterance);
                    if (!with.name().equals(FALLBACK)) {
                        return with;
                    }
                }
                return IntentMatch.launch();
            }
            throw new IllegalArgumentException("nothing to match in \"" + utterance + "\"");
        }
        if (heard.withConnector().isPresent()) {
            // "ask back stretches that hurts": the word after the name is a connector, unless only
            // keeping it makes a phrase the model knows.
            IntentMatch without;
            try {
                without = matchWords(heard, utterance);
            } catch (IllegalArgumentException e) {
                return matchWords(heard.withConnector().get(), utterance);
            }
            if (without.name().equals(FALLBACK)) {
                IntentMatch with = matchOrFallback(heard.withConnector().get(), utterance);
                return with.name().equals(FALLBACK) ? without : with;
            }
            return without;
        }
        return matchWords(heard, utterance);
    }

    /** As {@link #matchWords}, but AMAZON.FallbackIntent (even when the model has none) for no match. */
    private IntentMatch matchOrFallback(Heard heard, String utterance) {
        try {
            return matchWords(heard, utterance);
        } catch (IllegalArgumentException e) {
            return IntentMatch.of(FALLBACK, Map.of());
        }
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
        List<String> spoken = keys(value);
        if (spoken.isEmpty()) {
            throw new IllegalArgumentException("empty value for slot " + slotName);
        }
        return switch (slot.type()) {
            case "AMAZON.NUMBER" -> SlotMatch.unresolved(slotName,
                    numberValue(spoken).orElse(value));
            case "AMAZON.DURATION" -> SlotMatch.unresolved(slotName,
                    language.duration(spoken).orElse(value));
            case "AMAZON.TIME" -> SlotMatch.unresolved(slotName,
                    language.time(spoken).orElse(value));
            default -> slot.isBuiltInType()
                    ? SlotMatch.unresolved(slotName, value)
                    : phrasesByType.get(slot.type()).stream()
                            .filter(p -> p.words().equals(spoken))
                            .findFirst()
                            .map(p -> SlotMatch.resolved(slotName, p.spoken(), p.value().id(), p.value().name()))
                            .orElse(SlotMatch.unresolved(slotName, normalize(value)));
        };
    }

    /**
     * The words after the wake word, and after the skill's name when the utterance names it: "open
     * back stretches", "ask back stretches to ...", "öffne sanfte rückendehnung", "frag sanfte
     * rückendehnung nach ...", "pide a estiramientos de espalda que ...".
     */
    private Heard hear(String utterance) {
        List<String> said = words(utterance);
        Heard all = new Heard(said.stream().map(this::key).toList(), said, false);
        if (!all.words().isEmpty() && all.words().get(0).equals(WAKE_WORD)) {
            all = all.from(1, false);
        }
        List<String> w = all.words();
        // A phrase that is itself a sample ("start my back stretches") means that intent, not a launch.
        if (invocation.isEmpty() || w.isEmpty() || exactSample(w).isPresent()) {
            return all;
        }
        boolean ask = language.askVerbs().contains(w.get(0));
        if (!ask && !language.launchVerbs().contains(w.get(0))) {
            return all;
        }
        int at = 1;
        if (at < w.size() && language.verbParticles().contains(w.get(at))) {
            at++;
        }
        if (!invocationAt(w, at) && at < w.size() && language.fillers().contains(w.get(at))) {
            at++;
        }
        if (!invocationAt(w, at)) {
            return all;
        }
        int restAt = at + invocation.size();
        if (restAt == w.size()) {
            return all.from(restAt, true);
        }
        Set<String> connectors = ask ? language.askConnectors() : language.launchConnectors();
        if (SpokenLanguage.isConnector(all.said().get(restAt), connectors)) {
            return ask ? all.fromAfterConnector(restAt + 1) : all.from(restAt + 1, true);
        }
        // "ask back stretches where am i" works without a connector; "open back stretches now" is not a form.
        return ask ? all.from(restAt, true) : all;
    }

    private boolean invocationAt(List<String> words, int at) {
        return at + invocation.size() <= words.size() && words.subList(at, at + invocation.size()).equals(invocation);
    }

    private Optional<String> exactSample(List<String> words) {
        return samples.stream()
                .filter(s -> !s.hasSlots() && s.parts().equals(words.stream().map(Word::new).toList()))
                .map(s -> s.intent().name())
                .findFirst();
    }

    private IntentMatch matchWords(Heard heard, String utterance) {
        List<String> words = heard.words();
        List<Candidate> candidates = new ArrayList<>();
        for (CompiledSample s : samples) {
            collect(s, 0, heard, 0, new LinkedHashMap<>(), 0, 0, 0, candidates);
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
    private void collect(CompiledSample s, int pi, Heard heard, int wi, LinkedHashMap<String, SlotMatch> filled,
            int wildcardSlots, int wildcardWords, int literals, List<Candidate> out) {
        List<String> words = heard.words();
        if (pi == s.parts().size()) {
            if (wi == words.size()) {
                out.add(new Candidate(s, new LinkedHashMap<>(filled), wildcardSlots, wildcardWords, literals));
            }
            return;
        }
        Part part = s.parts().get(pi);
        if (part instanceof Word word) {
            if (wi < words.size() && words.get(wi).equals(word.word())) {
                collect(s, pi + 1, heard, wi + 1, filled, wildcardSlots, wildcardWords, literals + 1, out);
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
                        fill(s, pi, heard, wi + n, filled, SlotMatch.unresolved(slot.name(), digits.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            case "AMAZON.DURATION" -> {
                for (int n = 2; n <= Math.min(MAX_NUMBER_WORDS, left); n++) {
                    Optional<String> iso = language.duration(words.subList(wi, wi + n));
                    if (iso.isPresent()) {
                        fill(s, pi, heard, wi + n, filled, SlotMatch.unresolved(slot.name(), iso.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            case "AMAZON.TIME" -> {
                for (int n = 1; n <= Math.min(MAX_TIME_WORDS, left); n++) {
                    Optional<String> time = language.time(words.subList(wi, wi + n));
                    if (time.isPresent()) {
                        fill(s, pi, heard, wi + n, filled, SlotMatch.unresolved(slot.name(), time.get()),
                                wildcardSlots, wildcardWords, literals, out);
                    }
                }
            }
            default -> {
                if (!slot.isBuiltInType()) {
                    for (Phrase p : phrasesByType.get(slot.type())) {
                        int n = p.words().size();
                        if (n > 0 && n <= left && words.subList(wi, wi + n).equals(p.words())) {
                            fill(s, pi, heard, wi + n, filled, SlotMatch.resolved(slot.name(),
                                    p.spoken(), p.value().id(), p.value().name()),
                                    wildcardSlots, wildcardWords, literals, out);
                        }
                    }
                }
                // Any few words: an unknown custom value, or a built-in type we do not model. Not for
                // a sample of slots alone, which would then take any short phrase at all.
                int most = s.slotsOnly() ? 0 : MAX_WILDCARD_WORDS;
                for (int n = 1; n <= Math.min(most, left); n++) {
                    String spoken = String.join(" ", heard.said().subList(wi, wi + n));
                    fill(s, pi, heard, wi + n, filled, SlotMatch.unresolved(slot.name(), spoken),
                            wildcardSlots + 1, wildcardWords + n, literals, out);
                }
            }
        }
    }

    private void fill(CompiledSample s, int pi, Heard heard, int next, LinkedHashMap<String, SlotMatch> filled,
            SlotMatch match, int wildcardSlots, int wildcardWords, int literals, List<Candidate> out) {
        filled.put(match.name(), match);
        collect(s, pi + 1, heard, next, filled, wildcardSlots, wildcardWords, literals, out);
        filled.remove(match.name());
    }

    private Optional<String> numberValue(List<String> words) {
        OptionalLong n = language.number(words);
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
                modelKeys(token).forEach(w -> parts.add(new Word(w)));
            }
        }
        boolean hasSlots = parts.stream().anyMatch(p -> p instanceof SlotPart);
        return new CompiledSample(order, intent, List.copyOf(parts), hasSlots);
    }
}
