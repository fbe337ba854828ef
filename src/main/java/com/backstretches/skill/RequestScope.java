package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backstretches.dialog.Turn;
import com.backstretches.store.StoredProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final Optional<StoreSnapshot> snapshot;
    private final boolean fromSession;
    private final boolean readFailed;
    private final SessionData session;
    private final LocalDate today;
    private final Optional<ZoneId> learntZone;
    private final long startedNanos;
    private Turn answer;
    private Write write = Write.NONE;
    private String storeError;
    private Throwable fault;
    private final java.util.List<String> alexaApi = new java.util.ArrayList<>();

    /** What happened to the user's item in this request, for the request's log line. */
    enum Write {
        NONE,
        SAVED,
        FAILED,
        DELETED
    }

    /**
     * {@code snapshot}: what the store holds as far as this request knows (empty: unknown, the read
     * failed); {@code fromSession}: known from the session rather than read by this request.
     */
    RequestScope(String requestId, Optional<String> userId, Instant now, Optional<StoreSnapshot> snapshot, boolean fromSession,
            boolean readFailed, SessionData session, LocalDate today, Optional<ZoneId> learntZone, long startedNanos) {
        this.requestId = requestId;
        this.userId = userId;
        this.now = now;
        this.snapshot = snapshot;
        this.fromSession = fromSession;
        this.readFailed = readFailed;
        this.session = session;
        this.today = today;
        this.learntZone = learntZone;
        this.startedNanos = startedNanos;
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

    /** The user's calendar day: in their time zone when known, else UTC. */
    LocalDate today() {
        return today;
    }

    /** The time zone Alexa told this request, when it was asked (a session's first request). */
    Optional<ZoneId> learntZone() {
        return learntZone;
    }

    /** The profile as stored at the start of the request (read now, or known from the session), with its version. */
    Optional<StoredProfile> stored() {
        return snapshot.flatMap(StoreSnapshot::stored);
    }

    /** What the store holds as far as this request knows; empty when that is unknown (the read failed). */
    Optional<StoreSnapshot> snapshot() {
        return snapshot;
    }

    /** The stored profile came with the session: this request made no read. */
    boolean knownFromSession() {
        return fromSession;
    }

    /** The store could not be read: what the user chose may not be there, or be saved. */
    boolean readFailed() {
        return readFailed;
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

    void wrote(Write outcome) {
        this.write = outcome;
    }

    Write write() {
        return write;
    }

    /** Why the store failed, in words that carry no user data (exception types and AWS error codes). */
    void storeError(String reason) {
        this.storeError = reason;
    }

    Optional<String> storeError() {
        return Optional.ofNullable(storeError);
    }

    /** A fault of ours (not the database being away) on the way: the request's one log line carries its trace. */
    void fault(Throwable e) {
        this.fault = e;
    }

    Optional<Throwable> fault() {
        return Optional.ofNullable(fault);
    }

    /** What Alexa's own APIs did in this request ("timeZone answered", "reminders.create: HTTP 500"), without user data. */
    void alexaApi(String note) {
        alexaApi.add(note);
    }

    Optional<String> alexaApi() {
        return alexaApi.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", alexaApi));
    }
}
