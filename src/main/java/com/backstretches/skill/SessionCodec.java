package com.backstretches.skill;

import com.backstretches.coach.CoachState;
import com.backstretches.coach.TurnState;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Offers;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.Visit;
import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.screen.ScreenMemory;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Move;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.SsmlRenderer;
import com.backstretches.store.FlatProfile;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.ProfileChange.Placement;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.UnreadableProfileException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Session state to and from the Alexa session attributes. Everything sits under one key as a flat,
 * versioned record, so the wire format is explicit and a session written by another version of the
 * skill, or tampered with, decodes to nothing (the skill then starts from the stored profile)
 * rather than to a half-valid state.
 */
final class SessionCodec {

    static final String KEY = "backStretches";
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .build();

    private final Navigator navigator;

    SessionCodec(Navigator navigator) {
        this.navigator = navigator;
    }

    /** The wire form: flat fields, enums by name, no Optionals (absent is null). */
    record Wire(
            int format,
            String status,
            String stretch,
            String side,
            int set,
            Map<String, String> versions,
            int holdSeconds,
            List<String> introduced,
            String turnLead,
            Boolean turnFullSetup,
            Integer turnPart,
            boolean newUser,
            String question,
            boolean finishedToday,
            boolean longAway,
            boolean greeted,
            String lastSpeech,
            String lastReprompt,
            // Added after format 1 went out: absent in older sessions, read as false.
            Boolean storageWarned,
            // Added after format 1 went out: absent in older sessions, read as the position's hold.
            Integer turnHoldSeconds,
            // Added after format 1 went out: absent when everything is saved.
            UnsavedWire unsaved,
            // Added after format 1 went out for daily practice; absent in older sessions: the defaults.
            String pace,
            String routineLength,
            String turnPace,
            StreakWire streak,
            List<String> readyForStandard,
            List<String> standardOffered,
            String pendingOfferStretch,
            String pendingOfferCommand,
            String pendingOfferName,
            String easierAskedOn,
            String timeZone,
            String pendingReminder,
            // Added for lean turns: what the store held when this session last read or wrote it; absent: unknown.
            StoredWire stored,
            // Added for time-budget plans: a plan said and waiting for a yes; absent: none.
            String pendingPlan,
            // Added for screens: what the last screen showed, for "repeat"; left out entirely without a screen,
            // so a speaker's session is byte for byte what it was.
            @JsonInclude(JsonInclude.Include.NON_NULL) String lastScreen) {
    }

    /** The stored profile as the session last knew it; {@code profile} absent: nothing stored. */
    record StoredWire(long version, FlatProfile profile) {
    }

    record StreakWire(int current, boolean doneToday, int longest, int lastSevenDays) {
    }

    /** A {@link ProfileChange} the store has not taken yet; absent fields did not change. */
    record UnsavedWire(String status, String stretch, String side, Integer set, Map<String, String> levels,
            Integer holdSeconds, Boolean paused, String finishedOn, String at,
            // Added later; absent in older sessions.
            String routineLength, String pace, Map<String, String> easierUsed, List<String> offeredStandard, String timeZone) {
    }

    Map<String, Object> encode(SessionData data) {
        DialogState d = data.dialog();
        CoachState c = d.coach();
        Position p = c.position();
        Map<String, String> versions = new HashMap<>();
        p.versions().forEach((id, level) -> versions.put(id, level.name()));
        Optional<TurnState> turn = c.turn();
        Streak streak = d.visit().streak();
        Offers offers = d.offers();
        Optional<Offers.StandardOffer> pending = offers.pending();
        Wire wire = new Wire(FORMAT, p.status().name(), p.step().stretchId(), p.step().side().name(), p.step().set(),
                versions, p.holdSeconds(), List.copyOf(c.introduced()),
                turn.map(t -> t.lead().name()).orElse(null), turn.map(TurnState::fullSetup).orElse(null),
                turn.map(TurnState::part).orElse(null),
                c.newUser(), d.question().name(), d.visit().finishedToday(), d.visit().longAway(), d.greeted(),
                data.last().map(LastSpeech::speech).orElse(null), data.last().map(LastSpeech::reprompt).orElse(null),
                data.storageWarned(), turn.map(TurnState::holdSeconds).orElse(null), data.unsaved().map(SessionCodec::unsavedWire).orElse(null),
                p.pace().name(), p.length().name(), turn.map(t -> t.pace().name()).orElse(null),
                new StreakWire(streak.current(), streak.doneToday(), streak.longest(), streak.lastSevenDays()),
                sorted(d.visit().readyForStandard()), sorted(offers.standardOffered()),
                pending.map(Offers.StandardOffer::stretchId).orElse(null),
                pending.map(o -> CommandWire.name(o.deferred())).orElse(null),
                pending.flatMap(o -> CommandWire.argument(o.deferred())).orElse(null),
                offers.easierAskedOn().orElse(null), data.zone().map(ZoneId::getId).orElse(null),
                offers.reminder().map(LocalTime::toString).orElse(null),
                data.stored().map(SessionCodec::storedWire).orElse(null),
                offers.plan().map(RoutineLength::name).orElse(null),
                data.last().flatMap(LastSpeech::screen).map(ScreenMemory::encode).orElse(null));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(KEY, JSON.convertValue(wire, Map.class));
        return attributes;
    }

