package com.backstretches.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.InteractionModel;
import com.backstretches.local.UtteranceMatcher;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The German and Spanish interaction models against the English one they mirror: the same intents,
 * slots and slot value ids, at least as many samples for every intent, well-formed and unambiguous
 * samples, STRETCH values that are the routine file's names in that language, and a manifest listing
 * in the language whose example phrases the model understands.
 */
class LocalizedModelsTest {

    private static final Path MODELS = Path.of("skill-package/interactionModels/custom");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode ENGLISH = model("en-US");
    private static final JsonNode MANIFEST = read(Path.of("skill-package/skill.json")).path("manifest");
    private static final Pattern SAMPLE_FORM = Pattern.compile("(?:[\\p{Ll}']+|\\{[A-Za-z_]+})(?: (?:[\\p{Ll}']+|\\{[A-Za-z_]+}))*");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^}]*)}");

    /** Locale, its language's routine, how a launch is said, and the medical line its description must carry. */
    record Language(String locale, String language, List<String> launchVerbs, String medicalLine) {
        @Override
        public String toString() {
            return locale;
        }
    }

    static Stream<Language> languages() {
        String spanishMedical = "no sustituye el consejo, el diagnóstico ni el tratamiento de un profesional médico";
        List<String> spanishLaunch = List.of("abre", "inicia", "empieza");
        return Stream.of(
                new Language("de-DE", "de", List.of("öffne", "starte"), "kein Ersatz für professionelle medizinische Beratung"),
                new Language("es-ES", "es", spanishLaunch, spanishMedical),
                new Language("es-MX", "es", spanishLaunch, spanishMedical),
                new Language("es-US", "es", spanishLaunch, spanishMedical));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void the_model_has_the_english_models_intents_with_the_same_slots(Language l) {
        assertThat(slotsByIntent(model(l.locale()))).isEqualTo(slotsByIntent(ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_intent_has_at_least_as_many_samples_as_in_english(Language l) {
        Map<String, Integer> english = sampleCounts(ENGLISH);
        Map<String, Integer> here = sampleCounts(model(l.locale()));
        english.forEach((intent, count) -> assertThat(here.get(intent)).as("samples of %s", intent).isGreaterThanOrEqualTo(count));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void samples_are_lowercase_words_and_slot_references_used_once_and_declared(Language l) {
        Map<String, String> firstIntent = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode intent : model(l.locale()).path("intents")) {
            String name = intent.path("name").asText();
            Set<String> declared = new TreeSet<>();
            intent.path("slots").forEach(s -> declared.add(s.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                String text = sample.asText();
                if (!SAMPLE_FORM.matcher(text).matches()) {
                    problems.add(name + ": \"" + text + "\" is not lowercase words and {slots}");
                }
                String earlier = firstIntent.putIfAbsent(text.strip().toLowerCase(Locale.ROOT), name);
                if (earlier != null) {
                    problems.add("\"" + text + "\" in " + earlier + " and " + name);
                }
                Matcher m = SLOT_REFERENCE.matcher(text);
                while (m.find()) {
                    if (!declared.contains(m.group(1))) {
                        problems.add(name + ": \"" + text + "\" uses the undeclared slot " + m.group(1));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void the_stretch_values_are_the_routine_files_ids_names_and_other_names_in_that_language(Language l) {
        Routine routine = RoutineLoader.forLanguage(l.language());
        List<List<Object>> fromRoutine = routine.stretches().stream()
                .map(s -> List.<Object>of(s.id(), s.name(), s.alsoCalled())).toList();
        List<List<Object>> inModel = new ArrayList<>();
        for (JsonNode value : slotType(model(l.locale()), "STRETCH").path("values")) {
            inModel.add(List.of(value.path("id").asText(), value.path("name").path("value").asText(), texts(value.path("name").path("synonyms"))));
        }
        assertThat(inModel).containsExactlyElementsOf(fromRoutine);
        assertThat(routine.stretches().stream().map(Stretch::name)).doesNotContainAnyElementsOf(
                RoutineLoader.standard().stretches().stream().map(Stretch::name).toList());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void the_other_slot_types_keep_the_english_value_ids(Language l) {
        for (String type : List.of("HOLD_DIRECTION", "PACE")) {
            assertThat(valueIds(slotType(model(l.locale()), type))).as(type).isEqualTo(valueIds(slotType(ENGLISH, type)));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void the_invocation_name_follows_alexas_rules(Language l) {
        String name = model(l.locale()).path("invocationName").asText();
        assertThat(name).matches("\\p{Ll}+( \\p{Ll}+)+");
        assertThat(name.split(" ")).doesNotContain("alexa", "skill", "app", "amazon", "echo");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void the_listing_is_in_the_language_says_it_is_not_medical_advice_and_its_examples_are_understood(Language l) {
        JsonNode listing = MANIFEST.path("publishingInformation").path("locales").path(l.locale());
        assertThat(listing.path("name").asText()).isNotBlank();
        assertThat(listing.path("summary").asText()).isNotBlank();
        assertThat(listing.path("description").asText()).contains(l.medicalLine());
        assertThat(listing.path("keywords").size()).isPositive();
        assertThat(MANIFEST.path("privacyAndCompliance").path("locales").path(l.locale()).path("privacyPolicyUrl").asText()).isNotBlank();
        JsonNode model = model(l.locale());
        String invocation = model.path("invocationName").asText();
        Set<String> samples = new TreeSet<>();
        model.path("intents").forEach(i -> i.path("samples").forEach(s -> samples.add(s.asText())));
        List<String> phrases = texts(listing.path("examplePhrases"));
        assertThat(phrases).hasSize(3);
        for (String phrase : phrases) {
            assertThat(phrase).startsWith("Alexa, ");
            String spoken = phrase.substring("Alexa, ".length()).toLowerCase(Locale.ROOT).replace(",", "");
            assertThat(spoken).as(phrase).contains(invocation);
            String after = spoken.substring(spoken.indexOf(invocation) + invocation.length()).strip()
                    .replaceFirst("^(und|que) ", "");
            if (after.isEmpty()) {
                assertThat(l.launchVerbs()).as(phrase).contains(spoken.substring(0, spoken.indexOf(invocation)).strip());
            } else {
                assertThat(samples).as("a sample for the example phrase \"%s\"", phrase).contains(after);
            }
        }
    }

    /** Every phrase the German and Spanish prompts, help and reprompts tell people to say (speech_de/es.properties). */
    @ParameterizedTest
    @MethodSource("languages")
    void every_phrase_the_prompts_tell_people_to_say_reaches_its_intent(Language l) {
        UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(MODELS.resolve(l.locale() + ".json")));
        Map<String, Set<String>> suggested = l.language().equals("de") ? german() : spanish();
        suggested.forEach((words, intents) -> assertThat(matcher.match(words).name()).as("\"%s\"", words).isIn(intents));
    }

    private static Map<String, Set<String>> german() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("weiter", Set.of("AMAZON.NextIntent", "ReadyIntent"));
        m.put("bereit", Set.of("ReadyIntent"));
        m.put("wiederholen", Set.of("AMAZON.RepeatIntent"));
        m.put("leichter", Set.of("EasierIntent"));
        m.put("pause", Set.of("AMAZON.PauseIntent"));
        m.put("stopp", Set.of("AMAZON.StopIntent"));
        m.put("los geht's", Set.of("StartRoutineIntent"));
        m.put("fortsetzen", Set.of("AMAZON.ResumeIntent"));
        m.put("von vorne", Set.of("AMAZON.StartOverIntent"));
        m.put("ja", Set.of("AMAZON.YesIntent"));
        m.put("nein", Set.of("AMAZON.NoIntent"));
        m.put("wo bin ich", Set.of("ProgressIntent"));
        m.put("geh zur übung halber pfannkuchen", Set.of("GoToStretchIntent"));
        m.put("wie mache ich das", Set.of("DescribeIntent"));
        m.put("halte fünfundvierzig sekunden", Set.of("HoldTimeIntent"));
        m.put("halte vierzig sekunden", Set.of("HoldTimeIntent"));
        m.put("mach die haltezeit länger", Set.of("HoldTimeIntent"));
        m.put("langsamer", Set.of("PaceIntent"));
        m.put("schneller", Set.of("PaceIntent"));
        m.put("ich habe fünfzehn minuten", Set.of("TimeBudgetIntent"));
        m.put("eine kurze version", Set.of("QuickRoutineIntent"));
        m.put("wie läuft es bei mir", Set.of("HistoryIntent"));
        m.put("erinnere mich jeden tag um sieben uhr morgens", Set.of("ReminderIntent"));
        m.put("sieben uhr morgens", Set.of("ReminderIntent"));
        m.put("es tut weh", Set.of("PainIntent"));
        return m;
    }

    private static Map<String, Set<String>> spanish() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("siguiente", Set.of("AMAZON.NextIntent", "ReadyIntent"));
        m.put("listo", Set.of("ReadyIntent"));
        m.put("repite", Set.of("AMAZON.RepeatIntent"));
        m.put("más fácil", Set.of("EasierIntent"));
        m.put("pausa", Set.of("AMAZON.PauseIntent"));
        m.put("terminé por hoy", Set.of("AMAZON.StopIntent", "AMAZON.CancelIntent"));
        m.put("empieza", Set.of("StartRoutineIntent"));
        m.put("reanuda", Set.of("AMAZON.ResumeIntent"));
        m.put("vuelve a empezar", Set.of("AMAZON.StartOverIntent"));
        m.put("sí", Set.of("AMAZON.YesIntent"));
        m.put("no", Set.of("AMAZON.NoIntent"));
        m.put("dónde estoy", Set.of("ProgressIntent"));
        m.put("ve al ejercicio medio panqueque", Set.of("GoToStretchIntent"));
        m.put("cómo se hace", Set.of("DescribeIntent"));
        m.put("mantén cuarenta y cinco segundos", Set.of("HoldTimeIntent"));
        m.put("mantén más tiempo", Set.of("HoldTimeIntent"));
        m.put("más despacio", Set.of("PaceIntent"));
        m.put("más rápido", Set.of("PaceIntent"));
        m.put("tengo quince minutos", Set.of("TimeBudgetIntent"));
        m.put("la versión rápida", Set.of("QuickRoutineIntent"));
        m.put("cómo voy", Set.of("HistoryIntent"));
        m.put("recuérdame todos los días a las siete de la mañana", Set.of("ReminderIntent"));
        m.put("a las siete de la mañana", Set.of("ReminderIntent"));
        m.put("me duele", Set.of("PainIntent"));
        return m;
    }

    private static Map<String, Map<String, String>> slotsByIntent(JsonNode model) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (JsonNode intent : model.path("intents")) {
            Map<String, String> slots = new TreeMap<>();
            intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
            out.put(intent.path("name").asText(), slots);
        }
        return out;
    }

    private static Map<String, Integer> sampleCounts(JsonNode model) {
        Map<String, Integer> out = new LinkedHashMap<>();
        model.path("intents").forEach(i -> out.put(i.path("name").asText(), i.path("samples").size()));
        return out;
    }

    private static JsonNode slotType(JsonNode model, String name) {
        return StreamSupport.stream(model.path("types").spliterator(), false).filter(t -> t.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no slot type " + name));
    }

    private static List<String> valueIds(JsonNode type) {
        List<String> ids = new ArrayList<>();
        type.path("values").forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode model(String locale) {
        return read(MODELS.resolve(locale + ".json")).path("interactionModel").path("languageModel");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
