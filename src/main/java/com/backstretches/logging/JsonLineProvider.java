package com.backstretches.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J backend for the skill, the ASK SDK and the AWS SDK: JSON lines on stdout, which Lambda
 * sends to CloudWatch one event per line. It replaced logback, whose start-up cost a cold start
 * about 200 ms (see docs/performance.md); the skill needs levels and one line per event, nothing more.
 */
public final class JsonLineProvider implements SLF4JServiceProvider {

    private ILoggerFactory loggers;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public void initialize() {
        loggers = new JsonLineLoggers(LogSettings.fromSystemProperties());
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
