package com.backstretches.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads a time of day the way Alexa fills an {@code AMAZON.TIME} slot: "HH:MM" in 24-hour time
 * ("seven thirty pm" becomes "19:30", "quarter to nine" "08:45"), or one of Alexa's codes for a vague
 * part of the day: "MO" (morning), "AF" (afternoon), "EV" (evening), "NI" (night).
 *
 * <p>Works on the words {@link UtteranceMatcher#normalize} leaves, so "7:30 p.m." arrives as
 * {@code 7 30 p m}. A clock time with no am or pm is taken as said ("seven" is 07:00, "nineteen
 * thirty" 19:30). As with {@link SpokenNumbers}, the grammar is strict on purpose: the whole list
 * must be a time, so a slot that takes only times ("{time}" alone as a sample) cannot swallow a
 * sentence that means something else.
 */
final class SpokenTime {

    /** What a time of day says about the hour: nothing, or the half of the day it is in. */
    private enum Period { NONE, AM, PM, AFTERNOON, EVENING, NIGHT }

    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

    /** Phrases after a clock time that place it in the day, longest first. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix(List.of("in", "the", "morning"), Period.AM),
            new Suffix(List.of("in", "the", "afternoon"), Period.AFTERNOON),
            new Suffix(List.of("in", "the", "evening"), Period.EVENING),
            new Suffix(List.of("in", "the", "night"), Period.NIGHT),
            new Suffix(List.of("this", "morning"), Period.AM),
            new Suffix(List.of("this", "afternoon"), Period.AFTERNOON),
            new Suffix(List.of("this", "evening"), Period.EVENING),
            new Suffix(List.of("at", "night"), Period.NIGHT),
            new Suffix(List.of("tonight"), Period.NIGHT),
            new Suffix(List.of("am"), Period.AM),
            new Suffix(List.of("pm"), Period.PM));

    private record Suffix(List<String> words, Period period) {
    }

    private SpokenTime() {
    }

    /** The whole word list as an AMAZON.TIME value ("HH:MM", or MO, AF, EV, NI), or empty when it is not a time. */
    static Optional<String> parse(List<String> spoken) {
        List<String> words = tokens(spoken);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> vague = partOfDay(words);
        if (vague.isPresent()) {
            return vague;
        }
        Period period = Period.NONE;
        for (Suffix suffix : SUFFIXES) {
            int n = suffix.words().size();
            if (words.size() > n && words.subList(words.size() - n, words.size()).equals(suffix.words())) {
                period = suffix.period();
                words = words.subList(0, words.size() - n);
                break;
            }
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("o'clock")) {
            return clockHour(words.subList(0, words.size() - 1), period).stream()
                    .mapToObj(h -> format(h, 0)).findFirst();
        }
        Optional<String> named = namedTime(words, period);
        if (named.isPresent()) {
            return named;
        }
        Optional<String> relative = relative(words, period);
        if (relative.isPresent()) {
            return relative;
        }
        return clock(words, period);
    }

    /**
     * Splits what typing leaves joined or spelled out: "7am" and "30pm" into a number and am/pm,
     * "a m" (from "a.m.") into "am", "o clock" and "oclock" into "o'clock".
     */
    private static List<String> tokens(List<String> spoken) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) {
            String w = spoken.get(i);
            String next = i + 1 < spoken.size() ? spoken.get(i + 1) : "";
            if ((w.equals("a") || w.equals("p")) && next.equals("m")) {
                out.add(w + "m");
                i++;
            } else if (w.equals("o") && next.equals("clock")) {
                out.add("o'clock");
                i++;
            } else if (w.equals("oclock")) {
                out.add("o'clock");
            } else if (w.matches("\\d{1,2}[ap]m")) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** "morning", "in the evening", "this afternoon", "at night", "tonight". */
    private static Optional<String> partOfDay(List<String> words) {
        String last = words.get(words.size() - 1);
        List<String> before = words.subList(0, words.size() - 1);
        if (last.equals("tonight") && before.isEmpty()) {
            return Optional.of("NI");
        }
        String code = PARTS_OF_DAY.get(last);
        if (code == null) {
            return Optional.empty();
        }
        boolean fits = before.isEmpty() || before.equals(List.of("in", "the")) || before.equals(List.of("this"))
                || (last.equals("night") && before.equals(List.of("at")));
        return fits ? Optional.of(code) : Optional.empty();
    }

    /** "noon", "midday", "midnight", and the same after "twelve". */
    private static Optional<String> namedTime(List<String> words, Period period) {
        List<String> rest = words.size() == 2 && words.get(0).equals("twelve") ? words.subList(1, 2) : words;
        if (rest.size() != 1 || period != Period.NONE) {
            return Optional.empty();
        }
        return switch (rest.get(0)) {
            case "noon", "midday" -> Optional.of("12:00");
            case "midnight" -> Optional.of("00:00");
            default -> Optional.empty();
        };
    }

    /** "half past seven", "quarter to nine", "ten past six", "twenty five minutes to eight", "half seven". */
    private static Optional<String> relative(List<String> words, Period period) {
        int link = -1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (List.of("past", "after", "to", "till", "before").contains(words.get(i))) {
                link = i;
                break;
            }
        }
        if (link < 0) {
            // "half seven": half past, as said in Britain.
            if (words.size() >= 2 && words.get(0).equals("half")) {
                OptionalInt hour = clockHour(words.subList(1, words.size()), period);
                return hour.isPresent() ? Optional.of(format(hour.getAsInt(), 30)) : Optional.empty();
            }
            return Optional.empty();
        }
        boolean before = List.of("to", "till", "before").contains(words.get(link));
        OptionalInt minutes = minutesBeforeOrAfter(words.subList(0, link), before);
        if (minutes.isEmpty()) {
            return Optional.empty();
        }
        List<String> hourWords = words.subList(link + 1, words.size());
        OptionalInt hour = hourWords.size() == 1 && period == Period.NONE
                ? switch (hourWords.get(0)) {
                    case "noon", "midday" -> OptionalInt.of(12);
                    case "midnight" -> OptionalInt.of(0);
                    default -> clockHour(hourWords, period);
                }
                : clockHour(hourWords, period);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        int total = hour.getAsInt() * 60 + (before ? -minutes.getAsInt() : minutes.getAsInt());
        total = Math.floorMod(total, 24 * 60);
        return Optional.of(format(total / 60, total % 60));
    }

    /** "half" (past only), "quarter", "a quarter", or one to twenty-nine, with or without "minutes". */
    private static OptionalInt minutesBeforeOrAfter(List<String> words, boolean before) {
        if (words.equals(List.of("half"))) {
            return before ? OptionalInt.empty() : OptionalInt.of(30);
        }
        if (words.equals(List.of("quarter")) || words.equals(List.of("a", "quarter"))) {
            return OptionalInt.of(15);
        }
        List<String> number = words;
        if (!words.isEmpty() && (words.get(words.size() - 1).equals("minutes") || words.get(words.size() - 1).equals("minute"))) {
            number = words.subList(0, words.size() - 1);
        }
        OptionalLong n = SpokenNumbers.parse(number);
        return n.isPresent() && n.getAsLong() >= 1 && n.getAsLong() <= 29 ? OptionalInt.of((int) n.getAsLong())
                : OptionalInt.empty();
    }

    /** An hour then, optionally, minutes: "seven", "seven thirty", "7 30", "ten oh five", "nineteen hundred". */
    private static Optional<String> clock(List<String> words, Period period) {
        for (int split = 1; split <= words.size(); split++) {
            OptionalInt hour = clockHour(words.subList(0, split), period);
            if (hour.isEmpty()) {
                continue;
            }
            OptionalInt minutes = split == words.size() ? OptionalInt.of(0) : minutes(words.subList(split, words.size()));
            if (minutes.isPresent()) {
                return Optional.of(format(hour.getAsInt(), minutes.getAsInt()));
            }
        }
        return Optional.empty();
    }

    /** Minutes after the hour: "30" or "05" as digits, ten to fifty-nine in words, "oh five", or "hundred". */
    private static OptionalInt minutes(List<String> words) {
        if (words.size() == 1 && words.get(0).matches("\\d\\d")) {
            int m = Integer.parseInt(words.get(0));
            return m <= 59 ? OptionalInt.of(m) : OptionalInt.empty();
        }
        if (words.equals(List.of("hundred")) || words.equals(List.of("hundred", "hours"))) {
            return OptionalInt.of(0);
        }
        boolean oh = words.get(0).equals("oh") || words.get(0).equals("o");
        OptionalLong n = SpokenNumbers.parse(oh ? words.subList(1, words.size()) : words);
        if (n.isEmpty() || words.get(0).matches("\\d+")) {
            return OptionalInt.empty();
        }
        long m = n.getAsLong();
        return (oh ? m >= 0 && m <= 9 : m >= 10 && m <= 59) ? OptionalInt.of((int) m) : OptionalInt.empty();
    }

    /**
     * The hour on a 24-hour clock: words one to twenty-three or digits 0 to 23, moved by the part of
     * the day ("seven" with pm is 19). With a part of the day, only one to twelve is an hour.
     */
    private static OptionalInt clockHour(List<String> words, Period period) {
        if (words.isEmpty()) {
            return OptionalInt.empty();
        }
        long h;
        if (words.size() == 1 && words.get(0).matches("\\d{1,2}")) {
            h = Long.parseLong(words.get(0));
        } else {
            if (words.stream().anyMatch(w -> w.matches("\\d+") || w.equals("zero") || w.equals("hundred")
                    || w.equals("thousand") || w.equals("and") || w.equals("a"))) {
                return OptionalInt.empty();
            }
            OptionalLong n = SpokenNumbers.parse(words);
            if (n.isEmpty() || n.getAsLong() < 1) {
                return OptionalInt.empty();
            }
            h = n.getAsLong();
        }
        if (h > 23) {
            return OptionalInt.empty();
        }
        int hour = (int) h;
        if (period == Period.NONE) {
            return OptionalInt.of(hour);
        }
        if (hour < 1 || hour > 12) {
            return OptionalInt.empty();
        }
        return switch (period) {
            case AM -> OptionalInt.of(hour % 12);
            case PM, AFTERNOON -> OptionalInt.of(hour == 12 ? 12 : hour + 12);
            case EVENING -> hour == 12 ? OptionalInt.empty() : OptionalInt.of(hour + 12);
            // "twelve at night" is midnight; "two at night" the small hours; "ten at night" 22:00.
            case NIGHT -> OptionalInt.of(hour == 12 ? 0 : hour <= 5 ? hour : hour + 12);
            case NONE -> OptionalInt.of(hour);
        };
    }

    private static String format(int hour, int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
