package com.backstretches.skill;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import java.util.Map;
import java.util.Optional;

/** Slot values as the skill uses them: a missing slot, an empty one and a "?" are all simply absent. */
final class Slots {

    private final Map<String, Slot> slots;

    private Slots(Map<String, Slot> slots) {
        this.slots = slots == null ? Map.of() : slots;
    }

    /** No slots at all: a button press, which names no stretch. */
    static Slots none() {
        return new Slots(null);
    }

    static Slots of(IntentRequest request) {
        return new Slots(request.getIntent() == null ? null : request.getIntent().getSlots());
    }

    /** What the user said for the slot, trimmed; absent when nothing usable was heard. */
    Optional<String> spoken(String name) {
        return Optional.ofNullable(slots.get(name)).map(Slot::getValue).map(String::strip)
                .filter(v -> !v.isEmpty() && !v.equals("?"));
    }

    /** The slot type's value that Alexa resolved the words to, when it matched one. */
    Optional<Value> resolved(String name) {
        Slot slot = slots.get(name);
        if (slot == null || slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        // Any part of a resolution may be missing in what arrives; a gap means "not resolved", never an error.
        return slot.getResolutions().getResolutionsPerAuthority().stream()
                .filter(r -> r != null && r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .map(Resolution::getValues)
                .filter(values -> values != null && !values.isEmpty() && values.get(0) != null)
                .map(values -> values.get(0).getValue())
                .filter(v -> v != null)
                .findFirst();
    }

    /** The canonical name when resolved, else the words as heard (the routine matches names loosely). */
    Optional<String> stretchName(String name) {
        return resolved(name).map(Value::getName).filter(n -> n != null && !n.isBlank()).or(() -> spoken(name));
    }

    /** A whole number, or absent when the value is not one ("five hundred" arrives as "500"). */
    Optional<Long> number(String name) {
        return spoken(name).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
