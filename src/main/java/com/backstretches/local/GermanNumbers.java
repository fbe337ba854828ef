package com.backstretches.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * German numbers as Alexa fills an AMAZON.NUMBER slot with digits: "fünfundvierzig" → 45,
 * "hundertzwanzig" → 120, "zweihunderteins" → 201, "eins", "ein", "eine" → 1. Words come
 * {@linkplain SpokenLanguage#fold folded} ("funfundvierzig"); umlauts typed as ae, oe, ue
 * ("fuenfundvierzig", "zwoelf") are taken too, and a number may be written in one word or several
 * ("fünf und vierzig", from "fünf-und-vierzig"). Up to 999 999.
 *
 * <p>As strict as {@link SpokenNumbers}: "fünf fünf", "zwanzigfünf" or "und" are not numbers.
 */
final class GermanNumbers {

    /** One to nine as they stand before "und", "hundert" or "tausend": "ein", not "eins". */
    private static final Map<String, Integer> PREFIX_UNITS = Map.of(
            "ein", 1, "zwei", 2, "drei", 3, "vier", 4, "funf", 5, "sechs", 6, "sieben", 7, "acht", 8, "neun", 9);
    /** One to nine standing alone or last ("hunderteins"). */
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("eins", 1), Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("zwei", 2),
            Map.entry("zwo", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("funf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9));
    private static final Map<String, Integer> TEENS = Map.of(
            "zehn", 10, "elf", 11, "zwolf", 12, "dreizehn", 13, "vierzehn", 14, "funfzehn", 15, "sechzehn", 16,
            "siebzehn", 17, "achtzehn", 18, "neunzehn", 19);
    private static final Map<String, Integer> TENS = Map.of(
            "zwanzig", 20, "dreissig", 30, "vierzig", 40, "funfzig", 50, "sechzig", 60, "siebzig", 70, "achtzig", 80,
            "neunzig", 90);

    private GermanNumbers() {
    }

    /** The whole word list as one number, or empty. */
    static OptionalLong parse(List<String> words) {
        if (words.isEmpty()) {
            return OptionalLong.empty();
        }
        if (words.size() == 1 && words.get(0).matches("\\d{1,9}")) {
            return OptionalLong.of(Long.parseLong(words.get(0)));
        }
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            if (!w.matches("[a-z]+")) {
                return OptionalLong.empty();
            }
            joined.append(plain(w));
        }
        String s = joined.toString();
        if (s.equals("null")) {
            return OptionalLong.of(0);
        }
        OptionalInt n = belowMillion(s);
        return n.isPresent() ? OptionalLong.of(n.getAsInt()) : OptionalLong.empty();
    }

    /** A folded word with umlauts typed out ("fuenf", "zwoelf") as folded ("funf", "zwolf"). */
    static String plain(String folded) {
        return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    private static OptionalInt belowMillion(String s) {
        int at = s.indexOf("tausend");
        if (at < 0) {
            return belowThousand(s);
        }
        String before = s.substring(0, at);
        String after = stripUnd(s.substring(at + "tausend".length()));
        int thousands;
        if (before.isEmpty() || before.equals("ein")) {
            thousands = 1;
        } else {
            OptionalInt t = belowThousand(before);
            // "einstausend" is not German; a count of thousands ends in "ein", never "eins" or "eine".
            if (t.isEmpty() || before.endsWith("eins") || before.endsWith("eine")) {
                return OptionalInt.empty();
            }
            thousands = t.getAsInt();
        }
        if (after == null) {
            return OptionalInt.empty();
        }
        if (after.isEmpty()) {
            return OptionalInt.of(thousands * 1000);
        }
        OptionalInt rest = belowThousand(after);
        return rest.isPresent() ? OptionalInt.of(thousands * 1000 + rest.getAsInt()) : OptionalInt.empty();
    }

    private static OptionalInt belowThousand(String s) {
        int at = s.indexOf("hundert");
        if (at < 0) {
            return belowHundred(s);
        }
        String before = s.substring(0, at);
        int hundreds;
        if (before.isEmpty()) {
            hundreds = 1;
        } else if (PREFIX_UNITS.containsKey(before)) {
            hundreds = PREFIX_UNITS.get(before);
        } else {
            return OptionalInt.empty();
        }
        String after = stripUnd(s.substring(at + "hundert".length()));
        if (after == null) {
            return OptionalInt.empty();
        }
        if (after.isEmpty()) {
            return OptionalInt.of(hundreds * 100);
        }
        OptionalInt rest = belowHundred(after);
        return rest.isPresent() ? OptionalInt.of(hundreds * 100 + rest.getAsInt()) : OptionalInt.empty();
    }

    /** One to ninety-nine: "eins", "zwölf", "vierzig", "einundzwanzig". */
    private static OptionalInt belowHundred(String s) {
        if (UNITS.containsKey(s)) {
            return OptionalInt.of(UNITS.get(s));
        }
        if (TEENS.containsKey(s)) {
            return OptionalInt.of(TEENS.get(s));
        }
        if (TENS.containsKey(s)) {
            return OptionalInt.of(TENS.get(s));
        }
        int und = s.indexOf("und");
        if (und > 0 && PREFIX_UNITS.containsKey(s.substring(0, und)) && TENS.containsKey(s.substring(und + 3))) {
            return OptionalInt.of(PREFIX_UNITS.get(s.substring(0, und)) + TENS.get(s.substring(und + 3)));
        }
        return OptionalInt.empty();
    }

    /**
     * What follows "hundert" or "tausend", without an "und" some put there ("hundertundzwanzig"); null
     * when it is "und" and nothing more.
     */
    private static String stripUnd(String rest) {
        if (rest.startsWith("und")) {
            return rest.length() == 3 ? null : rest.substring(3);
        }
        return rest;
    }

    /**
     * A spoken duration as ISO-8601 ("eine Minute und dreißig Sekunden" → "PT1M30S"): "number unit"
     * pairs joined by "und".
     */
    static Optional<String> parseDuration(List<String> words) {
        return SpokenNumbers.parseDuration(words, GermanNumbers::parse, GermanNumbers::unitSeconds, "und");
    }

    private static int unitSeconds(String word) {
        return switch (plain(word)) {
            case "sekunde", "sekunden" -> 1;
            case "minute", "minuten" -> 60;
            case "stunde", "stunden" -> 3600;
            default -> 0;
        };
    }
}
