package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backstretches.dialog.Dialog;
import com.backstretches.dialog.Visit;
import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.session.Navigator;
import com.backstretches.session.Position;
import com.backstretches.session.Status;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoreUnavailableException;
import com.backstretches.store.StoredProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every handler: reads the user's profile once, and the session state the last response
 * left, and puts both on the request. A store that fails is logged and treated as no profile, so the
 * user still gets an answer.
 */
final class ProfileLoader implements RequestInterceptor {

    static final Duration LONG_AWAY = Duration.ofHours(24);
    static final Duration RECHECK_ZONE = Duration.ofHours(12);

    private final ProfileStore store;
    private final Clock clock;
    private final Dialog dialog;
    private final Navigator navigator;
    private final SessionCodec codec;
    private final TimeZoneLookup zones;

    ProfileLoader(ProfileStore store, Clock clock, Dialog dialog, Navigator navigator, SessionCodec codec, TimeZoneLookup zones) {
        this.store = store;
        this.clock = clock;
        this.dialog = dialog;
        this.navigator = navigator;
        this.codec = codec;
        this.zones = zones;
    }

    @Override
    public void process(HandlerInput input) {
        // Time limits later in the request count from here, before the profile read.
        long started = System.nanoTime();
        RequestEnvelope envelope = input.getRequestEnvelope();
        String requestId = envelope.getRequest().getRequestId();
        Optional<String> userId = userId(envelope);
        Instant now = clock.instant();
        Session session = envelope.getSession();
        boolean continuing = session != null && !Boolean.TRUE.equals(session.getNew());
        Optional<SessionData> carried = continuing ? codec.decode(session.getAttributes()) : Optional.empty();
        Optional<StoreSnapshot> known = carried.flatMap(SessionData::stored);
        Read read = known.isPresent() ? new Read(known, Optional.empty())
                : needsProfile(envelope, carried) ? load(userId) : new Read(Optional.empty(), Optional.empty());
        Optional<Profile> profile = read.stored().map(StoredProfile::profile);
        Optional<ZoneId> stored = profile.flatMap(Profile::timeZone);
        // Asked only of a session's first words, and only when worth the wait: no zone stored yet, or one
        // last confirmed half a day ago or more (they may have travelled). Otherwise the stored one serves.
        boolean worthAsking = carried.isEmpty() && userId.isPresent() && spoken(envelope)
                && (stored.isEmpty() || profile.get().lastActive().plus(RECHECK_ZONE).isBefore(now));
        TimeZoneLookup.Pending lookup = worthAsking
                ? AlexaAccess.api(envelope).flatMap(api -> AlexaAccess.deviceId(envelope).map(device -> zones.start(api, device)))
                        .orElseGet(TimeZoneLookup::none)
                : TimeZoneLookup.none();
        Optional<ZoneId> awaited = lookup.await();
        Optional<ZoneId> zone = carried.flatMap(SessionData::zone).or(() -> awaited).or(() -> stored);
        LocalDate today = ProfileUpdate.today(now, zone);
        SessionData data = carried.orElseGet(() -> SessionData.startingFrom(
                dialog.begin(positionFrom(profile), visit(profile, now, today)), zone, read.snapshot()));
        RequestScope scope = new RequestScope(requestId, userId, now, read.snapshot(), known.isPresent(), read.error().isPresent(), data,
                today, awaited, started);
        read.error().ifPresent(scope::storeError);
        read.fault().ifPresent(scope::fault);
        lookup.note().ifPresent(scope::alexaApi);
        scope.attachTo(input);
    }

    /** What the store holds for the user (maybe nothing; empty when not read), or why it could not be read. */
    private record Read(Optional<StoreSnapshot> snapshot, Optional<String> error, Optional<Throwable> fault) {
        Read(Optional<StoreSnapshot> snapshot, Optional<String> error) {
            this(snapshot, error, Optional.empty());
        }

        Optional<StoredProfile> stored() {
            return snapshot.flatMap(StoreSnapshot::stored);
        }
    }

    /**
     * The user talking needs their profile; the session ending needs it only to save what is still
     * unsaved; events and error reports never use it (a skill being disabled deletes without reading).
     */
    private static boolean needsProfile(RequestEnvelope envelope, Optional<SessionData> carried) {
        return spoken(envelope)
                || envelope.getRequest() instanceof SessionEndedRequest && carried.flatMap(SessionData::unsaved).isPresent();
    }

    private Read load(Optional<String> userId) {
        if (userId.isEmpty()) {
            return new Read(Optional.empty(), Optional.empty());
        }
        try {
            return new Read(Optional.of(new StoreSnapshot(store.load(userId.get()))), Optional.empty());
        } catch (StoreUnavailableException e) {
            // The usual case (database away): the request's log line says so, no stack trace needed.
            return new Read(Optional.empty(), Optional.of(e.getMessage()));
        } catch (RuntimeException e) {
            // A fault of ours, not the database being away: its trace goes on the request's one log line.
            return new Read(Optional.empty(), Optional.of(e.getClass().getSimpleName()), Optional.of(e));
        }
    }

    /** A stored position this routine can no longer use (the routine changed) restarts, keeping nothing half-valid. */
    private Position positionFrom(Optional<Profile> profile) {
        return profile.map(Profile::position).filter(navigator::isValid).orElseGet(navigator::fresh);
    }

    static Visit visit(Optional<Profile> profile, Instant now, LocalDate today) {
        if (profile.isEmpty()) {
            return Visit.firstEver();
        }
        Profile p = profile.get();
        boolean newUser = p.finishedOn().isEmpty() && p.position().status() == Status.NOT_STARTED;
        Streak streak = p.streak(today);
        boolean longAway = p.lastActive().plus(LONG_AWAY).isBefore(now);
        Position position = p.position();
        Set<String> ready = p.easier().readyForStandard(id -> position.levelOf(id) == Level.EASIER, today);
        return new Visit(newUser, longAway, streak, ready);
    }

    /** A request the user spoke (or a button they pressed), rather than an event or the end of a session. */
    private static boolean spoken(RequestEnvelope envelope) {
        return envelope.getRequest() instanceof LaunchRequest || envelope.getRequest() instanceof IntentRequest
                || envelope.getRequest() instanceof ConnectionsResponse || envelope.getRequest() instanceof UserEvent;
    }

    private static Optional<String> userId(RequestEnvelope envelope) {
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            return Optional.ofNullable(envelope.getContext().getSystem().getUser().getUserId()).filter(id -> !id.isBlank());
        }
        if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            return Optional.ofNullable(envelope.getSession().getUser().getUserId()).filter(id -> !id.isBlank());
        }
        return Optional.empty();
    }
}
