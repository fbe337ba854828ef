package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backstretches.dialog.Turn;
import com.backstretches.store.Profile;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything one request knows beyond the envelope: the stored profile (loaded once), the session
 * state it started from, the time, and the answer once a handler gives one. Kept as one typed
 * request attribute rather than loose keys.
 */
final class RequestScope {

    private static final String KEY = RequestScope.class.getName();

    private final String requestId;
    private final Optional<String> userId;
    private final Instant now;
    private final Optional<Profile> profile;
    private final SessionData session;
    private final long startedNanos;
    private Turn answer;

    RequestScope(String requestId, Optional<String> userId, Instant now, Optional<Profile> profile, SessionData session) {
        this.requestId = requestId;
        this.userId = userId;
        this.now = now;
        this.profile = profile;
        this.session = session;
        this.startedNanos = System.nanoTime();
    }

    static RequestScope of(HandlerInput input) {
        if (input.getAttributesManager().getRequestAttributes().get(KEY) instanceof RequestScope scope) {
            return scope;
        }
        throw new IllegalStateException("no request scope: the profile loader did not run");
    }

    static Optional<RequestScope> find(HandlerInput input) {
        return input.getAttributesManager().getRequestAttributes().get(KEY) instanceof RequestScope scope
                ? Optional.of(scope) : Optional.empty();
    }

    void attachTo(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes().put(KEY, this);
    }

    String requestId() {
        return requestId;
    }

    Optional<String> userId() {
        return userId;
    }

    Instant now() {
        return now;
    }

    Optional<Profile> profile() {
        return profile;
    }

    SessionData session() {
        return session;
    }

    long startedNanos() {
        return startedNanos;
    }

    void answered(Turn turn) {
        this.answer = turn;
    }

    Optional<Turn> answer() {
        return Optional.ofNullable(answer);
    }
}
