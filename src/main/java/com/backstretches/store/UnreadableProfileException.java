package com.backstretches.store;

/** What was kept cannot be read back as a profile (written by hand, by a broken build, or tampered with). */
public class UnreadableProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableProfileException(String message) {
        super(message);
    }
}
