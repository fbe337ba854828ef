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
 *
 * <p>Numbers, times and other words are said in the model's language (German for a de-DE model,
 * Spanish for es-*, from the locale its file is named for), or in the one given.
 */
public final class SpokenSamples {

    /** Text the model has no sample for; Alexa sends it as AMAZON.FallbackIntent. */
    public static final List<String> UNKNOWN = List.of(
            "play some music", "order a pizza", "how tall is mount everest",
            "tell me a joke", "turn on the lights", "purple elephant dancing");
    private static final List<String> UNKNOWN_DE = List.of(
            "spiel etwas musik", "bestell eine pizza", "wie hoch ist der mount everest",
            "erzähl mir einen witz", "schalte das licht ein", "lila elefant tanzt");
    private static final List<String> UNKNOWN_ES = List.of(
            "pon algo de música", "pide una pizza", "qué altura tiene el everest",
            "cuéntame un chiste", "enciende las luces", "elefante morado bailando");

    /** Words for random unknown text: some the skill knows, so a phrase can come near a sample and still miss. */
    private static final List<String> STRAY_WORDS = List.of(
            "the", "banana", "stretch", "hold", "my", "seven", "please", "umm", "back", "quick", "weather", "again", "frame", "set");
    private static final List<String> STRAY_WORDS_DE = List.of(
            "der", "banane", "dehnen", "halten", "mein", "sieben", "bitte", "ähm", "rücken", "schnell", "wetter", "nochmal",
            "hund", "satz");
    private static final List<String> STRAY_WORDS_ES = List.of(
            "el", "plátano", "estirar", "mantener", "mi", "siete", "porfa", "eh", "espalda", "rápido", "tiempo", "otra",
            "perro", "serie");

    private final InteractionModel model;
    private final SpokenLanguage language;

    /** One thing to say: the intent it was written for, the sample it came from (or the built-in phrase), and the words. */
    public record Phrase(String intent, String sample, Map<String, String> slots, String text) {
        @Override
        public String toString() {
            return "\"" + text + "\" (" + intent + (sample.equals(text) ? "" : ": " + sample) + ")";
        }
    }

    /** What people say to this model, in its language (English when its file names no locale). */
    public SpokenSamples(InteractionModel model) {
        this(model, model.locale().flatMap(SpokenLanguage::find).orElse(SpokenLanguage.ENGLISH));
    }

    public SpokenSamples(InteractionModel model, SpokenLanguage language) {
        this.model = model;
        this.language = language;
    }

    public SpokenLanguage language() {
        return language;
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
     * Every sample of every intent once, each slot filled with one plausible value in the model's
     * language: a custom slot with its type's first value, a number with forty-five, a time with
     * seven in the morning, a duration with five minutes.
     */
    public List<Phrase> eachSampleOnce() {
        List<Phrase> phrases = new ArrayList<>();
        for (Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (Slot slot : slotsIn(intent, sample)) {
                    values.put(slot.name(), plausibleValue(slot));
                }
                phrases.add(new Phrase(intent.name(), sample, values, fill(sample, values)));
            }
        }
        return phrases;
    }

    /** One value for a slot that any sample using it should take. */
    public String plausibleValue(Slot slot) {
        if (!slot.isBuiltInType()) {
            return model.slotType(slot.type()).orElseThrow().values().get(0).name();
        }
        return switch (slot.type()) {
            case "AMAZON.NUMBER" -> numberWords(45, language);
            case "AMAZON.TIME" -> switch (language) {
                case GERMAN -> "sieben uhr morgens";
                case SPANISH -> "las siete de la mañana";
                case ENGLISH -> "seven a.m.";
            };
            case "AMAZON.DURATION" -> switch (language) {
                case GERMAN -> "fünf minuten";
                case SPANISH -> "cinco minutos";
                case ENGLISH -> "five minutes";
            };
            default -> realValues(slot).get(0);
        };
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

    /** A few English words the model was not written for, some near its own words. */
    public static String strayWords(SplittableRandom random) {
        return strayWords(random, STRAY_WORDS);
    }

    /** A few words in the model's language that the model was not written for, some near its own words. */
    public String strayWordsInLanguage(SplittableRandom random) {
        return strayWords(random, switch (language) {
            case GERMAN -> STRAY_WORDS_DE;
            case SPANISH -> STRAY_WORDS_ES;
            case ENGLISH -> STRAY_WORDS;
        });
    }

    private static String strayWords(SplittableRandom random, List<String> from) {
        int n = 1 + random.nextInt(4);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(from.get(random.nextInt(from.size())));
        }
        return String.join(" ", words);
    }