    /** Empty when the attributes hold no state of ours, or one this routine cannot use. */
    Optional<SessionData> decode(Map<String, Object> attributes) {
        if (attributes == null || !(attributes.get(KEY) instanceof Map<?, ?> raw)) {
            return Optional.empty();
        }
        try {
            Wire w = JSON.convertValue(raw, Wire.class);
            if (w.format() != FORMAT) {
                return Optional.empty();
            }
            Map<String, Level> versions = new HashMap<>();
            if (w.versions() != null) {
                w.versions().forEach((id, level) -> versions.put(id, Level.valueOf(level)));
            }
            Pace pace = w.pace() == null ? Pace.NORMAL : Pace.valueOf(w.pace());
            RoutineLength length = w.routineLength() == null ? RoutineLength.FULL : RoutineLength.valueOf(w.routineLength());
            Position position = new Position(Status.valueOf(w.status()),
                    new Step(w.stretch(), Side.valueOf(w.side()), w.set()), versions, w.holdSeconds(), pace, length);
            if (!navigator.isValid(position)) {
                return Optional.empty();
            }
            Optional<TurnState> turn = w.turnLead() == null ? Optional.empty()
                    : Optional.of(new TurnState(Move.valueOf(w.turnLead()), Boolean.TRUE.equals(w.turnFullSetup()),
                            w.turnPart() == null ? 0 : w.turnPart(),
                            w.turnHoldSeconds() == null ? position.holdSeconds() : validHold(w.turnHoldSeconds()),
                            w.turnPace() == null ? position.pace() : Pace.valueOf(w.turnPace())));
            List<String> introduced = w.introduced() == null ? List.of()
                    : w.introduced().stream().filter(id -> navigator.routine().byId(id).isPresent()).toList();
            CoachState coach = new CoachState(position, new HashSet<>(introduced), turn, w.newUser());
            StreakWire sw = w.streak();
            // A session from before streaks only knows whether today is done.
            Streak streak = sw == null ? new Visit(w.newUser(), w.finishedToday(), w.longAway()).streak()
                    : new Streak(sw.current(), sw.doneToday(), sw.longest(), sw.lastSevenDays());
            Visit visit = new Visit(w.newUser(), w.longAway(), streak, stretchIds(w.readyForStandard()));
            Optional<Offers.StandardOffer> pending = w.pendingOfferStretch() == null ? Optional.empty()
                    : Optional.of(new Offers.StandardOffer(stretchId(w.pendingOfferStretch()),
                            CommandWire.command(w.pendingOfferCommand(), w.pendingOfferName())));
            Offers offers = new Offers(stretchIds(w.standardOffered()), pending,
                    Optional.ofNullable(w.easierAskedOn()).map(this::stretchId),
                    Optional.ofNullable(w.pendingReminder()).map(LocalTime::parse),
                    Optional.ofNullable(w.pendingPlan()).map(RoutineLength::valueOf));
            DialogState dialog = new DialogState(coach, Question.valueOf(w.question()), visit, w.greeted(), offers);
            Optional<LastSpeech> last = w.lastSpeech() == null ? Optional.empty()
                    : Optional.of(new LastSpeech(ourSpeech(w.lastSpeech()), w.lastReprompt() == null ? "" : ourSpeech(w.lastReprompt()),
                            Optional.ofNullable(w.lastScreen()).map(this::screen)));
            Optional<ProfileChange> unsaved = w.unsaved() == null ? Optional.empty() : Optional.of(unsaved(w.unsaved()));
            Optional<ZoneId> zone = Optional.ofNullable(w.timeZone()).map(ZoneId::of);
            return Optional.of(new SessionData(dialog, last, Boolean.TRUE.equals(w.storageWarned()), unsaved, zone, snapshot(w.stored())));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            // A malformed or foreign value anywhere means the whole state is not ours to trust.
            return Optional.empty();
        }
    }

    private static StoredWire storedWire(StoreSnapshot snapshot) {
        return snapshot.stored().map(s -> new StoredWire(s.version(), FlatProfile.of(s))).orElseGet(() -> new StoredWire(0, null));
    }

