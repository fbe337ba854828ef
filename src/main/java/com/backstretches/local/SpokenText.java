package com.backstretches.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a listener hears in an SSML response, for reading on a terminal: the words, and the silences
 * between them. Tags other than {@code <break>} only change how words sound, so they are dropped.
 */
public record SpokenText(List<Piece> pieces) {

    public SpokenText {
        pieces = List.copyOf(pieces);
    }

    public sealed interface Piece {
    }

    public record Words(String text) implements Piece {
    }

    public record Pause(int millis) implements Piece {
        /** "10s", "1.5s", "0.3s": the way the console shows a pause. */
        public String label() {
            return millis % 1000 == 0 ? (millis / 1000) + "s" : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("<break\\b[^>]*\\btime\\s*=\\s*[\"']([0-9.]+)(ms|s)[\"'][^>]*>");

    public static SpokenText ofSsml(String ssml) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        Matcher tag = TAG.matcher(ssml);
        int at = 0;
        while (tag.find()) {
            words.append(ssml, at, tag.start()).append(' ');
            at = tag.end();
            Matcher pause = BREAK.matcher(tag.group());
            if (pause.matches()) {
                flush(words, pieces);
                double amount = Double.parseDouble(pause.group(1));
                pieces.add(new Pause((int) Math.round(pause.group(2).equals("s") ? amount * 1000 : amount)));
            }
        }
        words.append(ssml.substring(at));
        flush(words, pieces);
        return new SpokenText(pieces);
    }

    /** One line: words with the pauses inline, as in "Hold it. [pause 10s] Ten to go." */
    public String inline() {
        List<String> parts = new ArrayList<>();
        for (Piece p : pieces) {
            parts.add(p instanceof Words w ? w.text() : "[pause " + ((Pause) p).label() + "]");
        }
        return String.join(" ", parts);
    }

    /** The words alone, as one line: what a transcript of the speech would say. */
    public String words() {
        return String.join(" ", pieces.stream().filter(Words.class::isInstance).map(p -> ((Words) p).text()).toList());
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    private static void flush(StringBuilder words, List<Piece> pieces) {
        String text = unescape(words.toString()).replaceAll("\\s+", " ").strip()
                // A tag between a word and its punctuation leaves "word ." behind.
                .replaceAll(" ([.,!?;:])", "$1");
        words.setLength(0);
        if (!text.isEmpty()) {
            pieces.add(new Words(text));
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
