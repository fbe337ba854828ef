package com.backstretches.speech;

import com.backstretches.routine.Cycle;
import com.backstretches.routine.Level;
import com.backstretches.routine.Rhythm;
import com.backstretches.routine.Routine;
import com.backstretches.routine.SideMode;
import com.backstretches.routine.Stretch;
import com.backstretches.routine.TimedHold;
import com.backstretches.routine.Version;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Move;
import com.backstretches.session.Navigator;
import com.backstretches.session.Pace;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import com.backstretches.speech.SetRequest.Finish;
import com.backstretches.speech.SetRequest.NextSet;
import com.backstretches.speech.SetRequest.NextStretch;
import com.backstretches.speech.SetRequest.OtherSide;
import com.backstretches.speech.SetRequest.Upcoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Words one set as a turn: the opening (setup in full the first time, a one-line reminder after),
 * the reps with their rhythm, the hold with real pauses, and a closing question. When that would
 * run past the budget, the set is split into parts at natural points (after getting into position,
 * between rounds of a cycle), using as few parts as possible and keeping them even.
 */
public final class TurnWriter {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);
    /** Alexa plays at most 240 seconds of audio in one response. */
    public static final Duration ALEXA_CEILING = Duration.ofSeconds(240);

    static final int REP_IN_MILLIS = 1000;
    static final int REP_OUT_MILLIS = 800;
    static final int SHORT_SETTLE_MILLIS = 2000;
    /** The rest between two sets of a stretch, in the turn, longest first: the first that keeps the turn in budget. */
    static final List<Integer> REST_SECONDS = List.of(15, 10, 5);
    private static final int COUNTDOWN_FROM = 10;

    private final Phrases phrases;
    private final SpeechTiming timing;
    private final Duration budget;

    /** English, at English's speaking rate. */
    public TurnWriter() {
        this(Words.english(), SpeechTiming.DEFAULT, DEFAULT_BUDGET);
    }

    /** A language at its own speaking rate. */
    public TurnWriter(Words words) {
        this(words, words.timing(), DEFAULT_BUDGET);
    }

    public TurnWriter(SpeechTiming timing, Duration budget) {
        this(Words.english(), timing, budget);
    }

    public TurnWriter(Words words, SpeechTiming timing, Duration budget) {
        if (budget.isNegative() || budget.isZero() || budget.compareTo(ALEXA_CEILING) > 0) {
            throw new IllegalArgumentException("turn budget must be between 0 and " + ALEXA_CEILING.toSeconds() + " s, got " + budget);
        }
        this.phrases = new Phrases(words);
        this.timing = timing;
        this.budget = budget;
    }

    public Words words() {
        return phrases.words();
    }

    public Duration budget() {
        return budget;
    }

    public SpeechTiming timing() {
        return timing;
    }

    /** The set as one or more responses, in order; each ends with a question. */
    public List<Spoken> write(SetRequest request) {
        List<Block> blocks = blocks(request);
        return split(blocks, request).stream().map(range -> part(blocks, range[0], range[1], request)).toList();
    }

    /** Where each part of the set leaves the person, in the set's own terms, for "where am I". */
    public List<PartEnd> partEnds(SetRequest request) {
        List<Block> blocks = blocks(request);
        int rounds = request.stretch().dose().cycle().map(Cycle::times).orElse(0);
        return split(blocks, request).stream().map(range -> {
            int done = (int) blocks.subList(0, range[1]).stream().filter(b -> b.kind() == Kind.ROUND).count();
            boolean openingOnly = range[1] == 1 && blocks.size() > 1;
            return new PartEnd(openingOnly, done, rounds);
        }).toList();
    }

    /**
     * What the person has done once a part is spoken: only got into position, and of a cycle
     * ({@code rounds} &gt; 0) how many rounds.
     */
    public record PartEnd(boolean inPositionOnly, int roundsDone, int rounds) {
    }

    /** The hold the user will actually get on this stretch: their preference fitted into its range. */
    public static int holdFor(Stretch stretch, int preferredSeconds) {
        return stretch.dose().hold().map(r -> r.clamp(preferredSeconds)).orElse(0);
    }

    /**
     * How a pace sounds: the rep cues spoken slower or faster (SSML prosody), and the pauses between
     * them stretched or shortened to match, so the movement itself slows down or speeds up.
     */
    record Tempo(int ratePercent, int pausePercent) {
        static Tempo of(Pace pace) {
            return switch (pace) {
                case SLOWER -> new Tempo(85, 125);
                case NORMAL -> new Tempo(Say.NORMAL_RATE, 100);
                case FASTER -> new Tempo(120, 75);
            };
        }

        int scale(int millis) {
            return millis * pausePercent / 100;
        }
    }

    // ---- building blocks: the units a set may be split between ----

    private enum Kind { OPENING, WORK, ROUND }

    private record Block(Kind kind, Script script) {
    }

    private List<Block> blocks(SetRequest r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Kind.OPENING, opening(r)));
        Stretch stretch = r.stretch();
        Optional<Cycle> cycle = stretch.dose().cycle();
        if (cycle.isPresent()) {
            Version version = stretch.version(r.level());
            for (int round = 1; round <= cycle.get().times(); round++) {
                blocks.add(new Block(Kind.ROUND, round(cycle.get(), version, round)));
            }
        } else {
            blocks.add(new Block(Kind.WORK, work(r)));
        }
        return blocks;
    }

    private Script opening(SetRequest r) {
        Stretch stretch = r.stretch();
        Step step = r.step();
        Version version = stretch.version(r.level());
        Script.Builder b = Script.builder();
        sayIfAny(b, phrases.lead(r.lead(), r.seed()));
        if (r.lead() == Move.VERSION_CHANGED) {
            b.say(phrases.versionSwitched(r.level(), fill(version.change(), step.side())));
        }
        if (announcesStretch(r)) {
            b.say(phrases.stretchHeader(r.stretchNumber(), r.stretchCount(), stretch.name()));
            if (r.fullSetup() && r.newUser()) {
                b.say(stretch.targets());
            }
        }
        sayIfAny(b, phrases.sideAndSet(step.side(), step.set(), r.sets()));
        if (!r.level().isStandard() && r.lead() != Move.VERSION_CHANGED && (r.fullSetup() || r.lead() == Move.RESUMED)) {
            b.say(phrases.usingVersion(r.level()));
        }
        if (r.fullSetup()) {
            version.setup().forEach(line -> b.say(fill(line, step.side())));
            version.movement().forEach(line -> b.say(fill(line, step.side())));
        } else {
            b.say(fill(version.reminder(), step.side()));
        }
        return b.build();
    }

    /** The stretch's name is said on its first set and whenever the user jumped here. */
    private static boolean announcesStretch(SetRequest r) {
        boolean firstStep = r.step().set() == 1 && r.step().side() != Side.RIGHT;
        return firstStep || r.fullSetup() || switch (r.lead()) {
            case NEXT_SET, OTHER_SIDE, VERSION_CHANGED, REPEATED -> false;
            default -> true;
        };
    }

    private Script work(SetRequest r) {
        Stretch stretch = r.stretch();
        Script.Builder b = Script.builder();
        if (stretch.dose().hasReps()) {
            Rhythm rhythm = stretch.rhythm().orElseThrow();
            Side side = r.step().side();
            b.say(phrases.repsIntro(stretch.dose().reps(), stretch.sides() == SideMode.ALTERNATING));
            Tempo tempo = Tempo.of(r.pace());
            for (int rep = 1; rep <= stretch.dose().reps(); rep++) {
                b.say(phrases.repIn(rep, phrases.withSide(rhythm.in(), side)), tempo.ratePercent()).pause(tempo.scale(REP_IN_MILLIS));
                b.say(phrases.repOut(phrases.withSide(rhythm.out(), side)), tempo.ratePercent()).pause(tempo.scale(REP_OUT_MILLIS));
            }
        }
        if (stretch.dose().hold().isPresent()) {
            int seconds = holdFor(stretch, r.holdSeconds());
            b.say(fill(stretch.holdCue(), r.step().side()));
            b.hold(countdownHold(seconds, r.seed()));
            b.say(phrases.release(r.seed()));
        }
        return b.build();
    }

    private Script round(Cycle cycle, Version version, int round) {
        Script.Builder b = Script.builder();
        List<TimedHold> holds = cycle.holds();
        for (int i = 0; i < holds.size(); i++) {
            TimedHold hold = holds.get(i);
            String cue = version.cue(hold, round);
            b.say(i == 0 ? phrases.round(round, cue) : cue);
            b.hold(plainHold(hold.seconds()));
        }
        return b.build();
    }

    /** How a set gives the person time to get into position after its opening. */
    enum Settle {
        /** A new position (a stretch's first set, a jump, a return after a break): the turn ends and waits for "ready". */
        WAIT,
        /** Changing sides: the stretch's own switch time, said and timed. */
        SWITCH,
        /** Same position as the set before: a breath. */
        SHORT
    }

    static Settle settleOf(SetRequest r) {
        if (r.fullSetup()) {
            return Settle.WAIT;
        }
        return switch (r.lead()) {
            case NEXT_SET, REPEATED, VERSION_CHANGED -> Settle.SHORT;
            case OTHER_SIDE -> r.stretch().switchSeconds() > 0 ? Settle.SWITCH : Settle.SHORT;
            default -> Settle.WAIT;
        };
    }

    /**
     * A hold with spoken time checks: silences of at most ten seconds, the remaining time said on
     * each ten, then "three, two" and (after the hold) "one, and release".
     */
    Hold countdownHold(int seconds, int seed) {
        if (seconds < COUNTDOWN_FROM) {
            return plainHold(seconds);
        }
        List<Segment> timeline = new ArrayList<>();
        int before = seconds - COUNTDOWN_FROM;
        int remaining = seconds;
        int cue = 0;
        if (before > 0) {
            int first = before % 10 == 0 ? 10 : before % 10;
            timeline.add(new Pause(first * 1000));
            remaining -= first;
            while (remaining > COUNTDOWN_FROM) {
                timeline.add(new Say(phrases.remaining(remaining, seconds, seed + cue++)));
                timeline.add(new Pause(10_000));
                remaining -= 10;
            }
            timeline.add(new Say(phrases.tenMore(seed)));
        }
        timeline.add(new Pause((COUNTDOWN_FROM - 2) * 1000));
        timeline.add(new Say(phrases.three()));
        timeline.add(new Pause(1000));
        timeline.add(new Say(phrases.two()));
        timeline.add(new Pause(1000));
        return new Hold(seconds, timeline);
    }

    /** A quiet hold: one silence, or ten-second silences with the time left said between them. */
    Hold plainHold(int seconds) {
        List<Segment> timeline = new ArrayList<>();
        int remaining = seconds;
        while (remaining > 10) {
            timeline.add(new Pause(10_000));
            remaining -= 10;
            timeline.add(new Say(phrases.moreSeconds(remaining)));
        }
        timeline.add(new Pause(remaining * 1000));
        return new Hold(seconds, timeline);
    }

    // ---- splitting into parts ----

    private record Plan(int parts, Duration longest, int splitAt) {
        boolean betterThan(Plan other) {
            return other == null || parts < other.parts || (parts == other.parts && longest.compareTo(other.longest) < 0);
        }
    }

    /** Fewest parts that fit the budget, then the most even; a single block over budget still gets its own part. */
    private List<int[]> split(List<Block> blocks, SetRequest r) {
        int n = blocks.size();
        boolean waitAfterOpening = settleOf(r) == Settle.WAIT;
        Plan[] best = new Plan[n + 1];
        best[0] = new Plan(0, Duration.ZERO, -1);
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                if (best[start] == null) {
                    continue;
                }
                if (waitAfterOpening && start == 0 && end > 1) {
                    break; // the opening is a part of its own: the person gets into position, then says ready
                }
                Duration length = timing.planned(part(blocks, start, end, r).speech());
                boolean fits = length.compareTo(budget) <= 0;
                if (!fits && end - start > 1) {
                    break; // longer parts only get longer
                }
                Plan candidate = new Plan(best[start].parts() + 1, max(best[start].longest(), length), start);
                if (candidate.betterThan(best[end])) {
                    best[end] = candidate;
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int end = n; end > 0; end = best[end].splitAt()) {
            ranges.add(0, new int[] {best[end].splitAt(), end});
        }
        return ranges;
    }

    private Spoken part(List<Block> blocks, int start, int end, SetRequest r) {
        int seed = r.seed() + start;
        Script.Builder b = Script.builder();
        // Picking the rounds up again; right after getting into position, the first round simply starts.
        if (start > 0 && blocks.get(start).kind() == Kind.ROUND && blocks.get(start - 1).kind() == Kind.ROUND) {
            b.say(phrases.keepGoing(seed));
        }
        for (int i = start; i < end; i++) {
            if (i > start && blocks.get(i - 1).kind() == Kind.OPENING) {
                if (settleOf(r) == Settle.SWITCH) {
                    b.say(phrases.switchSides(seed)).pause(r.stretch().switchSeconds() * 1000);
                } else {
                    b.pause(SHORT_SETTLE_MILLIS);
                }
            }
            b.then(blocks.get(i).script());
        }
        boolean last = end == blocks.size();
        if (last) {
            Script closing = Script.say(closing(r.upcoming(), r.seed()));
            Script body = b.build();
            return new Spoken(body.then(rest(body, closing, r)).then(closing), Script.say(phrases.repromptAfterSet()));
        }
        if (blocks.get(end - 1).kind() == Kind.OPENING) {
            b.say(phrases.closeInPosition());
            return new Spoken(b.build(), Script.say(phrases.repromptInPosition()));
        }
        b.say(phrases.closeMoreRounds(seed));
        return new Spoken(b.build(), Script.say(phrases.repromptMoreRounds()));
    }

    /**
     * Between two sets of a stretch on the same side, a timed rest inside the turn, so the question comes when the
     * person is ready for it rather than while they are still catching their breath; the longest
     * rest that keeps the turn in its budget; none only when the set's work alone leaves no room.
     */
    private Script rest(Script body, Script closing, SetRequest r) {
        // Changing sides has its own timed settle in the next turn; a new stretch waits for "ready".
        if (!(r.upcoming() instanceof NextSet)) {
            return Script.empty();
        }
        for (int seconds : REST_SECONDS) {
            Script.Builder rest = Script.builder().say(phrases.rest(seconds, r.explainRest()));
            int left = seconds;
            while (left > 10) {
                rest.pause(10_000).say(phrases.moreRest(left - 10));
                left -= 10;
            }
            rest.pause(left * 1000);
            Script candidate = rest.build();
            // Never a reason to split a set: a set in one position stays one turn, with less rest if need be.
            if (timing.planned(body.then(candidate).then(closing)).compareTo(budget) <= 0) {
                return candidate;
            }
        }
        return Script.empty();
    }

    private String closing(Upcoming upcoming, int seed) {
        if (upcoming instanceof NextSet s) {
            return phrases.closeNextSet(s.set(), seed);
        } else if (upcoming instanceof OtherSide o) {
            return phrases.closeOtherSide(o.side(), seed);
        } else if (upcoming instanceof NextStretch s) {
            return phrases.closeNextStretch(s.number(), s.name(), seed);
        } else if (upcoming instanceof Finish) {
            return phrases.closeLastSet();
        }
        throw new IllegalArgumentException("unknown upcoming " + upcoming);
    }

    // ---- content check ----

    /**
     * Every part this routine can produce that runs past the budget, for every stretch, version,
     * side, set, hold time, way of arriving and closing. Empty means the content fits. A content
     * editor's change that makes a set too long shows up here (and in the tests) before users hear it.
     */
    public List<String> overBudget(Routine routine) {
        List<String> problems = new ArrayList<>();
        List<Stretch> stretches = routine.stretches();
        // Speech is timed by words, so the name that takes longest to say, not the one of most letters.
        String longestName = stretches.stream().map(Stretch::name)
                .max(Comparator.comparing(timing::saying).thenComparing(String::length)).orElse("");
        List<Upcoming> closings = List.of(new NextSet(2), new OtherSide(Side.RIGHT),
                new NextStretch(stretches.size(), longestName), new Finish());
        for (Step step : new Navigator(routine).steps()) {
            Stretch stretch = routine.stretch(step.stretchId());
            for (Level level : Level.values()) {
                if (!stretch.has(level)) {
                    continue;
                }
                for (int hold : List.of(HoldTime.MIN, HoldTime.MAX)) {
                    for (boolean full : List.of(true, false)) {
                        for (Move lead : Move.values()) {
                            for (Upcoming upcoming : closings) {
                                // The slowest pace is the longest; the quick version only drops sets.
                                SetRequest request = new SetRequest(stretch, routine.numberOf(stretch.id()), stretches.size(),
                                        step, level, hold, full, true, lead, upcoming, 0, Pace.SLOWER, stretch.dose().sets());
                                List<Spoken> parts = write(request);
                                for (int p = 0; p < parts.size(); p++) {
                                    Duration length = timing.planned(parts.get(p).speech());
                                    if (length.compareTo(budget) > 0) {
                                        problems.add(stretch.id() + " " + level.key() + " " + step.side() + " set " + step.set()
                                                + " hold " + hold + " s" + (full ? " with full setup" : "") + " after " + lead
                                                + ": part " + (p + 1) + " is " + length.toSeconds() + " s, over the "
                                                + budget.toSeconds() + " s budget");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    // ---- helpers ----

    private static void sayIfAny(Script.Builder b, String text) {
        if (!text.isBlank()) {
            b.say(text);
        }
    }

    /** A sentence from the routine file, with its side filled in and a capital to start. */
    public String fill(String text, Side side) {
        return phrases.fill(text, side);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
