package com.backstretches.logging;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.event.Level;

/**
 * Where log lines go and how much is logged, read once when the first logger is made. Lambda wants
 * stdout at INFO; the local console sets {@code backstretches.log.target=stderr} and its own level,
 * since its stdout is the conversation. The ASK SDK is held at WARN: it logs every dispatch at INFO.
 */
public record LogSettings(Target target, Level rootLevel, Map<String, Level> levels) {

    public static final String TARGET_PROPERTY = "backstretches.log.target";
    public static final String LEVEL_PROPERTY = "backstretches.log.level";

    public enum Target { STDOUT, STDERR }

    public LogSettings {
        levels = Map.copyOf(levels);
    }

    static LogSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    static LogSettings from(Function<String, String> properties) {
        Target target = Optional.ofNullable(properties.apply(TARGET_PROPERTY))
                .map(t -> t.strip().equalsIgnoreCase("stderr") ? Target.STDERR : Target.STDOUT).orElse(Target.STDOUT);
        Level root = Optional.ofNullable(properties.apply(LEVEL_PROPERTY)).flatMap(LogSettings::level).orElse(Level.INFO);
        return new LogSettings(target, root, Map.of("com.amazon.ask", Level.WARN));
    }

    /** The level for a logger: the longest configured prefix of its name, never below the root level. */
    Level levelFor(String loggerName) {
        Level found = rootLevel;
        int longest = -1;
        for (Map.Entry<String, Level> entry : levels.entrySet()) {
            String prefix = entry.getKey();
            boolean matches = loggerName.equals(prefix) || loggerName.startsWith(prefix + ".");
            if (matches && prefix.length() > longest) {
                found = entry.getValue();
                longest = prefix.length();
            }
        }
        // A stricter root wins: the console asking for warnings only means warnings only.
        return found.toInt() >= rootLevel.toInt() ? found : rootLevel;
    }

    private static Optional<Level> level(String name) {
        try {
            return Optional.of(Level.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
