package com.backstretches.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every command is total: from any valid position it gives a valid position. */
class NavigatorTotalityTest {

    private final Routine routine = RoutineLoader.standard();
    private final Navigator nav = new Navigator(routine);

    /** Commands with the odd arguments a voice request can carry: unknown names, blanks, silly numbers. */
    static List<Command> commands() {
        List<Command> all = new ArrayList<>(List.of(
                new Command.Start(), new Command.Next(), new Command.Previous(), new Command.SkipStretch(),
                new Command.RepeatSet(), new Command.Resume(), new Command.StartOver(), new Command.WhereAmI(),
                new Command.LongerHolds(), new Command.ShorterHolds(),
                new Command.GoTo("half pancake"), new Command.GoTo("a frame"), new Command.GoTo("moonwalk"), new Command.GoTo(""),
                new Command.SetHoldTime(45), new Command.SetHoldTime(-3), new Command.SetHoldTime(500), new Command.SetHoldTime(0),
                new Command.SetHoldTime(Integer.MAX_VALUE), new Command.SetHoldTime(Integer.MIN_VALUE)));
        for (Optional<String> name : List.of(Optional.<String>empty(), Optional.of("half pancake"), Optional.of("wag tail"),
                Optional.of("nonsense"), Optional.of(" "))) {
            all.add(new Command.Easier(name));
            all.add(new Command.Harder(name));
            all.add(new Command.Standard(name));
        }
        return all;
    }

    @Test
    void every_command_from_every_position_gives_a_valid_position() {
        List<Position> positions = allPositions();
        assertThat(positions).hasSizeGreaterThan(10_000);
        List<Command> commands = commands();
        List<String> invalid = new ArrayList<>();
        long checked = 0;
        for (Position p : positions) {
            if (!nav.isValid(p)) {
                invalid.add("enumerated " + p);
            }
            for (Command c : commands) {
                Outcome o = nav.apply(p, c);
                if (o == null || o.result() == null || !nav.isValid(o.position())) {
                    invalid.add(p + " after " + c + " gave " + o);
                }
                checked++;
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(checked).isEqualTo((long) positions.size() * commands.size());
    }

    @Test
    void random_sequences_of_commands_always_stay_valid() {
        List<Command> commands = commands();
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            Position p = nav.fresh();
            for (int i = 0; i < 200; i++) {
                Command c = commands.get(random.nextInt(commands.size()));
                p = nav.apply(p, c).position();
                if (!nav.isValid(p)) {
                    assertThat(p).as("seed %d step %d after %s", seed, i, c).matches(nav::isValid);
                }
            }
        }
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
    }

    /** Every status and step, with every combination of versions, at the shortest, middle and longest hold. */
    private List<Position> allPositions() {
        List<Map<String, Level>> versionChoices = new ArrayList<>();
        versionChoices.add(Map.of());
        for (Stretch s : routine.stretches()) {
            List<Map<String, Level>> extended = new ArrayList<>();
            for (Map<String, Level> partial : versionChoices) {
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
            versionChoices = extended;
        }
        List<Step> steps = nav.steps();
        List<Position> positions = new ArrayList<>();
        for (Map<String, Level> versions : versionChoices) {
            for (int hold : List.of(HoldTime.MIN, 45, HoldTime.MAX)) {
                positions.add(new Position(Status.NOT_STARTED, steps.get(0), versions, hold));
                positions.add(new Position(Status.FINISHED, steps.get(steps.size() - 1), versions, hold));
                for (Step step : steps) {
                    positions.add(new Position(Status.IN_PROGRESS, step, versions, hold));
                }
            }
        }
        return positions;
    }
}
