package com.backstretches.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One logger per name, its level fixed by the settings when it is made. */
final class JsonLineLoggers implements ILoggerFactory {

    private final LogSettings settings;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    JsonLineLoggers(LogSettings settings) {
        this.settings = settings;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new JsonLineLogger(n, settings.levelFor(n), LogOutput.of(settings.target())));
    }
}
