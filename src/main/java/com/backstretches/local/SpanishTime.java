package com.backstretches.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Spanish times of day as Alexa fills an AMAZON.TIME slot: "HH:MM" on a 24-hour clock, or a code for
 * a vague part of the day (MO, AF, NI), as {@link SpokenTime} does for English.
 *
 * <p>Takes "las siete" (07:00), "las siete de la mañana" (07:00), "las siete de la tarde" (19:00),
 * "las nueve de la noche" (21:00), "la una de la tarde" (13:00), "las seis y media" (06:30), "las
 * siete y cuarto" (07:15), "las ocho menos cuarto" (07:45), "las siete y diez", "las siete
 * treinta", "las siete en punto", "las diecinueve horas", "mediodía", "medianoche", "7:30 p.m." as
 * typed, and "por la mañana", "esta tarde", "esta noche" and the like alone. The article is
 * optional ("siete y media"), and a leading "a" is taken ("a las siete", "al mediodía"). A clock
 * time without a part of the day is taken as said. Words come {@linkplain SpokenLanguage#fold
 * folded}, so accents are optional. Strict like {@link SpokenTime}: the whole list must be a time.
 */
final class SpanishTime {

    private enum Period { NONE, AM, SMALL_HOURS, NOON, PM, NIGHT }

    private record Suffix(List<String> words, Period period) {
    }

    /** A part of the day said alone. */
    private static final Map<List<String>, String> PARTS_OF_DAY = Map.ofEntries(
            Map.entry(List.of("por", "la", "manana"), "MO"), Map.entry(List.of("en", "la", "manana"), "MO"),
            Map.entry(List.of("esta", "manana"), "MO"),
            Map.entry(List.of("por", "la", "tarde"), "AF"), Map.entry(List.of("en", "la", "tarde"), "AF"),
            Map.entry(List.of("esta", "tarde"), "AF"),
            Map.entry(List.of("al", "anochecer"), "EV"),
            Map.entry(List.of("por", "la", "noche"), "NI"), Map.entry(List.of("en", "la", "noche"), "NI"),
            Map.entry(List.of("esta", "noche"), "NI"), Map.entry(List.of("de", "noche"), "NI"));

