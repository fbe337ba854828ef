package com.backstretches.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.dialog.Ask;
import com.backstretches.dialog.Dialog;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.Turn;
import com.backstretches.dialog.Visit;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.TurnWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Issue 18: a routine planned to the minutes a person has never promises a time it will not keep. */
class PlannerTest {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty");
    private static final Pattern SHORTEST = Pattern.compile("The shortest version I can do is about ([a-z-]+) minutes");

    private final Routine routine = RoutineLoader.standard();
    private final TurnWriter writer = new TurnWriter();
    private final Coach coach = new Coach(routine, writer);
    private final Dialog dialog = new Dialog(coach);
    private final Planner planner = new Planner(coach);

    static List<Arguments> asked() {
        List<Arguments> cases = new ArrayList<>();
        for (int minutes : new int[] {5, 8, 10, 12, 15, 20, 25, 30}) {
            cases.add(Arguments.of(minutes, 30, Pace.NORMAL, false, Map.of()));
            cases.add(Arguments.of(minutes, 60, Pace.SLOWER, false, Map.of("half-pancake", Level.EASIER, "prone-extension", Level.HARDER)));
        }
        for (int minutes : new int[] {10, 15, 20}) {
            cases.add(Arguments.of(minutes, 45, Pace.FASTER, true, Map.of()));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} min, {1} s holds, {2}, new user {3}")
    @MethodSource("asked")
    void the_whole_walk_of_a_plan_plays_within_the_minutes_asked_or_the_shortest_length_stated(
            int minutes, int hold, Pace pace, boolean newUser, Map<String, Level> versions) {
        Position settings = new Position(Status.NOT_STARTED, coach.navigator().fresh().step(), versions, hold, pace, RoutineLength.FULL);
        DialogState start = dialog.begin(settings, newUser ? Visit.firstEver() : new Visit(false, false, false));
        Turn offer = dialog.handle(start, new Ask.TimeBudget(Optional.of(minutes)));
        assertThat(offer.state().question()).isEqualTo(Question.START_PLAN);
        String said = offer.spoken().speech().text();

        Duration walked = Duration.ZERO;
        Turn turn = dialog.handle(offer.state(), new Ask.Yes());
        RoutineLength plan = turn.state().coach().position().length();
        List<Step> visited = new ArrayList<>();
        while (turn.coached().isPresent()) {
            walked = walked.plus(writer.timing().planned(turn.spoken().speech()));
            visited.add(turn.coached().get().step());
            turn = dialog.handle(turn.state(), new Ask.Next());
        }
        assertThat(turn.state().coach().position().status()).isEqualTo(Status.FINISHED);

        Matcher shortest = SHORTEST.matcher(said);
        if (shortest.find()) {
            int stated = NUMBERS.indexOf(shortest.group(1));
            assertThat(walked).as(said).isLessThanOrEqualTo(Duration.ofMinutes(stated)).isGreaterThan(Duration.ofMinutes(stated - 1));
            assertThat(walked).as("only offered when nothing fits").isGreaterThan(Duration.ofMinutes(minutes));
            assertThat(plan).isEqualTo(last(planner.shrinking(minutes, hold)));
        } else {
            assertThat(walked).as(said).isLessThanOrEqualTo(Duration.ofMinutes(minutes));
            // The most of the time: the step before it in the shrinking order would not have fitted.
            List<RoutineLength> order = planner.shrinking(minutes, hold);
            int at = order.indexOf(plan);
            assertThat(at).as("%s is a step of the order", plan).isNotNegative();
            if (at > 0) {
                assertThat(planner.length(order.get(at - 1), settings, newUser)).isGreaterThan(Duration.ofMinutes(minutes));
            }
        }
        keepsTheRoutine(plan, visited);
    }

    @Test
    void the_plan_is_said_in_a_sentence_before_it_starts() {
        Position settings = coach.navigator().fresh();
        Turn fifteen = dialog.handle(dialog.begin(settings, new Visit(false, false, false)), new Ask.TimeBudget(Optional.of(15)));
        assertThat(fifteen.spoken().speech().text()).startsWith("Here's a fifteen-minute version: one set of each stretch, thirty-second holds,")
                .contains(" reps instead of ten", " rounds of the A-frame to squat").endsWith("Ready?");
        assertThat(fifteen.coached()).isEmpty();
        Turn five = dialog.handle(dialog.begin(settings, new Visit(false, false, false)), new Ask.TimeBudget(Optional.of(5)));
        assertThat(five.spoken().speech().text()).containsPattern(SHORTEST.pattern())
                .contains("one set of each stretch, thirty-second holds, five reps instead of ten, and three rounds of the A-frame to squat")
                .endsWith("Shall we do that?");
        Turn plenty = dialog.handle(dialog.begin(settings, new Visit(false, false, false)), new Ask.TimeBudget(Optional.of(90)));
        assertThat(plenty.spoken().speech().text()).startsWith("You have time for the whole routine.");
        assertThat(dialog.handle(plenty.state(), new Ask.Yes()).state().coach().position().length()).isEqualTo(RoutineLength.FULL);
    }

    @Test
    void no_minutes_offers_the_quick_version_with_its_length_and_no_keeps_the_place() {
        Position mid = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 2), Map.of(), 30);
        DialogState state = dialog.begin(mid, new Visit(false, false, false));
        Turn offer = dialog.handle(state, new Ask.TimeBudget(Optional.empty()));
        assertThat(offer.spoken().speech().text()).contains("The quick version does one set of each stretch, in about sixteen minutes.");
        assertThat(dialog.handle(offer.state(), new Ask.Yes()).state().coach().position().length()).isEqualTo(RoutineLength.QUICK);
        Turn no = dialog.handle(offer.state(), new Ask.No());
        assertThat(no.state().coach().position()).isEqualTo(mid);
        assertThat(no.coached()).isEmpty();
        assertThat(dialog.handle(no.state(), new Ask.Yes()).coached()).as("the offer does not outlive the answer").isPresent()
                .hasValueSatisfying(t -> assertThat(t.step()).isNotEqualTo(coach.navigator().steps().get(0)));
    }

    @Test
    void the_shrinking_order_never_goes_below_the_articles_thirty_second_hold_five_reps_or_three_rounds_and_never_grows() {
        for (int hold : new int[] {30, 35, 45, 60}) {
            List<RoutineLength> order = planner.shrinking(10, hold);
            assertThat(order.get(0)).isEqualTo(RoutineLength.FULL);
            RoutineLength smallest = last(order);
            assertThat(smallest.sets()).isEqualTo(1);
            assertThat(smallest.holdFor(hold)).isEqualTo(30);
            assertThat(smallest.reps()).isEqualTo(Planner.MIN_REPS);
            assertThat(smallest.rounds()).isEqualTo(Planner.MIN_ROUNDS);
            Position settings = new Position(Status.NOT_STARTED, coach.navigator().fresh().step(), Map.of(), hold);
            Duration previous = null;
            for (RoutineLength step : order) {
                Duration length = planner.length(step, settings, false);
                if (previous != null) {
                    assertThat(length).as("%s after a step of %s", step, previous).isLessThan(previous);
                }
                previous = length;
            }
        }
    }

    private void keepsTheRoutine(RoutineLength plan, List<Step> visited) {
        List<String> order = visited.stream().map(Step::stretchId).distinct().toList();
        assertThat(order).containsExactlyElementsOf(routine.stretches().stream().map(Stretch::id).toList());
        for (Stretch s : routine.stretches()) {
            if (s.hasSides()) {
                assertThat(visited).contains(new Step(s.id(), Side.LEFT, 1), new Step(s.id(), Side.RIGHT, 1));
            }
        }
        assertThat(plan.holdSeconds() == 0 || plan.holdSeconds() >= 30).isTrue();
        assertThat(plan.reps() == 0 || plan.reps() >= Planner.MIN_REPS).isTrue();
        assertThat(plan.rounds() == 0 || plan.rounds() >= Planner.MIN_ROUNDS).isTrue();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
