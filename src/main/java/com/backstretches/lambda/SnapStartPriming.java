package com.backstretches.lambda;

import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart's hook: Lambda calls {@link #beforeCheckpoint} once, after the handler is constructed and
 * before it snapshots the container, so the snapshot holds a built DynamoDB client and a primed
 * request path. Nothing user-specific is in it: priming runs a synthetic user on an offline store.
 * Registered by {@link Container}, which holds it strongly, as org.crac keeps only weak references.
 */
public final class SnapStartPriming implements Resource {

    static final SnapStartPriming RESOURCE = new SnapStartPriming();

    private SnapStartPriming() {
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // The client holds no connections (priming is offline), and credentials are fetched on first use.
    }

    /** Public for the benchmark, which primes in a fresh JVM as a stand-in for a restored snapshot. */
    public static void prime() {
        Container.prime();
    }
}
