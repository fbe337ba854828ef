package com.backstretches.speech;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences and number words of one language, read from {@code speech/speech*.properties} and
 * {@code speech/numbers*.properties}. A locale without files of its own gets English, never the
 * machine's language: the bundles are looked up without the JVM-default fallback.
 *
 * <p>Templates name their placeholders ({@code {seconds}}); see speech.properties for the syntax.
 * No MessageFormat: its quoting rules would turn every apostrophe in "you're" into a trap.
 */
public final class Words {

    public enum Gender { NONE, MASCULINE, FEMININE }

    private static final String SPEECH = "speech.speech";
    private static final String NUMBERS = "speech.numbers";
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** By the locale asked for, and by the locale of the files found: en-US and en-GB share one English. */
    private static final Map<Locale, Words> ASKED = new ConcurrentHashMap<>();
    private static final Map<Locale, Words> FOUND = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle sentences;
    private final ResourceBundle numbers;
    private final Map<String, Integer> variants = new ConcurrentHashMap<>();

    private Words(ResourceBundle sentences) {
        this.sentences = sentences;
        this.locale = sentences.getLocale();
        this.numbers = bundle(NUMBERS, locale);
    }

    /** The words for a request's locale ("de-DE", "es-MX"); one instance per set of files, loaded once. */
    public static Words of(Locale locale) {
        return ASKED.computeIfAbsent(locale, asked -> {
            ResourceBundle sentences = bundle(SPEECH, asked);
            return FOUND.computeIfAbsent(sentences.getLocale(), found -> new Words(sentences));
        });
    }

    /**
     * A content file in a locale's language ("screen.screen" for screen_de.properties), falling back
     * through the less specific files to the root (English), never to the JVM's default locale.
     */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Words.class.getClassLoader(), NO_DEFAULT_FALLBACK);
    }

    public static Words of(String languageTag) {
        return of(Locale.forLanguageTag(languageTag == null ? "" : languageTag));
    }

    public static Words english() {
        return of(Locale.ENGLISH);
    }

    /** The locale of the files these words come from: de, es_MX, or the root (English) for any locale without its own. */
    public Locale locale() {
        return locale;
    }

    /** The language spoken: "de", "es", or "" for English, the root files. */
    public String language() {
        return locale.getLanguage();
    }

    public SpeechTiming timing() {
        return new SpeechTiming(Integer.parseInt(sentences.getString("timing.wordsPerMinute").strip()));
    }

    /** Every sentence key of this language, regional files included. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(sentences.keySet());
    }

    /** A sentence with its placeholders filled from name/value pairs. */
    public String text(String key, Object... namesAndValues) {
        return fill(sentences.getString(key), values(namesAndValues));
    }

    /** One of the wordings {@code key.1}, {@code key.2}, ...; the seed picks, so a test run repeats. */
    public String pick(String key, int seed, Object... namesAndValues) {
        int count = variants.computeIfAbsent(key, this::countVariants);
        return text(key + "." + (Math.floorMod(seed, count) + 1), namesAndValues);
    }

    /** {@code key.one} or {@code key.other} by {@code n}, with {@code n} among the values. */
    public String plural(String key, int n, Object... namesAndValues) {
        Object[] withN = new Object[namesAndValues.length + 2];
        withN[0] = "n";
        withN[1] = n;
        System.arraycopy(namesAndValues, 0, withN, 2, namesAndValues.length);
        // English, German and Spanish all say the singular for one only; a language that differs adds its rule here.
        return text(key + (n == 1 ? ".one" : ".other"), withN);
    }

    public String number(int n) {
        return number(n, Gender.NONE);
    }

    /** A whole number as words, in the form it takes before a noun of this gender; digits beyond 999. */
    public String number(int n, Gender gender) {
        if (n < 0 || n > 999) {
            return Integer.toString(n);
        }
        String exact = numberWord(Integer.toString(n), gender);
        if (exact != null) {
            return exact;
        }
        if (n < 100) {
            throw new MissingResourceException("no word for " + n + " in " + language(), NUMBERS, Integer.toString(n));
        }
        String hundreds = numbers.getString("hundreds." + n / 100);
        return n % 100 == 0 ? hundreds
                : fill(numbers.getString("compose"), Map.of("hundreds", hundreds, "rest", number(n % 100, gender)));
    }

    private String numberWord(String key, Gender gender) {
        String suffix = switch (gender) {
            case MASCULINE -> ".m";
            case FEMININE -> ".f";
            case NONE -> "";
        };
        if (!suffix.isEmpty() && numbers.containsKey(key + suffix)) {
            return numbers.getString(key + suffix);
        }
        return numbers.containsKey(key) ? numbers.getString(key) : null;
    }

    /** A time of day as said aloud: "seven a.m.", "six thirty p.m.", "noon" in English. */
    public String clock(java.time.LocalTime t) {
        if (t.getMinute() == 0 && t.getHour() == 12) {
            return text("clock.noon");
        }
        if (t.getMinute() == 0 && t.getHour() == 0) {
            return text("clock.midnight");
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String period = text("clock.period." + (t.getHour() < 12 ? "morning" : t.getHour() < 18 ? "afternoon" : "evening"));
        String pattern = t.getMinute() == 0 ? "clock.onTheHour" : t.getMinute() < 10 ? "clock.withSmallMinutes" : "clock.withMinutes";
        return plural(pattern, hour, "hour", hour, "minute", t.getMinute(), "period", period);
    }

    /** "a and b", "a, b, and c", as this language joins a list. */
    public String list(java.util.List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        if (items.size() == 2) {
            return text("list.two", "first", items.get(0), "last", last);
        }
        return text("list.many", "rest", String.join(", ", items.subList(0, items.size() - 1)), "last", last);
    }

    public String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    private int countVariants(String key) {
        int n = 0;
        while (sentences.containsKey(key + "." + (n + 1))) {
            n++;
        }
        if (n == 0) {
            throw new MissingResourceException("no wordings " + key + ".1, .2, ... in " + language(), SPEECH, key);
        }
        return n;
    }

    private static Map<String, Object> values(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder values come in name, value pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private String fill(String template, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                // "at seven a.m." + "." would say the full stop twice.
                if (!(c == '.' && out.length() > 0 && out.charAt(out.length() - 1) == '.' && i > 0 && template.charAt(i - 1) == '}')) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalStateException("unclosed placeholder in: " + template);
            }
            out.append(placeholder(template.substring(i + 1, end), values, template));
            i = end + 1;
        }
        return out.toString();
    }

    private String placeholder(String spec, Map<String, ?> values, String template) {
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        Gender gender = colon < 0 ? Gender.NONE : switch (spec.substring(colon + 1)) {
            case "m" -> Gender.MASCULINE;
            case "f" -> Gender.FEMININE;
            default -> throw new IllegalStateException("unknown form " + spec + " in: " + template);
        };
        boolean capital = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        String key = capital ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
        if (!values.containsKey(key)) {
            throw new IllegalStateException("no value for {" + spec + "} in: " + template);
        }
        Object value = values.get(key);
        String text = value instanceof Integer n ? number(n, gender) : String.valueOf(value);
        return capital ? capitalize(text) : text;
    }
}
