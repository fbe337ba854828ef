package com.backstretches.logging;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/**
 * One flat JSON object on one line, so CloudWatch Logs Insights can filter on {@code requestId},
 * {@code intent} or {@code latencyMs} directly. Key-value pairs become fields (numbers and booleans
 * keep their type; nulls are left out); an exception becomes one string field. Written by hand: this
 * runs on a cold start's path, and a JSON library would be loaded just for it.
 */
final class JsonLine {

    static final int MAX_TRACE_CHARS = 4000;
    private static final int MAX_FRAMES = 12;

    private JsonLine() {
    }

    static String format(Instant time, Level level, String logger, String message, List<KeyValuePair> pairs, Throwable thrown) {
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "time", time.toString());
        field(line, "level", level.toString());
        field(line, "logger", logger);
        field(line, "message", message == null ? "" : message);
        for (KeyValuePair pair : pairs) {
            if (pair.key != null && pair.value != null) {
                value(line, pair.key, pair.value);
            }
        }
        if (thrown != null) {
            field(line, "exception", trace(thrown));
        }
        line.setLength(line.length() - 1);
        return line.append('}').toString();
    }

    private static void value(StringBuilder line, String key, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Boolean) {
            quoted(line, key).append(':').append(value).append(',');
        } else {
            field(line, key, value.toString());
        }
    }

    private static void field(StringBuilder line, String key, String value) {
        quoted(quoted(line, key).append(':'), value).append(',');
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters, and the two Unicode line breaks some readers split lines on.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * The exception and each cause with their top frames: the frames near where things went wrong,
     * not the dozens of runtime frames below them that would push the cause out of the bounded field.
     */
    private static String trace(Throwable thrown) {
        StringBuilder trace = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            trace.append(t == thrown ? "" : "Caused by: ").append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            int shown = Math.min(frames.length, MAX_FRAMES);
            for (int i = 0; i < shown; i++) {
                trace.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > shown) {
                trace.append("\t... ").append(frames.length - shown).append(" more\n");
            }
        }
        return trace.length() > MAX_TRACE_CHARS ? trace.substring(0, MAX_TRACE_CHARS) + "..." : trace.toString();
    }
}
