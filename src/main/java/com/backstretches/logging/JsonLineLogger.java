package com.backstretches.logging;

import java.time.Instant;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * Writes each event as one {@link JsonLine}. Events from the fluent API ({@code atInfo()...}) keep
 * their key-value pairs as fields; that is how the skill logs request ids and latencies.
 */
final class JsonLineLogger extends LegacyAbstractLogger implements LoggingEventAware {

    private static final long serialVersionUID = 1L;

    private final Level level;
    private final transient LogOutput output;

    JsonLineLogger(String name, Level level, LogOutput output) {
        this.name = name;
        this.level = level;
        this.output = output;
    }

    private boolean enabled(Level at) {
        return at.toInt() >= level.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level at, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
        if (enabled(at)) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            write(JsonLine.format(Instant.now(), at, name, message, List.of(), thrown));
        }
    }

    @Override
    public void log(LoggingEvent event) {
        if (enabled(event.getLevel())) {
            Object[] arguments = event.getArgumentArray();
            String message = arguments == null ? event.getMessage() : MessageFormatter.basicArrayFormat(event.getMessage(), arguments);
            write(JsonLine.format(Instant.now(), event.getLevel(), name, message,
                    event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs(), event.getThrowable()));
        }
    }

    private void write(String line) {
        if (!Muted.active()) {
            output.write(line);
        }
    }
}
