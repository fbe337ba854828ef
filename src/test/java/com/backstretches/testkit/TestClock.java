package com.backstretches.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward ("later today", "two days later") or breaks on demand (a fault before any handler runs). */
public final class TestClock extends Clock {

    private Instant now;
    private boolean failing;

    public TestClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void failing(boolean fail) {
        this.failing = fail;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        if (failing) {
            throw new IllegalStateException("the test clock was told to fail");
        }
        return now;
    }
}
