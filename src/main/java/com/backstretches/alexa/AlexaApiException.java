package com.backstretches.alexa;

import java.util.Objects;

/**
 * A call to an Alexa API that did not give the skill what it asked for. The message names only the
 * operation, the HTTP status and the class of the underlying exception: never the token, an id or
 * anything Alexa answered, so it is safe to log.
 */
public final class AlexaApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** 401 or 403: the user has not granted the permission, or the token is not valid for it. */
        NO_PERMISSION,
        /** No usable answer: an I/O error, a timeout, a 5xx, a 429 or any other unexpected status. */
        UNAVAILABLE,
        /** A 2xx whose body cannot be read. */
        BAD_ANSWER
    }

    private final Reason reason;
    private final String operation;
    private final int status;

    /** {@code status} is 0 when there was no HTTP answer. */
    public AlexaApiException(Reason reason, String operation, int status, Throwable cause) {
        super(message(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(operation, "operation"), status, cause),
                cause == null ? null : ScrubbedCause.of(cause));
        this.reason = reason;
        this.operation = operation;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return status;
    }

    public String operation() {
        return operation;
    }

    // "reminders.create: HTTP 403", "settings.timeZone: SocketTimeoutException",
    // "reminders.create: HTTP 200, unreadable answer (JsonParseException)".
    private static String message(Reason reason, String operation, int status, Throwable cause) {
        StringBuilder m = new StringBuilder(operation).append(": ");
        String causeName = cause == null ? null : cause.getClass().getSimpleName();
        if (status > 0) {
            m.append("HTTP ").append(status);
        } else {
            m.append(causeName != null ? causeName : "no HTTP answer");
        }
        if (reason == Reason.BAD_ANSWER) {
            m.append(", unreadable answer");
        }
        if (status > 0 && causeName != null) {
            m.append(" (").append(causeName).append(')');
        }
        return m.toString();
    }

    /**
     * A cause with its message taken out. Jackson and java.time quote the text they could not read
     * (here, Alexa's answer) and URL errors quote the URL (with a device id), so only the class name
     * and the stack trace of each cause are kept.
     */
    static final class ScrubbedCause extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private static final int MAX_DEPTH = 8;

        private ScrubbedCause(Throwable original, Throwable cause) {
            super(original.getClass().getName(), cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        static ScrubbedCause of(Throwable original) {
            return of(original, 0);
        }

        private static ScrubbedCause of(Throwable original, int depth) {
            Throwable next = original.getCause();
            boolean deeper = next != null && next != original && depth < MAX_DEPTH;
            return new ScrubbedCause(original, deeper ? of(next, depth + 1) : null);
        }
    }
}
