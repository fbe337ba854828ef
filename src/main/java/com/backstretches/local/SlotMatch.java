package com.backstretches.local;

import java.util.Optional;

/**
 * A filled slot as Alexa would send it: {@code value} is what the user said (or the digits for a
 * number), and for a custom slot type the entity-resolution result. A custom value that matched a
 * value name or synonym has its canonical {@code resolvedId} and {@code resolvedName}
 * (ER_SUCCESS_MATCH); one that matched nothing has both empty (ER_SUCCESS_NO_MATCH). Built-in types
 * such as AMAZON.NUMBER have no resolution at all.
 */
public record SlotMatch(String name, String value, Optional<String> resolvedId, Optional<String> resolvedName) {

    public static SlotMatch resolved(String name, String spoken, String id, String canonicalName) {
        return new SlotMatch(name, spoken, Optional.of(id), Optional.of(canonicalName));
    }

    /** A value with no entity resolution: a built-in type, or a custom value that matched nothing. */
    public static SlotMatch unresolved(String name, String value) {
        return new SlotMatch(name, value, Optional.empty(), Optional.empty());
    }

    public boolean isResolved() {
        return resolvedId.isPresent();
    }
}
