package com.backstretches.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Alexa makes of one utterance. An empty {@code intent} means the utterance only opened the
 * skill ("open back stretches"), which Alexa sends as a LaunchRequest. {@code slots} holds the slots
 * the user filled, in sample order; the intent's other declared slots are added, empty, when the
 * request envelope is built, as Alexa does.
 */
public record IntentMatch(Optional<String> intent, Map<String, SlotMatch> slots) {

    public IntentMatch {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    public static IntentMatch launch() {
        return new IntentMatch(Optional.empty(), Map.of());
    }

    public static IntentMatch of(String intent, Map<String, SlotMatch> slots) {
        return new IntentMatch(Optional.of(intent), slots);
    }

    public boolean isLaunch() {
        return intent.isEmpty();
    }

    /** The intent name, or "LaunchRequest" for a launch: handy in assertions and messages. */
    public String name() {
        return intent.orElse("LaunchRequest");
    }

    public Optional<SlotMatch> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }
}
