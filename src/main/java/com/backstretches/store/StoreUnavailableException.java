package com.backstretches.store;

/** The store could not be reached or answered with an error; the skill carries on without it. */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
