package com.backstretches.skill;

import com.backstretches.screen.ScreenMemory;
import java.util.Objects;
import java.util.Optional;

/**
 * The last response's SSML as sent, so "repeat" says exactly that again. {@code reprompt} is empty
 * when none was sent; {@code screen} is what its screen needs to be drawn again, when one was shown.
 */
record LastSpeech(String speech, String reprompt, Optional<ScreenMemory> screen) {

    LastSpeech(String speech, String reprompt) {
        this(speech, reprompt, Optional.empty());
    }

    LastSpeech {
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(reprompt, "reprompt");
        Objects.requireNonNull(screen, "screen");
    }
}
