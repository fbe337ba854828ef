package com.backstretches.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ASK interaction model file ({@code interactionModel.languageModel}) read as plain data, so tests
 * can drive the skill through the same intents, samples and slot types that Alexa is given.
 *
 * <p>Loading checks what an ASK model build would reject and what would make the matcher silently
 * wrong: a sample naming an undeclared slot, a slot whose custom type is not defined.
 *
 * <p>A model knows its locale when its file is named for one, as the skill package names them
 * ({@code de-DE.json}, or {@code fixture-de-DE.json} for a test's own): the
 * {@link UtteranceMatcher} then hears that locale's language.
 */
public final class InteractionModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOT_REF = Pattern.compile("\\{([^}]+)}");
    /** "de-DE.json", "fixture-es-MX.json": a file named for its locale. */
    private static final Pattern LOCALE_FILE = Pattern.compile("(?:.*[^A-Za-z])?([a-z]{2}-[A-Z]{2})\\.json");

    /** Where the skill package keeps one model per locale, from the repository's root folder. */
    public static final Path FOLDER = Path.of("skill-package/interactionModels/custom");

    private final Optional<String> locale;
    private final String invocationName;
    private final List<Intent> intents;
    private final List<SlotType> slotTypes;

    /** One intent: its declared slots and its sample utterances, as written in the file. */
    public record Intent(String name, List<Slot> slots, List<String> samples) {
        public Intent {
            slots = List.copyOf(slots);
            samples = List.copyOf(samples);
        }

        public Optional<Slot> slot(String slotName) {
            return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
        }
    }

    /** A slot as declared on an intent; {@code type} is a custom type name or a built-in like AMAZON.NUMBER. */
    public record Slot(String name, String type) {
        public boolean isBuiltInType() {
            return type.startsWith("AMAZON.");
        }
    }

    /** A custom slot type and its values. */
    public record SlotType(String name, List<SlotValue> values) {
        public SlotType {
            values = List.copyOf(values);
        }
    }

    /**
     * One value of a custom slot type. {@code id} is never null: when the file gives none, Alexa still
     * sends an id it generates, so we do the same (the value name) to keep envelopes well formed.
     */
    public record SlotValue(String id, String name, List<String> synonyms) {
        public SlotValue {
            synonyms = List.copyOf(synonyms);
        }
    }

    public InteractionModel(String invocationName, List<Intent> intents, List<SlotType> slotTypes) {
        this(Optional.empty(), invocationName, intents, slotTypes);
    }

    /** A model for {@code locale} ("de-DE"), or for no locale in particular. */
    public InteractionModel(Optional<String> locale, String invocationName, List<Intent> intents, List<SlotType> slotTypes) {
        this.locale = locale;
        this.invocationName = invocationName;
        this.intents = List.copyOf(intents);
        this.slotTypes = List.copyOf(slotTypes);
        validate();
    }

    /** The model in {@code file}; its locale is the one the file is named for, if any. */
    public static InteractionModel load(Path file) {
        try {
            return parse(JSON.readTree(Files.readString(file)), file.toString(), localeOfFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read interaction model " + file, e);
        }
    }

    public static InteractionModel parse(String json) {
        return parse(json, Optional.empty());
    }

    /** A model given as JSON, for {@code locale} ("es-MX") or none. */
    public static InteractionModel parse(String json, Optional<String> locale) {
        try {
            return parse(JSON.readTree(json), "(string)", locale);
        } catch (IOException e) {
            throw new UncheckedIOException("interaction model is not JSON", e);
        }
    }

    /** The skill package's model for {@code locale}, from the repository's root folder. */
    public static InteractionModel forLocale(String locale) {
        return load(file(FOLDER, locale));
    }

    /** Where the model for {@code locale} is in {@code folder}: {@code folder/de-DE.json}. */
    public static Path file(Path folder, String locale) {
        return folder.resolve(locale + ".json");
    }

    /**
     * The locales {@code folder} has a model for ("de-DE", "en-US", ...), sorted; none when the
     * folder does not exist.
     */
    public static List<String> locales(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("[a-z]{2}-[A-Z]{2}\\.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the interaction models in " + folder, e);
        }
    }

    /** The locale a file is named for: "de-DE" for {@code .../de-DE.json}. */
    static Optional<String> localeOfFile(Path file) {
        Path name = file.getFileName();
        Matcher m = LOCALE_FILE.matcher(name == null ? "" : name.toString());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static InteractionModel parse(JsonNode root, String where, Optional<String> locale) {
        JsonNode lm = root.path("interactionModel").path("languageModel");
        if (!lm.isObject()) {
            throw new IllegalArgumentException(where + ": no interactionModel.languageModel object");
        }
        List<Intent> intents = new ArrayList<>();
        for (JsonNode i : lm.path("intents")) {
            List<Slot> slots = new ArrayList<>();
            for (JsonNode s : i.path("slots")) {
                slots.add(new Slot(s.path("name").asText(), s.path("type").asText()));
            }
            List<String> samples = new ArrayList<>();
            i.path("samples").forEach(s -> samples.add(s.asText()));
            intents.add(new Intent(i.path("name").asText(), slots, samples));
        }
        List<SlotType> types = new ArrayList<>();
        for (JsonNode t : lm.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode v : t.path("values")) {
                String name = v.path("name").path("value").asText();
                String id = v.hasNonNull("id") ? v.get("id").asText() : name;
                List<String> synonyms = new ArrayList<>();
                v.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                values.add(new SlotValue(id, name, synonyms));
            }
            types.add(new SlotType(t.path("name").asText(), values));
        }
        try {
            return new InteractionModel(locale, lm.path("invocationName").asText(""), intents, types);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private void validate() {
        for (Intent intent : intents) {
            for (Slot slot : intent.slots()) {
                if (!slot.isBuiltInType() && slotType(slot.type()).isEmpty()) {
                    throw new IllegalArgumentException("intent " + intent.name() + " slot " + slot.name()
                            + " has type " + slot.type() + ", which the model does not define");
                }
            }
            for (String sample : intent.samples()) {
                Matcher m = SLOT_REF.matcher(sample);
                while (m.find()) {
                    if (intent.slot(m.group(1)).isEmpty()) {
                        throw new IllegalArgumentException("intent " + intent.name() + " sample \"" + sample
                                + "\" names slot {" + m.group(1) + "}, which the intent does not declare");
                    }
                }
            }
        }
    }

    /** The locale the model is for ("de-DE"), when known. */
    public Optional<String> locale() {
        return locale;
    }

    public String invocationName() {
        return invocationName;
    }

    public List<Intent> intents() {
        return intents;
    }

    public Optional<Intent> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public boolean hasIntent(String name) {
        return intent(name).isPresent();
    }

    /** The samples of one intent; empty when the intent has none or is not in the model. */
    public List<String> samples(String intentName) {
        return intent(intentName).map(Intent::samples).orElse(List.of());
    }

    public List<SlotType> slotTypes() {
        return slotTypes;
    }

    public Optional<SlotType> slotType(String name) {
        return slotTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
