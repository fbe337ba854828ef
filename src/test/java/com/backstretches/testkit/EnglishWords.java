package com.backstretches.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the English skill says that are not words of German or Spanish, to catch English left in a
 * translation. "Alexa" and names are fine; "Routine", "Pause", "Version", "Rotation" and "stop" are German too,
 * so they are not here.
 */
public final class EnglishWords {

    static final Set<String> WORDS = Set.of("the", "and", "you", "your", "you're", "stretch", "stretches", "set", "sets", "side",
            "next", "hold", "holds", "seconds", "release", "welcome", "ready", "easier", "harder", "round", "rounds",
            "left", "right", "okay", "sorry", "done", "minutes", "more", "one", "two", "three", "with", "when", "say", "what",
            "where", "here", "let's", "shall", "would", "like", "again", "today", "nicely", "well", "good", "great", "knees", "hands",
            "feet", "chest", "hips", "floor", "squat", "pancake", "extension", "quadruped", "reps", "swings", "each",
            "skip", "remind", "reminder", "every", "day", "days", "of", "to", "is", "it", "that", "this", "for", "back", "stretching");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private EnglishWords() {
    }

    /** The skill's English words in {@code text}, in order. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (WORDS.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }
}
