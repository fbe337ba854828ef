package com.backstretches.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The screen's own words (labels, headlines, buttons), read from a resource file so they are content, not code. */
public final class ScreenText {

    static final String RESOURCE = "screen/screen.properties";

    private final Properties texts;

    private ScreenText(Properties texts) {
        this.texts = texts;
    }

    public static ScreenText load() {
        try (InputStream in = ScreenText.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ScreenText(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text under {@code key} with its arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no screen text " + key + " in " + RESOURCE);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
