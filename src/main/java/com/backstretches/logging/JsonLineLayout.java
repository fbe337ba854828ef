package com.backstretches.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.slf4j.event.KeyValuePair;

/**
 * One flat JSON object per log event, on one line, so CloudWatch Logs Insights can filter on
 * {@code requestId}, {@code intent} or {@code latencyMs} directly. Key-value pairs become fields
 * (numbers and booleans keep their type; nulls are left out); an exception becomes one string field.
 */
public class JsonLineLayout extends LayoutBase<ILoggingEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The cause and the frames near it are what matter; test-runner frames below are noise. */
    private static final int MAX_TRACE_CHARS = 4000;

    @Override
    public String doLayout(ILoggingEvent event) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("message", event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair kv : event.getKeyValuePairs()) {
                put(line, kv.key, kv.value);
            }
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            String trace = ThrowableProxyUtil.asString(thrown);
            line.put("exception", trace.length() > MAX_TRACE_CHARS ? trace.substring(0, MAX_TRACE_CHARS) + "..." : trace);
        }
        try {
            return JSON.writeValueAsString(line) + CoreConstants.LINE_SEPARATOR;
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"log line could not be written as JSON\"}" + CoreConstants.LINE_SEPARATOR;
        }
    }

    private static void put(ObjectNode line, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Integer i) {
            line.put(key, i);
        } else if (value instanceof Long l) {
            line.put(key, l);
        } else if (value instanceof Boolean b) {
            line.put(key, b);
        } else {
            line.put(key, value.toString());
        }
    }
}
