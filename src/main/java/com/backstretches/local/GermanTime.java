package com.backstretches.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * German times of day as Alexa fills an AMAZON.TIME slot: "HH:MM" on a 24-hour clock, or a code for
 * a vague part of the day (MO, AF, EV, NI), as {@link SpokenTime} does for English.
 *
 * <p>Takes "sieben Uhr" (07:00), "achtzehn Uhr dreißig" (18:30), "sieben Uhr abends" (19:00),
 * "halb acht" (07:30), "viertel nach sieben" (07:15), "viertel vor acht" and "dreiviertel acht"
 * (07:45), "zehn nach sieben", "fünf vor halb acht" (07:25), "Mittag" (12:00), "Mitternacht"
 * (00:00), "18:30 Uhr" as typed, and "am Abend", "heute Nacht" and the like alone. A clock time
 * without a part of the day is taken as said: "sieben" is 07:00, "neunzehn Uhr" 19:00. Words come
 * {@linkplain SpokenLanguage#fold folded}; umlauts typed as ae, oe, ue are taken too ("frueh").
 * Strict like {@link SpokenTime}: the whole list must be a time.
 */
final class GermanTime {

    private enum Period { NONE, AM, NOON, PM, EVENING, NIGHT }

    private record Suffix(List<String> words, Period period) {
    }

    /** A part of the day said alone. */
    private static final Map<List<String>, String> PARTS_OF_DAY = Map.ofEntries(
            Map.entry(List.of("morgens"), "MO"), Map.entry(List.of("am", "morgen"), "MO"),
            Map.entry(List.of("heute", "morgen"), "MO"), Map.entry(List.of("fruh"), "MO"),
            Map.entry(List.of("in", "der", "fruh"), "MO"), Map.entry(List.of("heute", "fruh"), "MO"),
            Map.entry(List.of("vormittags"), "MO"), Map.entry(List.of("vormittag"), "MO"),
            Map.entry(List.of("am", "vormittag"), "MO"), Map.entry(List.of("heute", "vormittag"), "MO"),
            Map.entry(List.of("nachmittags"), "AF"), Map.entry(List.of("nachmittag"), "AF"),
            Map.entry(List.of("am", "nachmittag"), "AF"), Map.entry(List.of("heute", "nachmittag"), "AF"),
            Map.entry(List.of("abends"), "EV"), Map.entry(List.of("abend"), "EV"),
            Map.entry(List.of("am", "abend"), "EV"), Map.entry(List.of("heute", "abend"), "EV"),
            Map.entry(List.of("nachts"), "NI"), Map.entry(List.of("nacht"), "NI"),
            Map.entry(List.of("in", "der", "nacht"), "NI"), Map.entry(List.of("heute", "nacht"), "NI"));

    /** Phrases after a clock time that place it in the day, longest first. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix(List.of("in", "der", "fruh"), Period.AM),
            new Suffix(List.of("in", "der", "nacht"), Period.NIGHT),
            new Suffix(List.of("am", "morgen"), Period.AM),
            new Suffix(List.of("am", "vormittag"), Period.AM),
            new Suffix(List.of("am", "mittag"), Period.NOON),
            new Suffix(List.of("am", "nachmittag"), Period.PM),
            new Suffix(List.of("am", "abend"), Period.EVENING),
            new Suffix(List.of("heute", "morgen"), Period.AM),
            new Suffix(List.of("heute", "fruh"), Period.AM),
            new Suffix(List.of("heute", "vormittag"), Period.AM),
            new Suffix(List.of("heute", "nachmittag"), Period.PM),
            new Suffix(List.of("heute", "abend"), Period.EVENING),
            new Suffix(List.of("heute", "nacht"), Period.NIGHT),
            new Suffix(List.of("morgens"), Period.AM),
            new Suffix(List.of("fruh"), Period.AM),
            new Suffix(List.of("vormittags"), Period.AM),
            new Suffix(List.of("mittags"), Period.NOON),
            new Suffix(List.of("nachmittags"), Period.PM),
            new Suffix(List.of("abends"), Period.EVENING),
            new Suffix(List.of("nachts"), Period.NIGHT));

    private GermanTime() {
    }

    /** The whole (folded) word list as an AMAZON.TIME value, or empty when it is not a time. */
    static Optional<String> parse(List<String> spoken) {
        List<String> words = new ArrayList<>();
        spoken.forEach(w -> words.add(GermanNumbers.plain(w)));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String vague = PARTS_OF_DAY.get(words);
        if (vague != null) {
            return Optional.of(vague);
        }
        List<String> rest = words;
        Period period = Period.NONE;
        for (Suffix suffix : SUFFIXES) {
            int n = suffix.words().size();
            if (rest.size() > n && rest.subList(rest.size() - n, rest.size()).equals(suffix.words())) {
                period = suffix.period();
                rest = rest.subList(0, rest.size() - n);
                break;
            }
        }
        if (period == Period.NONE) {
            Optional<String> named = switch (String.join(" ", rest)) {
                case "mittag", "mittags", "am mittag" -> Optional.of("12:00");
                case "mitternacht" -> Optional.of("00:00");
                default -> Optional.empty();
            };
            if (named.isPresent()) {
                return named;
            }
        }
        int uhr = rest.indexOf("uhr");
        if (uhr >= 0) {
            return withUhr(rest, uhr, period);
        }
        Optional<String> relative = relative(rest, period);
        if (relative.isPresent()) {
            return relative;
        }
        return clock(rest, period);
    }

    /** "sieben Uhr", "achtzehn Uhr dreißig", "7 Uhr 5", and "18:30 Uhr" as typed ("18 30 uhr"). */
    private static Optional<String> withUhr(List<String> words, int uhr, Period period) {
        List<String> hourWords = words.subList(0, uhr);
        List<String> minuteWords = words.subList(uhr + 1, words.size());
        if (minuteWords.isEmpty() && hourWords.size() == 2 && hourWords.get(0).matches("\\d{1,2}")
                && hourWords.get(1).matches("\\d\\d")) {
            OptionalInt hour = hour(hourWords.subList(0, 1), period);
            int m = Integer.parseInt(hourWords.get(1));
            return hour.isPresent() && m <= 59 ? Optional.of(format(hour.getAsInt(), m)) : Optional.empty();
        }
        OptionalInt hour = hour(hourWords, period);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        if (minuteWords.isEmpty()) {
            return Optional.of(format(hour.getAsInt(), 0));
        }
        OptionalInt minutes = minutes(minuteWords, 1);
        return minutes.isPresent() ? Optional.of(format(hour.getAsInt(), minutes.getAsInt())) : Optional.empty();
    }

    /**
     * "halb acht" (07:30), "viertel nach sieben", "viertel vor acht", "dreiviertel acht", "viertel acht"
     * (07:15, as said in the east), "zehn nach sieben", "zwanzig vor acht", "fünf vor halb acht".
     */
    private static Optional<String> relative(List<String> words, Period period) {
        if (words.size() >= 2 && words.get(0).equals("halb")) {
            return at(words.subList(1, words.size()), period, -30);
        }
        if (words.size() >= 2 && words.get(0).equals("dreiviertel")) {
            return at(words.subList(1, words.size()), period, -15);
        }
        int link = -1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (words.get(i).equals("nach") || words.get(i).equals("vor")) {
                link = i;
                break;
            }
        }
        if (link < 0) {
            if (words.size() >= 2 && words.get(0).equals("viertel")) {
                return at(words.subList(1, words.size()), period, -45);
            }
            return Optional.empty();
        }
        boolean before = words.get(link).equals("vor");
        List<String> amount = words.subList(0, link);
        List<String> target = words.subList(link + 1, words.size());
        int minutes;
        if (amount.equals(List.of("viertel"))) {
            minutes = 15;
        } else {
            OptionalInt m = minutes(amount.get(amount.size() - 1).startsWith("minute")
                    ? amount.subList(0, amount.size() - 1) : amount, 1);
            if (m.isEmpty() || m.getAsInt() > 29) {
                return Optional.empty();
            }
            minutes = m.getAsInt();
        }
        int offset = before ? -minutes : minutes;
        if (target.size() >= 2 && target.get(0).equals("halb")) {
            // "fünf vor halb acht": 07:25.
            return minutes > 14 ? Optional.empty() : at(target.subList(1, target.size()), period, -30 + offset);
        }
        return at(target, period, offset);
    }

    /** {@code offset} minutes from the full hour said in {@code hourWords}. */
    private static Optional<String> at(List<String> hourWords, Period period, int offset) {
        OptionalInt hour = hourWords.size() == 1 && period == Period.NONE
                ? switch (hourWords.get(0)) {
                    case "mittag" -> OptionalInt.of(12);
                    case "mitternacht" -> OptionalInt.of(0);
                    default -> hour(hourWords, period);
                }
                : hour(hourWords, period);
        if (hour.isEmpty() || hourWords.get(0).matches("\\d+") && hourWords.size() > 1) {
            return Optional.empty();
        }
        int total = Math.floorMod(hour.getAsInt() * 60 + offset, 24 * 60);
        return Optional.of(format(total / 60, total % 60));
    }

    /** An hour, then optionally minutes: "sieben", "sieben dreißig", "7 30", "neunzehn fünfundvierzig". */
    private static Optional<String> clock(List<String> words, Period period) {
        for (int split = 1; split <= words.size(); split++) {
            OptionalInt hour = hour(words.subList(0, split), period);
            if (hour.isEmpty()) {
                continue;
            }
            if (split == words.size()) {
                return Optional.of(format(hour.getAsInt(), 0));
            }
            List<String> after = words.subList(split, words.size());
            OptionalInt minutes = after.size() == 1 && after.get(0).matches("\\d\\d") ? minutes(after, 0) : minutes(after, 10);
            if (minutes.isPresent()) {
                return Optional.of(format(hour.getAsInt(), minutes.getAsInt()));
            }
        }
        return Optional.empty();
    }

    /** Minutes after the hour, {@code least} to 59: in words, or two digits (or one after "Uhr"). */
    private static OptionalInt minutes(List<String> words, int least) {
        if (words.isEmpty()) {
            return OptionalInt.empty();
        }
        if (words.size() == 1 && words.get(0).matches("\\d{1,2}")) {
            int m = Integer.parseInt(words.get(0));
            return m <= 59 ? OptionalInt.of(m) : OptionalInt.empty();
        }
        if (words.stream().anyMatch(w -> w.matches("\\d+"))) {
            return OptionalInt.empty();
        }
        OptionalLong n = GermanNumbers.parse(words);
        return n.isPresent() && n.getAsLong() >= least && n.getAsLong() <= 59 ? OptionalInt.of((int) n.getAsLong())
                : OptionalInt.empty();
    }

    /**
     * The hour on a 24-hour clock, from words ("sieben", "ein", "achtzehn") or digits, 0 to 24 (24 is
     * midnight), moved by the part of the day: with one, only one to twelve, or an hour that is
     * already in that part ("neunzehn Uhr abends").
     */
    private static OptionalInt hour(List<String> words, Period period) {
        if (words.isEmpty()) {
            return OptionalInt.empty();
        }
        long h;
        if (words.size() == 1 && words.get(0).matches("\\d{1,2}")) {
            h = Long.parseLong(words.get(0));
        } else {
            if (words.stream().anyMatch(w -> w.matches("\\d+") || w.contains("hundert") || w.contains("tausend"))) {
                return OptionalInt.empty();
            }
            OptionalLong n = GermanNumbers.parse(words);
            if (n.isEmpty()) {
                return OptionalInt.empty();
            }
            h = n.getAsLong();
        }
        if (h > 24) {
            return OptionalInt.empty();
        }
        int hour = (int) h % 24;
        if (period == Period.NONE) {
            return OptionalInt.of(hour);
        }
        if (h > 12) {
            boolean fits = switch (period) {
                case PM, EVENING -> h >= 13 && h <= 23;
                case NOON -> h >= 13 && h <= 15;
                case NIGHT -> h >= 18 && h <= 24;
                default -> false;
            };
            return fits ? OptionalInt.of(hour) : OptionalInt.empty();
        }
        if (hour < 1) {
            return OptionalInt.empty();
        }
        return switch (period) {
            case AM -> OptionalInt.of(hour % 12);
            case NOON -> hour == 12 ? OptionalInt.of(12) : hour <= 5 ? OptionalInt.of(hour + 12)
                    : hour >= 10 ? OptionalInt.of(hour) : OptionalInt.empty();
            case PM -> OptionalInt.of(hour == 12 ? 12 : hour + 12);
            case EVENING -> hour == 12 ? OptionalInt.empty() : OptionalInt.of(hour + 12);
            // "zwölf Uhr nachts" is midnight; "zwei Uhr nachts" the small hours; "zehn Uhr nachts" 22:00.
            case NIGHT -> OptionalInt.of(hour == 12 ? 0 : hour <= 5 ? hour : hour + 12);
            case NONE -> OptionalInt.of(hour);
        };
    }

    static String format(int hour, int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
