package com.backstretches.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.backstretches.local.InteractionModel;
import com.backstretches.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English interaction model and skill manifest under {@code skill-package/}: the five English locales
 * stay identical, samples are unambiguous and well formed, the STRETCH slot follows the routine file, and
 * the manifest's example phrases are things the model actually understands.
 */
class InteractionModelTest {

    private static final Path SKILL_PACKAGE = Path.of("skill-package");
    private static final Path MODELS = SKILL_PACKAGE.resolve(Path.of("interactionModels", "custom"));
    private static final Path US_MODEL = MODELS.resolve("en-US.json");
    private static final Path MANIFEST = SKILL_PACKAGE.resolve("skill.json");
    private static final Path ROUTINE = Path.of("src", "main", "resources", "routine", "back-stretches.json");

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final int MIN_CUSTOM_SAMPLES = 8;

    /** Lowercase words (apostrophes allowed) and {slot} references, single spaces: no digits or punctuation. */
    private static final Pattern SAMPLE_FORM =
            Pattern.compile("(?:[a-z']+|\\{[A-Za-z_]+\\})(?: (?:[a-z']+|\\{[A-Za-z_]+\\}))*");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern ASK_PHRASE = Pattern.compile("ask back stretches to (.+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode languageModel = read(US_MODEL).path("interactionModel").path("languageModel");
    private final JsonNode manifest = read(MANIFEST).path("manifest");

    // --- locales ---------------------------------------------------------------------------------------

    @Test
    void every_locale_model_is_a_byte_identical_copy_of_en_us() throws IOException {
        for (Path model : modelFiles().stream().filter(f -> f.getFileName().toString().startsWith("en-")).toList()) {
            long firstDifference = Files.mismatch(US_MODEL, model);
            assertThat(firstDifference)
                    .as("%s differs from en-US.json from byte %d on: edit en-US.json only, then run scripts/sync-locales",
                            model, firstDifference)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void all_five_english_locales_have_a_model() {
        assertThat(modelLocales().stream().filter(l -> l.startsWith("en-"))).containsExactlyInAnyOrderElementsOf(LOCALES);
    }

    @Test
    void every_model_locale_is_published_and_every_published_locale_has_a_model() {
        assertThat(fieldNames(manifest.path("publishingInformation").path("locales")))
                .as("publishingInformation.locales vs interactionModels/custom/*.json")
                .containsExactlyInAnyOrderElementsOf(modelLocales());
        assertThat(fieldNames(manifest.path("privacyAndCompliance").path("locales")))
                .as("privacyAndCompliance.locales vs interactionModels/custom/*.json")
                .containsExactlyInAnyOrderElementsOf(modelLocales());
    }

    // --- the interaction model --------------------------------------------------------------------------

    @Test
    void the_invocation_name_is_back_stretches() {
        assertThat(languageModel.path("invocationName").asText()).isEqualTo("back stretches");
    }

    @Test
    void the_intents_and_slots_the_handlers_are_written_against_are_all_present() {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (String name : List.of("StartRoutineIntent", "ReadyIntent", "SkipIntent", "ProgressIntent", "PainIntent")) {
            expected.put(name, Map.of());
        }
        for (String name : List.of("EasierIntent", "HarderIntent", "StandardVersionIntent", "GoToStretchIntent",
                "DescribeIntent")) {
            expected.put(name, Map.of("stretch", "STRETCH"));
        }
        expected.put("HoldTimeIntent", Map.of("seconds", "AMAZON.NUMBER", "direction", "HOLD_DIRECTION"));
        expected.put("HistoryIntent", Map.of());
        expected.put("QuickRoutineIntent", Map.of());
        expected.put("TimeBudgetIntent", Map.of("minutes", "AMAZON.NUMBER"));
        expected.put("PaceIntent", Map.of("pace", "PACE"));
        expected.put("ReminderIntent", Map.of("time", "AMAZON.TIME"));
        for (String name : List.of("YesIntent", "NoIntent", "NextIntent", "PreviousIntent", "PauseIntent",
                "ResumeIntent", "RepeatIntent", "StartOverIntent", "HelpIntent", "StopIntent", "CancelIntent",
                "NavigateHomeIntent", "FallbackIntent")) {
            expected.put("AMAZON." + name, Map.of());
        }

        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (JsonNode intent : intents()) {
            Map<String, String> slots = new HashMap<>();
            intent.path("slots").forEach(slot -> slots.put(slot.path("name").asText(), slot.path("type").asText()));
            actual.put(intent.path("name").asText(), slots);
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void resume_is_a_sample_of_the_resume_intent() {
        assertThat(samplesOf("AMAZON.ResumeIntent")).contains("resume");
    }

    @Test
    void every_custom_intent_has_at_least_eight_samples() {
        for (JsonNode intent : intents()) {
            String name = intent.path("name").asText();
            if (!name.startsWith("AMAZON.")) {
                assertThat(intent.path("samples").size()).as("samples of %s", name).isGreaterThanOrEqualTo(MIN_CUSTOM_SAMPLES);
            }
        }
    }

    @Test
    void no_sample_is_used_twice_in_one_intent_or_across_intents() {
        Map<String, String> firstIntentBySample = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode intent : intents()) {
            String name = intent.path("name").asText();
            for (JsonNode sample : intent.path("samples")) {
                String key = normalize(sample.asText());
                String earlier = firstIntentBySample.putIfAbsent(key, name);
                if (earlier != null) {
                    clashes.add("\"" + key + "\" in " + earlier + " and " + name);
                }
            }
        }
        assertThat(clashes).as("samples used more than once").isEmpty();
    }

    @Test
    void samples_are_lowercase_words_apostrophes_and_slot_references_only() {
        for (JsonNode intent : intents()) {
            for (JsonNode sample : intent.path("samples")) {
                assertThat(sample.asText()).as("a sample of %s", intent.path("name").asText()).matches(SAMPLE_FORM);
            }
        }
    }

    @Test
    void every_slot_in_a_sample_is_declared_on_its_intent() {
        for (JsonNode intent : intents()) {
            String name = intent.path("name").asText();
            Set<String> declared = new LinkedHashSet<>();
            intent.path("slots").forEach(slot -> declared.add(slot.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                Matcher m = SLOT_REFERENCE.matcher(sample.asText());
                while (m.find()) {
                    assertThat(declared).as("slots of %s, used in \"%s\"", name, sample.asText()).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void every_declared_slot_type_is_built_in_or_defined_in_the_model() {
        Set<String> defined = new LinkedHashSet<>();
        languageModel.path("types").forEach(type -> defined.add(type.path("name").asText()));
        for (JsonNode intent : intents()) {
            for (JsonNode slot : intent.path("slots")) {
                String type = slot.path("type").asText();
                if (!type.startsWith("AMAZON.")) {
                    assertThat(defined).as("type of slot %s on %s", slot.path("name").asText(), intent.path("name").asText())
                            .contains(type);
                }
            }
        }
    }

    @Test
    void the_stretch_slot_values_are_the_routine_files_ids_names_and_other_names() {
        List<StretchValue> fromRoutine = new ArrayList<>();
        for (JsonNode stretch : read(ROUTINE).path("stretches")) {
            fromRoutine.add(new StretchValue(stretch.path("id").asText(), stretch.path("name").asText(),
                    texts(stretch.path("alsoCalled"))));
        }
        List<StretchValue> inModel = new ArrayList<>();
        for (JsonNode value : slotType("STRETCH").path("values")) {
            inModel.add(new StretchValue(value.path("id").asText(), value.path("name").path("value").asText(),
                    texts(value.path("name").path("synonyms"))));
        }
        assertThat(fromRoutine).as("stretches in %s", ROUTINE).isNotEmpty();
        assertThat(inModel)
                .as("STRETCH values must match %s (id, name, alsoCalled); update en-US.json, then run scripts/sync-locales", ROUTINE)
                .containsExactlyElementsOf(fromRoutine);
    }

    @Test
    void hold_direction_has_a_longer_and_a_shorter_value() {
        List<String> ids = new ArrayList<>();
        slotType("HOLD_DIRECTION").path("values").forEach(v -> ids.add(v.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("LONGER", "SHORTER");
    }

    @Test
    void every_word_the_prompts_tell_people_to_say_is_understood() {
        // From Prompts and Phrases: "say next to carry on, repeat to hear it again, easier for a
        // gentler version, pause to ...", "Say start when you're ready", "Say ready when ...".
        UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(US_MODEL));
        Map<String, String> suggested = new LinkedHashMap<>();
        suggested.put("next", "AMAZON.NextIntent");
        suggested.put("repeat", "AMAZON.RepeatIntent");
        suggested.put("easier", "EasierIntent");
        suggested.put("harder", "HarderIntent");
        suggested.put("pause", "AMAZON.PauseIntent");
        suggested.put("stop", "AMAZON.StopIntent");
        suggested.put("start", "StartRoutineIntent");
        suggested.put("start over", "AMAZON.StartOverIntent");
        suggested.put("ready", "ReadyIntent");
        suggested.put("resume", "AMAZON.ResumeIntent");
        suggested.put("yes", "AMAZON.YesIntent");
        suggested.put("no", "AMAZON.NoIntent");
        suggested.put("it hurts", "PainIntent");
        suggested.put("where am i", "ProgressIntent");
        suggested.put("how do i do this", "DescribeIntent");
        suggested.put("go to the half pancake", "GoToStretchIntent");
        suggested.put("hold for forty five seconds", "HoldTimeIntent");
        suggested.put("slower", "PaceIntent");
        suggested.put("faster", "PaceIntent");
        suggested.put("a quick version", "QuickRoutineIntent");
        suggested.put("how am i doing", "HistoryIntent");
        suggested.put("remind me every day at seven a.m.", "ReminderIntent");
        suggested.put("seven a.m.", "ReminderIntent");
        suggested.forEach((words, intent) -> assertThat(matcher.match(words).name()).as("\"%s\"", words).isEqualTo(intent));
    }

    // --- the skill manifest -----------------------------------------------------------------------------

    @Test
    void every_example_phrase_is_the_launch_phrase_or_a_sample_the_model_understands() {
        Set<String> allSamples = new TreeSet<>();
        intents().forEach(intent -> intent.path("samples").forEach(s -> allSamples.add(normalize(s.asText()))));

        JsonNode locales = manifest.path("publishingInformation").path("locales");
        assertThat(fieldNames(locales)).isNotEmpty();
        for (String locale : englishLocales(locales)) {
            List<String> phrases = texts(locales.path(locale).path("examplePhrases"));
            assertThat(phrases).as("example phrases of %s", locale).hasSize(3);
            for (String phrase : phrases) {
                assertThat(phrase).as("example phrase of %s", locale).startsWith("Alexa, ");
                String spoken = normalize(phrase.substring("Alexa, ".length()));
                if (spoken.equals("open back stretches")) {
                    continue;
                }
                Matcher ask = ASK_PHRASE.matcher(spoken);
                if (!ask.matches()) {
                    fail("example phrase \"%s\" (%s) is neither \"open back stretches\" nor \"ask back stretches to ...\"",
                            phrase, locale);
                }
                assertThat(allSamples).as("samples, for the example phrase \"%s\" (%s)", phrase, locale)
                        .contains(ask.group(1));
            }
        }
    }

    @Test
    void the_skill_is_listed_under_health_and_fitness() {
        assertThat(manifest.path("publishingInformation").path("category").asText()).isEqualTo("HEALTH_AND_FITNESS");
    }

    @Test
    void every_description_says_it_is_not_a_substitute_for_professional_medical_advice() {
        JsonNode locales = manifest.path("publishingInformation").path("locales");
        for (String locale : englishLocales(locales)) {
            assertThat(locales.path(locale).path("description").asText()).as("description of %s", locale)
                    .contains("not a substitute for professional medical advice");
        }
    }

    @Test
    void the_skill_subscribes_to_skill_disabled_events() {
        JsonNode events = manifest.path("events");
        List<String> names = new ArrayList<>();
        events.path("subscriptions").forEach(s -> names.add(s.path("eventName").asText()));
        assertThat(names).contains("SKILL_DISABLED");
        assertThat(events.path("endpoint").path("uri").asText()).as("events endpoint").isNotBlank();
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** The English listings; the German and Spanish ones are checked in their own words by LocalizedModelsTest. */
    private static List<String> englishLocales(JsonNode locales) {
        return fieldNames(locales).stream().filter(l -> l.startsWith("en-")).toList();
    }

    private record StretchValue(String id, String name, List<String> synonyms) {
    }

    private List<JsonNode> intents() {
        List<JsonNode> intents = new ArrayList<>();
        languageModel.path("intents").forEach(intents::add);
        assertThat(intents).as("intents in %s", US_MODEL).isNotEmpty();
        return intents;
    }

    private List<String> samplesOf(String intentName) {
        return intents().stream().filter(i -> i.path("name").asText().equals(intentName)).findFirst()
                .map(i -> texts(i.path("samples")))
                .orElseThrow(() -> new AssertionError("no intent " + intentName));
    }

    private JsonNode slotType(String name) {
        for (JsonNode type : languageModel.path("types")) {
            if (type.path("name").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError("no slot type " + name + " in " + US_MODEL);
    }

    /** Case-insensitive, whitespace-collapsed form used to compare samples. */
    private static String normalize(String sample) {
        return sample.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Path> modelFiles() {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> modelLocales() {
        return modelFiles().stream().map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
