package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.testkit.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every command is total: from any valid position it gives a valid position, and it changes only
 * what it is for (the hold only on a hold command, to exactly the hold chosen; the pace only on a
 * pace command; versions only on a version command; the length only on a start).
 */
class NavigatorTotalityTest {

    private final Routine routine = RoutineLoader.standard();
    private final Navigator nav = new Navigator(routine);

    static final RoutineLength TWO_SETS_SHORTER_HOLDS = RoutineLength.planned(25, 2, 35, 0, 0);
    static final RoutineLength SHORTEST = RoutineLength.planned(5, 1, 30, 5, 3);
    /** The whole routine, the quick version, and plans for the time a person has. */
    static final List<RoutineLength> LENGTHS = List.of(RoutineLength.FULL, RoutineLength.QUICK, TWO_SETS_SHORTER_HOLDS, SHORTEST);

    /** Every command, with the odd arguments a voice request can carry: unknown names, blanks, silly numbers. */
    static List<Command> commands() {
        List<Command> all = new ArrayList<>(List.of(
                new Command.Start(), new Command.StartQuick(), new Command.StartPlan(TWO_SETS_SHORTER_HOLDS),
                new Command.StartPlan(SHORTEST), new Command.Next(), new Command.Previous(), new Command.SkipStretch(),
                new Command.RepeatSet(), new Command.Resume(), new Command.StartOver(), new Command.WhereAmI(),
                new Command.LongerHolds(), new Command.ShorterHolds(),
                new Command.Slower(), new Command.Faster(), new Command.NormalPace(),
                new Command.GoTo("half pancake"), new Command.GoTo("a frame"), new Command.GoTo("prone extension"),
                new Command.GoTo("moonwalk"), new Command.GoTo(""), new Command.GoTo(" ")));
        // Both edges of the range, a step either side of each, the middle, and what no one means.
        for (int seconds : new int[] {Integer.MIN_VALUE, -3, 0, 14, 29, 30, 31, 44, 45, 46, 59, 60, 61, 75, 500, Integer.MAX_VALUE}) {
            all.add(new Command.SetHoldTime(seconds));
        }
        for (Optional<String> name : List.of(Optional.<String>empty(), Optional.of("half pancake"), Optional.of("wag tail"),
                Optional.of("a frame"), Optional.of("nonsense"), Optional.of(" "))) {
            all.add(new Command.Easier(name));
            all.add(new Command.Harder(name));
            all.add(new Command.Standard(name));
        }
        return all;
    }

    @Test
    void the_commands_tried_include_every_kind_of_command() {
        Set<Class<?>> tried = commands().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(tried).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    }

    @Test
    void every_command_from_every_position_gives_a_valid_position_and_changes_only_what_it_is_for() {
        List<Position> positions = allPositions();
        assertThat(positions).hasSizeGreaterThan(25_000);
        List<Command> commands = commands();
        List<String> wrong = new ArrayList<>();
        long checked = 0;
        long wrongCount = 0;
        for (Position p : positions) {
            assertThat(nav.isValid(p)).as("enumerated %s", p).isTrue();
            for (Command c : commands) {
                Outcome o = nav.apply(p, c);
                Optional<String> why = o == null || o.result() == null || !nav.isValid(o.position()) ? Optional.of("invalid")
                        : changedOnlyWhatItIsFor(p, c, o);
                if (why.isPresent() && wrongCount++ < 20) {
                    wrong.add(p + " after " + c + ": " + why.get() + " (gave " + o + ")");
                }
                checked++;
            }
        }
        assertThat(wrong).as("%d of %d outcomes wrong, the first ones", wrongCount, checked).isEmpty();
        assertThat(checked).isEqualTo((long) positions.size() * commands.size());
    }

    /** Whatever the command, the fields it is not about stay as they were, and the ones it is about take the exact value asked. */
    private static Optional<String> changedOnlyWhatItIsFor(Position before, Command c, Outcome o) {
        Position after = o.position();
        if (o.result() instanceof Outcome.NotPossible && !after.equals(before)) {
            return Optional.of("moved though it was not possible");
        }
        int hold = before.holdSeconds();
        int expectedHold = c instanceof Command.SetHoldTime s ? clampHold(s.seconds())
                : c instanceof Command.LongerHolds ? clampHold((long) hold + HoldTime.STEP)
                : c instanceof Command.ShorterHolds ? clampHold((long) hold - HoldTime.STEP) : hold;
        if (after.holdSeconds() != expectedHold) {
            return Optional.of("hold " + after.holdSeconds() + " s, expected " + expectedHold + " s");
        }
        Pace expectedPace = c instanceof Command.Slower ? SLOWER_FROM.get(before.pace())
                : c instanceof Command.Faster ? FASTER_FROM.get(before.pace())
                : c instanceof Command.NormalPace ? Pace.NORMAL : before.pace();
        if (after.pace() != expectedPace) {
            return Optional.of("pace " + after.pace() + ", expected " + expectedPace);
        }
        boolean aboutHolds = c instanceof Command.SetHoldTime || c instanceof Command.LongerHolds || c instanceof Command.ShorterHolds;
        RoutineLength expectedLength = c instanceof Command.Start ? RoutineLength.FULL
                : c instanceof Command.StartQuick ? RoutineLength.QUICK
                : c instanceof Command.StartPlan plan ? plan.length()
                : aboutHolds ? before.length().withoutHoldCeiling() : before.length();
        if (!after.length().equals(expectedLength)) {
            return Optional.of("length " + after.length() + ", expected " + expectedLength);
        }
        boolean aboutVersions = c instanceof Command.Easier || c instanceof Command.Harder || c instanceof Command.Standard;
        if (!aboutVersions && !after.versions().equals(before.versions())) {
            return Optional.of("versions changed by a command not about versions");
        }
        return Optional.empty();
    }