    /** Phrases after a clock time that place it in the day, longest first. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix(List.of("de", "la", "manana"), Period.AM),
            new Suffix(List.of("por", "la", "manana"), Period.AM),
            new Suffix(List.of("en", "la", "manana"), Period.AM),
            new Suffix(List.of("de", "la", "madrugada"), Period.SMALL_HOURS),
            new Suffix(List.of("de", "la", "tarde"), Period.PM),
            new Suffix(List.of("por", "la", "tarde"), Period.PM),
            new Suffix(List.of("en", "la", "tarde"), Period.PM),
            new Suffix(List.of("de", "la", "noche"), Period.NIGHT),
            new Suffix(List.of("por", "la", "noche"), Period.NIGHT),
            new Suffix(List.of("en", "la", "noche"), Period.NIGHT),
            new Suffix(List.of("de", "madrugada"), Period.SMALL_HOURS),
            new Suffix(List.of("del", "mediodia"), Period.NOON),
            new Suffix(List.of("esta", "manana"), Period.AM),
            new Suffix(List.of("esta", "tarde"), Period.PM),
            new Suffix(List.of("esta", "noche"), Period.NIGHT),
            new Suffix(List.of("am"), Period.AM),
            new Suffix(List.of("pm"), Period.PM));

    private SpanishTime() {
    }

    /** The whole (folded) word list as an AMAZON.TIME value, or empty when it is not a time. */
    static Optional<String> parse(List<String> spoken) {
        List<String> words = tokens(spoken);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String vague = PARTS_OF_DAY.get(words);
        if (vague != null) {
            return Optional.of(vague);
        }
        // "a las siete", "a la una", "a medianoche", "al mediodía": the "a" of "at".
        if (words.size() > 1 && words.get(0).equals("a") && List.of("las", "la", "medianoche", "mediodia").contains(words.get(1))) {
            words = words.subList(1, words.size());
        } else if (words.equals(List.of("al", "mediodia"))) {
            return Optional.of("12:00");
        }
        switch (String.join(" ", words)) {
            case "mediodia", "el mediodia" -> {
                return Optional.of("12:00");
            }
            case "medianoche", "la medianoche" -> {
                return Optional.of("00:00");
            }
            default -> {
            }
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
        boolean onTheHour = false;
        if (words.size() > 2 && words.subList(words.size() - 2, words.size()).equals(List.of("en", "punto"))) {
            onTheHour = true;
            words = words.subList(0, words.size() - 2);
        } else if (words.size() > 1 && words.get(words.size() - 1).equals("horas")) {
            // "las diecinueve horas", "las 19 horas": a 24-hour time.
            onTheHour = period == Period.NONE;
            words = words.subList(0, words.size() - 1);
            if (!onTheHour) {
                return Optional.empty();
            }
        }
        String article = "";
        if (words.get(0).equals("la") || words.get(0).equals("las")) {
            article = words.get(0);
            words = words.subList(1, words.size());
            if (words.isEmpty()) {
                return Optional.empty();
            }
        }
        List<String> rest = words.subList(1, words.size());
        if (onTheHour && !rest.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt said = hourSaid(words.get(0));
        if (said.isEmpty()) {
            return Optional.empty();
        }
        // "la una", "las dos": the article agrees with the hour.
        if (article.equals("la") != (said.getAsInt() == 1) && !article.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt hour = inPeriod(said.getAsInt(), period);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt offset = offset(rest, words.get(0).matches("\\d+"));
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        int total = Math.floorMod(hour.getAsInt() * 60 + offset.getAsInt(), 24 * 60);
        return Optional.of(GermanTime.format(total / 60, total % 60));
    }

    /** Joins "a m" and "p m" (from "a.m.", "p. m.") into "am" and "pm", and splits "7pm". */
    private static List<String> tokens(List<String> spoken) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) {
            String w = spoken.get(i);
            String next = i + 1 < spoken.size() ? spoken.get(i + 1) : "";
            if ((w.equals("a") || w.equals("p")) && next.equals("m")) {
                out.add(w + "m");
                i++;
            } else if (w.matches("\\d{1,2}[ap]m")) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
        }
        // "a m" at the very start is "a" (at) and a stray "m"; only after a time is it a.m.
        return out;
    }

    /**
     * Minutes from the full hour: nothing, "y media", "y cuarto", "menos cuarto", "y diez", "menos
     * veinte", "con treinta", or minutes alone ("siete treinta", "7 30").
     */
    private static OptionalInt offset(List<String> words, boolean digitHour) {
        if (words.isEmpty()) {
            return OptionalInt.of(0);
        }
        String link = words.get(0);
        List<String> amount = words.subList(1, words.size());
        if (!amount.isEmpty() && amount.get(amount.size() - 1).startsWith("minuto")) {
            amount = amount.subList(0, amount.size() - 1);
        }
        switch (link) {
            case "y", "con" -> {
                if (amount.equals(List.of("media"))) {
                    return OptionalInt.of(30);
                }
                if (amount.equals(List.of("cuarto"))) {
                    return OptionalInt.of(15);
                }
                OptionalInt m = minutes(amount, 1);
                return m;
            }
            case "menos" -> {
                if (amount.equals(List.of("cuarto"))) {
                    return OptionalInt.of(-15);
                }
                OptionalInt m = minutes(amount, 1);
                return m.isPresent() && m.getAsInt() <= 29 ? OptionalInt.of(-m.getAsInt()) : OptionalInt.empty();
            }
            default -> {
                if (words.size() == 1 && words.get(0).matches("\\d\\d")) {
                    return minutes(words, 0);
                }
                return digitHour ? OptionalInt.empty() : minutes(words, 10);
            }
        }
    }

    /** Minutes, {@code least} to 59, in words or digits. */
    private static OptionalInt minutes(List<String> words, int least) {
        if (words.isEmpty()) {
            return OptionalInt.empty();
        }
        if (words.size() == 1 && words.get(0).matches("\\d{1,2}")) {
            int m = Integer.parseInt(words.get(0));
            return m >= least && m <= 59 ? OptionalInt.of(m) : OptionalInt.empty();
        }
        if (words.stream().anyMatch(w -> w.matches("\\d+"))) {
            return OptionalInt.empty();
        }
        OptionalLong n = SpanishNumbers.parse(words);
        return n.isPresent() && n.getAsLong() >= least && n.getAsLong() <= 59 ? OptionalInt.of((int) n.getAsLong())
                : OptionalInt.empty();
    }

    /** The hour as said, one word: "una", "siete", "diecinueve", "7"; 0 to 24. */
    private static OptionalInt hourSaid(String word) {
        long h;
        if (word.matches("\\d{1,2}")) {
            h = Long.parseLong(word);
        } else {
            if (word.equals("cero") || word.equals("cien")) {
                return OptionalInt.empty();
            }
            OptionalLong n = SpanishNumbers.parse(List.of(word));
            if (n.isEmpty()) {
                return OptionalInt.empty();
            }
            h = n.getAsLong();
        }
        return h <= 24 ? OptionalInt.of((int) h) : OptionalInt.empty();
    }

    /** The hour on a 24-hour clock, moved by the part of the day; with one, only one to twelve. */
    private static OptionalInt inPeriod(int said, Period period) {
        if (period == Period.NONE) {
            return OptionalInt.of(said % 24);
        }
        if (said > 12) {
            boolean fits = switch (period) {
                case PM -> said <= 20;
                case NIGHT -> said >= 19 && said <= 23;
                case NOON -> said <= 15;
                default -> false;
            };
            return fits ? OptionalInt.of(said) : OptionalInt.empty();
        }
        if (said < 1) {
            return OptionalInt.empty();
        }
        return switch (period) {
            case AM -> OptionalInt.of(said % 12);
            case SMALL_HOURS -> said == 12 ? OptionalInt.of(0) : said <= 6 ? OptionalInt.of(said) : OptionalInt.empty();
            case NOON -> said == 12 ? OptionalInt.of(12) : said <= 4 ? OptionalInt.of(said + 12) : OptionalInt.empty();
            case PM -> OptionalInt.of(said == 12 ? 12 : said + 12);
            // "las doce de la noche" is midnight; "la una de la noche" the small hours; "las diez de la noche" 22:00.
            case NIGHT -> OptionalInt.of(said == 12 ? 0 : said <= 4 ? said : said + 12);
            case NONE -> OptionalInt.of(said);
        };
    }
}