    /** A copy this routine cannot use, or cannot read, is forgotten: the next request reads the store instead. */
    private Optional<StoreSnapshot> snapshot(StoredWire w) {
        if (w == null) {
            return Optional.empty();
        }
        if (w.profile() == null) {
            return w.version() == 0 ? Optional.of(StoreSnapshot.NOTHING_STORED) : Optional.empty();
        }
        try {
            StoredProfile stored = new StoredProfile(w.profile().toProfile(), w.version());
            return navigator.isValid(stored.profile().position()) ? Optional.of(StoreSnapshot.of(stored)) : Optional.empty();
        } catch (UnreadableProfileException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static UnsavedWire unsavedWire(ProfileChange c) {
        Map<String, String> levels = new HashMap<>();
        c.levels().forEach((id, level) -> levels.put(id, level.name()));
        Optional<Placement> p = c.placement();
        Map<String, String> used = new HashMap<>();
        c.easierUsed().forEach((id, day) -> used.put(id, day.toString()));
        return new UnsavedWire(p.map(x -> x.status().name()).orElse(null), p.map(x -> x.step().stretchId()).orElse(null),
                p.map(x -> x.step().side().name()).orElse(null), p.map(x -> x.step().set()).orElse(null), levels,
                c.holdSeconds().orElse(null), c.paused().orElse(null), c.finishedOn().map(LocalDate::toString).orElse(null),
                c.at().toString(), p.map(x -> x.length().name()).orElse(null), c.pace().map(Pace::name).orElse(null),
                used, sorted(c.offeredStandard()), c.timeZone().map(ZoneId::getId).orElse(null));
    }

    private ProfileChange unsaved(UnsavedWire w) {
        Optional<Placement> placement = Optional.empty();
        if (w.status() != null) {
            RoutineLength length = w.routineLength() == null ? RoutineLength.FULL : RoutineLength.valueOf(w.routineLength());
            Placement p = new Placement(Status.valueOf(w.status()), new Step(w.stretch(), Side.valueOf(w.side()), w.set()), length);
            if (!navigator.isValid(new Position(p.status(), p.step(), Map.of(), HoldTime.DEFAULT, Pace.NORMAL, length))) {
                throw new IllegalArgumentException("unsaved placement outside the routine");
            }
            placement = Optional.of(p);
        }
        Map<String, Level> levels = new HashMap<>();
        if (w.levels() != null) {
            w.levels().forEach((id, level) -> {
                if (navigator.routine().byId(id).isEmpty()) {
                    throw new IllegalArgumentException("unsaved level for a stretch not in the routine");
                }
                levels.put(id, Level.valueOf(level));
            });
        }
        Map<String, LocalDate> used = new HashMap<>();
        if (w.easierUsed() != null) {
            w.easierUsed().forEach((id, day) -> used.put(stretchId(id), LocalDate.parse(day)));
        }
        return new ProfileChange(placement, levels, Optional.ofNullable(w.holdSeconds()).map(SessionCodec::validHold),
                Optional.ofNullable(w.paused()), Optional.ofNullable(w.finishedOn()).map(LocalDate::parse), Instant.parse(w.at()),
                Optional.ofNullable(w.pace()).map(Pace::valueOf), used, stretchIds(w.offeredStandard()),
                Optional.ofNullable(w.timeZone()).map(ZoneId::of));
    }

    private String stretchId(String id) {
        if (navigator.routine().byId(id).isEmpty()) {
            throw new IllegalArgumentException("a stretch not in the routine");
        }
        return id;
    }

    private Set<String> stretchIds(List<String> ids) {
        return ids == null ? Set.of() : ids.stream().map(this::stretchId).collect(Collectors.toSet());
    }

    private ScreenMemory screen(String text) {
        ScreenMemory memory = ScreenMemory.decode(text);
        memory.coached().ifPresent(c -> stretchId(c.step().stretchId()));
        return memory;
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    /** "Repeat" sends this back verbatim, so only what the renderer could have written passes. */
    private static String ourSpeech(String ssml) {
        if (ssml.isEmpty()) {
            return ssml;
        }
        if (ssml.length() > SsmlRenderer.MAX_SPEECH_CHARS || !ssml.startsWith("<speak>") || !ssml.endsWith("</speak>")) {
            throw new IllegalArgumentException("last speech is not speech of ours");
        }
        return ssml;
    }

    private static int validHold(int seconds) {
        if (!HoldTime.isValid(seconds)) {
            throw new IllegalArgumentException("hold of " + seconds + " s");
        }
        return seconds;
    }
}
