package com.backstretches.speech;

/** What one response says, and what it says again if the user stays quiet (empty: no question asked). */
public record Spoken(Script speech, Script reprompt) {

    public boolean asks() {
        return !reprompt.isEmpty();
    }
}