    /** The article's 30 to 60 seconds, written out here rather than borrowed from HoldTime, so a changed range shows. */
    private static int clampHold(long seconds) {
        return (int) Math.max(30, Math.min(60, seconds));
    }

    private static final Map<Pace, Pace> SLOWER_FROM = Map.of(Pace.FASTER, Pace.NORMAL, Pace.NORMAL, Pace.SLOWER, Pace.SLOWER, Pace.SLOWER);
    private static final Map<Pace, Pace> FASTER_FROM = Map.of(Pace.SLOWER, Pace.NORMAL, Pace.NORMAL, Pace.FASTER, Pace.FASTER, Pace.FASTER);

    // Replay one sequence with -Dseed=N, the seed its failure names.
    @Test
    void random_sequences_of_commands_always_stay_valid() {
        List<Command> commands = commands();
        Seeds.each(getClass(), Seeds.forRun(200), seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Position p = nav.fresh();
            List<Command> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Command c = commands.get(random.nextInt(commands.size()));
                done.add(c);
                p = nav.apply(p, c).position();
                assertThat(nav.isValid(p)).as("after %s: %s", done, p).isTrue();
            }
        });
    }

    @Test
    void a_position_with_a_step_or_version_the_routine_does_not_have_is_invalid() {
        Step first = nav.steps().get(0);
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, new Step("headstand", Side.NONE, 1), Map.of(), 30))).isFalse();
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 4), Map.of(), 30))).isFalse();
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.NONE, 1), Map.of(), 30))).isFalse();
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, first, Map.of("half-pancake", Level.HARDER), 30))).isFalse();
        assertThat(nav.isValid(new Position(Status.NOT_STARTED, nav.steps().get(3), Map.of(), 30))).isFalse();
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, first, Map.of(), 30))).isTrue();
        // The quick version has one set of each stretch: a second set is not a quick step.
        assertThat(nav.isValid(new Position(Status.IN_PROGRESS, new Step("prone-extension", Side.NONE, 2), Map.of(), 30,
                Pace.NORMAL, RoutineLength.QUICK))).isFalse();
    }

    /**
     * Positions that together hold every value of everything the navigator reads. Every status and
     * step of both lengths at every hold from 30 to 60 s and every pace, each under a few choices of
     * versions (none, all easier, all hardest, and one more in turn); and every combination of
     * versions at every status and step of both lengths, with the holds and paces taken in turn.
     * The full product of all of them is 1.5 million positions: no command reads versions and hold
     * together, so this covers what it would at a fiftieth of the cost.
     */
    private List<Position> allPositions() {
        List<Map<String, Level>> versionChoices = versionChoices();
        List<Map<String, Level>> few = List.of(Map.of(), everyStretchAt(Level.EASIER), everyStretchAt(Level.HARDER));
        List<Position> positions = new ArrayList<>();
        int turn = 0;
        for (RoutineLength length : LENGTHS) {
            for (int hold = HoldTime.MIN; hold <= HoldTime.MAX; hold++) {
                for (Pace pace : Pace.values()) {
                    List<Map<String, Level>> versions = new ArrayList<>(few);
                    versions.add(versionChoices.get(turn++ % versionChoices.size()));
                    for (Map<String, Level> v : versions) {
                        positions.addAll(everyStep(length, v, hold, pace));
                    }
                }
            }
            for (Map<String, Level> v : versionChoices) {
                int hold = HoldTime.MIN + turn % (HoldTime.MAX - HoldTime.MIN + 1);
                Pace pace = Pace.values()[turn % Pace.values().length];
                turn++;
                positions.addAll(everyStep(length, v, hold, pace));
            }
        }
        return positions;
    }

    /** Not started, finished, and every step in between, of a run of this length. */
    private List<Position> everyStep(RoutineLength length, Map<String, Level> versions, int hold, Pace pace) {
        List<Step> steps = nav.steps(length);
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(Status.NOT_STARTED, steps.get(0), versions, hold, pace, length));
        positions.add(new Position(Status.FINISHED, steps.get(steps.size() - 1), versions, hold, pace, length));
        for (Step step : steps) {
            positions.add(new Position(Status.IN_PROGRESS, step, versions, hold, pace, length));
        }
        return positions;
    }

    /** Every stretch at this level where it has it, standard otherwise. */
    private Map<String, Level> everyStretchAt(Level level) {
        Map<String, Level> m = new HashMap<>();
        routine.stretches().stream().filter(s -> s.has(level)).forEach(s -> m.put(s.id(), level));
        return m;
    }

    private List<Map<String, Level>> versionChoices() {
        List<Map<String, Level>> choices = new ArrayList<>();
        choices.add(Map.of());
        for (Stretch s : routine.stretches()) {
            List<Map<String, Level>> extended = new ArrayList<>();
            for (Map<String, Level> partial : choices) {
                for (Level level : Level.values()) {
                    if (!s.has(level)) {
                        continue;
                    }
                    Map<String, Level> m = new HashMap<>(partial);
                    if (level != Level.STANDARD) {
                        m.put(s.id(), level);
                    }
                    extended.add(m);
                }
            }
            choices = extended;
        }
        return choices;
    }
}
