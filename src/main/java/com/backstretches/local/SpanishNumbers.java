package com.backstretches.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Spanish numbers as Alexa fills an AMAZON.NUMBER slot with digits: "cuarenta y cinco" → 45,
 * "veintiuno", "veintiún" and "veintiuna" → 21, "ciento veinte" → 120, "un", "uno", "una" → 1.
 * Words come {@linkplain SpokenLanguage#fold folded} ("dieciseis", "veintidos"), so accents are
 * optional. Up to 999 999.
 *
 * <p>As strict as {@link SpokenNumbers}: "cinco cinco", "y cinco" or "cien veinte" are not numbers.
 */
final class SpanishNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("uno", 1), Map.entry("un", 1), Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3),
            Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7),
            Map.entry("ocho", 8), Map.entry("nueve", 9));
    /** Ten to twenty-nine: each one word. */
    private static final Map<String, Integer> ONE_WORD = Map.ofEntries(
            Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13),
            Map.entry("catorce", 14), Map.entry("quince", 15), Map.entry("dieciseis", 16), Map.entry("diecisiete", 17),
            Map.entry("dieciocho", 18), Map.entry("diecinueve", 19), Map.entry("veinte", 20), Map.entry("veintiuno", 21),
            Map.entry("veintiun", 21), Map.entry("veintiuna", 21), Map.entry("veintidos", 22), Map.entry("veintitres", 23),
            Map.entry("veinticuatro", 24), Map.entry("veinticinco", 25), Map.entry("veintiseis", 26),
            Map.entry("veintisiete", 27), Map.entry("veintiocho", 28), Map.entry("veintinueve", 29));
    private static final Map<String, Integer> TENS = Map.of(
            "treinta", 30, "cuarenta", 40, "cincuenta", 50, "sesenta", 60, "setenta", 70, "ochenta", 80, "noventa", 90);
    /** Two hundred to nine hundred, both genders. */
    private static final Map<String, Integer> HUNDREDS = Map.ofEntries(
            Map.entry("doscientos", 200), Map.entry("doscientas", 200), Map.entry("trescientos", 300),
            Map.entry("trescientas", 300), Map.entry("cuatrocientos", 400), Map.entry("cuatrocientas", 400),
            Map.entry("quinientos", 500), Map.entry("quinientas", 500), Map.entry("seiscientos", 600),
            Map.entry("seiscientas", 600), Map.entry("setecientos", 700), Map.entry("setecientas", 700),
            Map.entry("ochocientos", 800), Map.entry("ochocientas", 800), Map.entry("novecientos", 900),
            Map.entry("novecientas", 900));

    private SpanishNumbers() {
    }

    /** The whole word list as one number, or empty. */
    static OptionalLong parse(List<String> words) {
        if (words.isEmpty()) {
            return OptionalLong.empty();
        }
        if (words.size() == 1 && words.get(0).matches("\\d{1,9}")) {
            return OptionalLong.of(Long.parseLong(words.get(0)));
        }
        if (words.equals(List.of("cero"))) {
            return OptionalLong.of(0);
        }
        int mil = words.indexOf("mil");
        if (mil < 0) {
            return belowThousand(words, false);
        }
        long thousands;
        if (mil == 0) {
            thousands = 1;
        } else {
            List<String> before = words.subList(0, mil);
            // "un mil" is not said; "veintiún mil", "doscientos mil" are, never "uno mil".
            if (before.equals(List.of("un")) || before.get(before.size() - 1).equals("uno")
                    || before.get(before.size() - 1).equals("veintiuno")) {
                return OptionalLong.empty();
            }
            OptionalLong t = belowThousand(before, true);
            if (t.isEmpty()) {
                return OptionalLong.empty();
            }
            thousands = t.getAsLong();
        }
        List<String> after = words.subList(mil + 1, words.size());
        if (after.isEmpty()) {
            return OptionalLong.of(thousands * 1000);
        }
        OptionalLong rest = belowThousand(after, false);
        return rest.isPresent() ? OptionalLong.of(thousands * 1000 + rest.getAsLong()) : OptionalLong.empty();
    }

    /** One to 999; {@code beforeMil}: "cien" may stand before "mil" ("cien mil"). */
    private static OptionalLong belowThousand(List<String> words, boolean beforeMil) {
        String first = words.get(0);
        if (first.equals("cien")) {
            return words.size() == 1 ? OptionalLong.of(100) : OptionalLong.empty();
        }
        int hundreds = 0;
        List<String> rest = words;
        if (first.equals("ciento")) {
            hundreds = 100;
            rest = words.subList(1, words.size());
            if (rest.isEmpty()) {
                return OptionalLong.empty();
            }
        } else if (HUNDREDS.containsKey(first)) {
            hundreds = HUNDREDS.get(first);
            rest = words.subList(1, words.size());
            if (rest.isEmpty()) {
                return OptionalLong.of(hundreds);
            }
        }
        OptionalLong below = belowHundred(rest);
        return below.isPresent() ? OptionalLong.of(hundreds + below.getAsLong()) : OptionalLong.empty();
    }

    /** One to ninety-nine: "uno", "quince", "veintiuna", "cuarenta", "cuarenta y cinco". */
    private static OptionalLong belowHundred(List<String> words) {
        String first = words.get(0);
        if (words.size() == 1) {
            Integer n = UNITS.containsKey(first) ? UNITS.get(first) : ONE_WORD.containsKey(first) ? ONE_WORD.get(first)
                    : TENS.get(first);
            return n == null ? OptionalLong.empty() : OptionalLong.of(n);
        }
        if (words.size() == 3 && TENS.containsKey(first) && words.get(1).equals("y") && UNITS.containsKey(words.get(2))) {
            return OptionalLong.of(TENS.get(first) + UNITS.get(words.get(2)));
        }
        return OptionalLong.empty();
    }

    /**
     * A spoken duration as ISO-8601 ("un minuto y treinta segundos" → "PT1M30S"): "number unit"
     * pairs joined by "y".
     */
    static Optional<String> parseDuration(List<String> words) {
        return SpokenNumbers.parseDuration(words, SpanishNumbers::parse, SpanishNumbers::unitSeconds, "y");
    }

    private static int unitSeconds(String word) {
        return switch (word) {
            case "segundo", "segundos" -> 1;
            case "minuto", "minutos" -> 60;
            case "hora", "horas" -> 3600;
            default -> 0;
        };
    }
}
