package com.backstretches.lambda;

/**
 * A body the function will not answer: not an Alexa request at all, or one for another skill.
 * Lambda reports it as the invocation's error. It carries no stack trace: the caller needs the
 * reason, not our internals.
 */
public final class RejectedRequestException extends RuntimeException {

    RejectedRequestException(String reason) {
        super(reason, null, false, false);
    }
}