    /**
     * What Alexa already understands for a built-in intent, beyond the model's own samples ("stop",
     * "no", "go home") that no intent has as a sample; for the fallback, text the model has no sample for. Empty
     * for the skill's own intents.
     */
    public List<String> builtInPhrases(String intent) {
        if (intent.equals(UtteranceMatcher.FALLBACK)) {
            return switch (language) {
                case GERMAN -> UNKNOWN_DE;
                case SPANISH -> UNKNOWN_ES;
                case ENGLISH -> UNKNOWN;
            };
        }
        // A phrase that is any intent's sample is that intent's: the model wins over what Alexa knows.
        List<String> samples = model.intents().stream().flatMap(i -> i.samples().stream())
                .map(SpokenLanguage::foldedText).toList();
        // "exit" (or "beenden", "salir") never reaches a skill: Alexa ends the session itself.
        return language.builtInPhrases().getOrDefault(intent, List.of()).stream()
                .filter(p -> !language.exitPhrases().contains(SpokenLanguage.foldedText(p))
                        && !samples.contains(SpokenLanguage.foldedText(p)))
                .toList();
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
            case "AMAZON.NUMBER" -> IntStream.rangeClosed(30, 60).mapToObj(n -> numberWords(n, language)).toList();
            case "AMAZON.TIME" -> switch (language) {
                case GERMAN -> List.of("sieben uhr", "sieben uhr morgens", "sieben uhr dreißig", "halb acht",
                        "viertel nach sieben", "viertel vor neun", "acht uhr", "neun uhr abends", "achtzehn uhr dreißig",
                        "mittag", "zehn uhr fünfundvierzig", "viertel nach sechs abends");
                case SPANISH -> List.of("las siete", "las siete de la mañana", "las siete y media", "las seis y cuarto",
                        "las nueve menos cuarto", "las ocho en punto", "las nueve de la noche", "las seis y media de la tarde",
                        "mediodía", "las diez y cuarenta y cinco", "las diecinueve treinta", "la una de la tarde");
                case ENGLISH -> List.of("seven a.m.", "seven thirty in the morning", "six fifteen a.m.", "half past seven",
                        "quarter to nine", "eight o'clock", "nine p.m.", "six thirty p.m.", "noon", "ten forty five",
                        "nineteen thirty", "quarter past six in the evening");
            };
            case "AMAZON.DURATION" -> switch (language) {
                case GERMAN -> List.of("fünf minuten", "zehn minuten", "fünfzehn minuten", "zwanzig minuten", "dreißig minuten",
                        "zwölf minuten", "eine stunde");
                case SPANISH -> List.of("cinco minutos", "diez minutos", "quince minutos", "veinte minutos", "treinta minutos",
                        "doce minutos", "una hora");
                case ENGLISH -> List.of("five minutes", "ten minutes", "fifteen minutes", "twenty minutes", "thirty minutes",
                        "twelve minutes", "an hour");
            };
            default -> throw new IllegalStateException("no spoken values for slot type " + slot.type() + " (slot " + slot.name()
                    + "): add some to SpokenSamples so the tests say them");
        };
    }

    /** What people also say for a slot of this type: values the skill does not have or cannot use. */
    public List<String> oddValues(Slot slot) {
        if (!slot.isBuiltInType()) {
            // Near misses and words of another type; a few words at most, as Alexa sends.
            return switch (language) {
                case GERMAN -> List.of("mondspaziergang", "kopfstand", "hund", "drehen drehen", "seitwärts", "mittel", "die",
                        "normale version");
                case SPANISH -> List.of("paseo lunar", "pino", "perro", "gira gira", "de lado", "medio", "el", "versión normal");
                case ENGLISH -> List.of("moonwalk", "headstand", "frame", "twist twist", "sideways", "medium", "the",
                        "normal version");
            };
        }
        return switch (slot.type()) {
            case "AMAZON.NUMBER" -> switch (language) {
                case GERMAN -> List.of("null", "eins", "fünf", "neunundzwanzig", "einundsechzig", "neunzig", "hundertzwanzig",
                        "fünfhundert", "neunhundertneunundneunzigtausend", "999999999");
                case SPANISH -> List.of("cero", "uno", "cinco", "veintinueve", "sesenta y uno", "noventa", "ciento veinte",
                        "quinientos", "novecientos noventa y nueve mil", "999999999");
                case ENGLISH -> List.of("zero", "one", "five", "twenty nine", "sixty one", "ninety", "a hundred and twenty",
                        "five hundred", "nine hundred ninety nine thousand", "999999999");
            };
            case "AMAZON.TIME" -> switch (language) {
                case GERMAN -> List.of("heute abend", "am morgen", "nachmittags", "nachts", "mitternacht", "null uhr",
                        "dreiundzwanzig uhr neunundfünfzig", "halb eins", "sieben");
                case SPANISH -> List.of("esta noche", "por la mañana", "esta tarde", "por la noche", "medianoche",
                        "las doce de la noche", "las once y cincuenta y nueve de la noche", "la una", "siete");
                case ENGLISH -> List.of("tonight", "this morning", "in the afternoon", "at night", "midnight",
                        "twelve a.m.", "eleven fifty nine p.m.", "half twelve", "seven");
            };
            case "AMAZON.DURATION" -> switch (language) {
                case GERMAN -> List.of("eine sekunde", "null minuten", "drei stunden", "eine minute und dreißig sekunden",
                        "neunzig minuten");
                case SPANISH -> List.of("un segundo", "cero minutos", "tres horas", "un minuto y treinta segundos",
                        "noventa minutos");
                case ENGLISH -> List.of("one second", "zero minutes", "three hours", "a minute and thirty seconds",
                        "ninety minutes");
            };
            default -> realValues(slot);
        };
    }

    /**
     * The sample with each slot replaced by its value. In Spanish a time after an article the sample
     * already says ("a las {time}") loses its own ("las siete" → "siete"), and one without an article
     * ("mediodía") becomes a clock time there ("doce"), so the words stay Spanish.
     */
    static String fill(String sample, Map<String, String> values) {
        String text = sample;
        for (Map.Entry<String, String> v : values.entrySet()) {
            String slot = "{" + v.getKey() + "}";
            String value = v.getValue();
            if (text.matches("(?s).*\\b(?:las|la) \\Q" + slot + "\\E.*")) {
                value = value.startsWith("las ") ? value.substring(4) : value.startsWith("la ") ? value.substring(3)
                        : value.matches("mediod[ií]a|medianoche") ? "doce" : value;
            }
            text = text.replace(slot, value);
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

    private static final String[] UNITS_DE = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
        "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
    private static final String[] TENS_DE = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"};
    private static final String[] UNITS_ES = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
        "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
        "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
        "veintiocho", "veintinueve"};
    private static final String[] TENS_ES = {"", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
        "ochenta", "noventa"};
    private static final String[] HUNDREDS_ES = {"", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
        "seiscientos", "setecientos", "ochocientos", "novecientos"};

    /**
     * 0 to 999 in words in {@code language}, as written: "fünfundvierzig", "hundertzwanzig",
     * "cuarenta y cinco", "ciento veinte"; English as {@link #numberWords(int)} below a hundred.
     */
    static String numberWords(int n, SpokenLanguage language) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("0 to 999 only: " + n);
        }
        return switch (language) {
            case GERMAN -> {
                if (n < 100) {
                    yield germanBelowHundred(n);
                }
                int rest = n % 100;
                yield (n / 100 == 1 ? "" : UNITS_DE[n / 100]) + "hundert" + (rest == 0 ? "" : germanBelowHundred(rest));
            }
            case SPANISH -> {
                if (n < 100) {
                    yield spanishBelowHundred(n);
                }
                if (n == 100) {
                    yield "cien";
                }
                int rest = n % 100;
                yield HUNDREDS_ES[n / 100] + (rest == 0 ? "" : " " + spanishBelowHundred(rest));
            }
            case ENGLISH -> {
                if (n < 100) {
                    yield numberWords(n);
                }
                int rest = n % 100;
                yield UNITS[n / 100] + " hundred" + (rest == 0 ? "" : " and " + numberWords(rest));
            }
        };
    }

    private static String germanBelowHundred(int n) {
        if (n < 20) {
            return UNITS_DE[n];
        }
        int unit = n % 10;
        return unit == 0 ? TENS_DE[n / 10] : (unit == 1 ? "ein" : UNITS_DE[unit]) + "und" + TENS_DE[n / 10];
    }

    private static String spanishBelowHundred(int n) {
        if (n < 30) {
            return UNITS_ES[n];
        }
        int unit = n % 10;
        return TENS_ES[n / 10] + (unit == 0 ? "" : " y " + UNITS_ES[unit]);
    }
}
