package com.backstretches.logging;

import java.util.function.Supplier;

/**
 * Work whose log lines are not worth writing: the synthetic requests that warm a container before its
 * first user. They are formatted as usual (that path gets warm too) but not written, so the logs hold
 * only what real requests did.
 */
public final class Muted {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private Muted() {
    }

    public static <T> T run(Supplier<T> work) {
        boolean was = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(was);
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
