package com.backstretches.store;

/** Another request (another device) wrote the profile since it was read. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VersionConflictException(String message) {
        super(message);
    }
}
