package com.backstretches.skill;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads calls to Alexa's APIs run on, so a request can stop waiting for one at a deadline of
 * its own: a name lookup or a connect can outlast any socket timeout. Daemon threads, so a call
 * still under way never keeps a JVM (or a test run) alive.
 */
final class AlexaCalls {

    static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "alexa-api-call");
        t.setDaemon(true);
        return t;
    });

    private AlexaCalls() {
    }
}
