package com.backstretches.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks a line for a terminal so that no word is cut in two at its right edge: lines break at
 * spaces only, each new line starting with a hanging indent, so the answer stays in one column
 * under its prompt. A bracketed label such as "[pause 10s]" counts as one word. Terminal colour codes
 * take no columns. A word wider than the terminal gets a line of its own, whole (the terminal folds
 * it, as it would without wrapping).
 */
final class WordWrap {

    /** Colour and style codes, as the console prints them (ESC [ 36 m, ESC [ 0 m). */
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");

    /** The longest "[...]" kept together; a longer one breaks like any words. */
    private static final int MAX_LABEL = 24;

    private WordWrap() {
    }

    /**
     * {@code line} broken to at most {@code columns} columns, continuation lines starting with
     * {@code indent}; unchanged when it fits or when {@code columns} is 0 or less (no wrapping).
     */
    static String wrap(String line, int columns, String indent) {
        if (columns <= 0) {
            return line;
        }
        List<String> lines = new ArrayList<>();
        // A message with line breaks of its own (an exception's, say): each of its lines wrapped alike.
        for (String part : line.split("\n", -1)) {
            lines.add(wrapOne(part, columns, indent));
        }
        return String.join("\n", lines);
    }

    private static String wrapOne(String line, int columns, String indent) {
        if (width(line) <= columns) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int column = 0;
        boolean wordOnLine = false;
        int i = 0;
        while (i < line.length()) {
            int spacesFrom = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            String spaces = line.substring(spacesFrom, i);
            int wordFrom = i;
            i = wordEnd(line, i);
            // A short bracketed label such as "[pause 10s]" reads as one thing: kept on one line.
            int close = line.indexOf(']', i);
            if (opensBracket(line.substring(wordFrom, i)) && close >= 0 && close - wordFrom < MAX_LABEL) {
                i = wordEnd(line, close);
            }
            String word = line.substring(wordFrom, i);
            int wordWidth = width(word);
            if (!wordOnLine || column + spaces.length() + wordWidth <= columns) {
                out.append(spaces).append(word);
                column += spaces.length() + wordWidth;
            } else if (word.isEmpty()) {
                // Spaces at the very end that do not fit: nothing to carry over.
                break;
            } else {
                out.append('\n').append(indent).append(word);
                column = width(indent) + wordWidth;
            }
            wordOnLine |= wordWidth > 0;
        }
        return out.toString();
    }

    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private static boolean opensBracket(String words) {
        return words.lastIndexOf('[') > words.lastIndexOf(']');
    }

    /** The columns {@code text} takes on a terminal: its characters less colour codes. */
    static int width(String text) {
        String visible = text.indexOf('\u001b') < 0 ? text : ESCAPE.matcher(text).replaceAll("");
        return visible.codePointCount(0, visible.length());
    }
}
