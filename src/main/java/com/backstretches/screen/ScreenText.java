package com.backstretches.screen;

import com.backstretches.speech.Words;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The screen's own words (labels, headlines, buttons), read from a resource file so they are content, not code. */
public final class ScreenText {

    static final String RESOURCE = "screen/screen.properties";
    private static final String BUNDLE = "screen.screen";

    private final ResourceBundle texts;

    private ScreenText(ResourceBundle texts) {
        this.texts = texts;
    }

    public static ScreenText load() {
        return load(Locale.ENGLISH);
    }

    /** The screen's words in a locale's language (screen_de.properties); English for a locale without its own file, never the machine's. */
    public static ScreenText load(Locale locale) {
        return new ScreenText(Words.bundle(BUNDLE, locale));
    }

    /** The text under {@code key} with its arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = texts.containsKey(key) ? texts.getString(key) : null;
        if (pattern == null) {
            throw new IllegalArgumentException("no screen text " + key + " in " + RESOURCE);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    java.util.Set<String> keys() {
        return texts.keySet();
    }
}
