package com.backstretches.screen;

import java.util.Arrays;
import java.util.Optional;

/** A button on the screen; a press comes back as a UserEvent naming its {@link #id()} and is answered as the spoken intent. */
public enum Button {
    NEXT, REPEAT, EASIER, PAUSE, YES, NO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Button> byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id().equals(id)).findFirst();
    }
}
