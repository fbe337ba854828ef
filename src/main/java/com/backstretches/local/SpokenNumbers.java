package com.backstretches.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Reads numbers the way Alexa fills built-in slots: {@code AMAZON.NUMBER} gets digits ("forty five"
 * becomes "45"), {@code AMAZON.DURATION} gets ISO-8601 ("forty five seconds" becomes "PT45S").
 *
 * <p>The grammar is strict on purpose: "five five" or "and twenty" are not numbers, so a phrase that
 * is not a number does not sneak into a number slot and hide a missing sample.
 */
public final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private enum Last { NONE, A, UNIT, TEEN, TENS, HUNDRED, THOUSAND, AND }

    private SpokenNumbers() {
    }

    /** The whole token list as one number ("a hundred and twenty" → 120, "45" → 45), or empty. */
    public static OptionalLong parse(List<String> words) {
        if (words.isEmpty()) {
            return OptionalLong.empty();
        }
        if (words.size() == 1 && words.get(0).matches("\\d{1,9}")) {
            return OptionalLong.of(Long.parseLong(words.get(0)));
        }
        long total = 0;
        long current = 0;
        Last last = Last.NONE;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean afterBig = last == Last.HUNDRED || last == Last.THOUSAND || last == Last.AND;
            if (w.equals("a") && last == Last.NONE && i + 1 < words.size()
                    && (words.get(i + 1).equals("hundred") || words.get(i + 1).equals("thousand"))) {
                current = 1;
                last = Last.A;
            } else if (UNITS.containsKey(w) && (last == Last.NONE || last == Last.TENS || afterBig)) {
                if (UNITS.get(w) == 0 && last != Last.NONE) {
                    return OptionalLong.empty();
                }
                current += UNITS.get(w);
                last = Last.UNIT;
            } else if (TEENS.containsKey(w) && (last == Last.NONE || afterBig)) {
                current += TEENS.get(w);
                last = Last.TEEN;
            } else if (TENS.containsKey(w) && (last == Last.NONE || afterBig)) {
                current += TENS.get(w);
                last = Last.TENS;
            } else if (w.equals("hundred") && (last == Last.A || last == Last.UNIT || last == Last.TEEN)
                    && current < 100) {
                current *= 100;
                last = Last.HUNDRED;
            } else if (w.equals("thousand") && last != Last.NONE && last != Last.AND && last != Last.THOUSAND) {
                total += current * 1000;
                current = 0;
                last = Last.THOUSAND;
            } else if (w.equals("and") && (last == Last.HUNDRED || last == Last.THOUSAND)) {
                last = Last.AND;
            } else {
                return OptionalLong.empty();
            }
        }
        if (last == Last.AND || last == Last.A) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(total + current);
    }

    /**
     * A spoken duration as ISO-8601 ("a minute and thirty seconds" → "PT1M30S"): one or more
     * "number unit" pairs joined by "and", where the number may be "a"/"an" for one.
     */
    public static Optional<String> parseDuration(List<String> words) {
        return parseDuration(words, SpokenNumbers::englishDurationNumber, SpokenNumbers::unitSeconds, "and");
    }

    private static OptionalLong englishDurationNumber(List<String> words) {
        return words.size() == 1 && (words.get(0).equals("a") || words.get(0).equals("an")) ? OptionalLong.of(1) : parse(words);
    }

    /**
     * A duration in any language: "number unit" pairs joined by {@code and}, where {@code unitSeconds}
     * gives a unit word's length in seconds (1, 60 or 3600; 0 for a word that is no unit).
     */
    static Optional<String> parseDuration(List<String> words, Function<List<String>, OptionalLong> number,
            ToIntFunction<String> unitSeconds, String and) {
        long hours = 0;
        long minutes = 0;
        long seconds = 0;
        int start = 0;
        boolean any = false;
        while (start < words.size()) {
            int unitAt = -1;
            for (int i = start; i < words.size(); i++) {
                if (unitSeconds.applyAsInt(words.get(i)) > 0) {
                    unitAt = i;
                    break;
                }
            }
            if (unitAt <= start) {
                return Optional.empty();
            }
            OptionalLong n = number.apply(words.subList(start, unitAt));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            switch (unitSeconds.applyAsInt(words.get(unitAt))) {
                case 3600 -> hours += n.getAsLong();
                case 60 -> minutes += n.getAsLong();
                default -> seconds += n.getAsLong();
            }
            any = true;
            start = unitAt + 1;
            if (start < words.size()) {
                if (!words.get(start).equals(and) || start + 1 == words.size()) {
                    return Optional.empty();
                }
                start++;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        StringBuilder iso = new StringBuilder("PT");
        if (hours > 0) {
            iso.append(hours).append('H');
        }
        if (minutes > 0) {
            iso.append(minutes).append('M');
        }
        if (seconds > 0 || (hours == 0 && minutes == 0)) {
            iso.append(seconds).append('S');
        }
        return Optional.of(iso.toString());
    }

    private static int unitSeconds(String word) {
        return switch (word) {
            case "second", "seconds" -> 1;
            case "minute", "minutes" -> 60;
            case "hour", "hours" -> 3600;
            default -> 0;
        };
    }
}
