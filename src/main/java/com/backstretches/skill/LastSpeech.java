package com.backstretches.skill;

import java.util.Objects;

/** The last response's SSML as sent, so "repeat" says exactly that again. {@code reprompt} is empty when none was sent. */
record LastSpeech(String speech, String reprompt) {

    LastSpeech {
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(reprompt, "reprompt");
    }
}
