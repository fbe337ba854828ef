package com.backstretches.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.Coach;
import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Pace;
import com.backstretches.session.Position;
import com.backstretches.session.RoutineLength;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.TurnWriter;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Requests the other dialog tests leave out: easier asked twice, version and describe requests by
 * name, answers to offers that are no longer pending, reminder outcomes, and the question left open
 * after a reply that is not a set.
 */
class DialogRequestsTest {

    private final Routine routine = RoutineLoader.standard();
    private final Coach coach = new Coach(routine, new TurnWriter());
    private final Dialog dialog = new Dialog(coach);
    private final Visit returning = new Visit(false, false, false);
    private final Position midSidebend = at(new Step("quadruped-sidebend", Side.LEFT, 2), Map.of());

    // ---- easier, once and twice ----

    @Test
    void easier_once_makes_the_set_easier_and_a_second_time_offers_to_skip_the_stretch() {
        Turn once = dialog.handle(started(midSidebend), easier(Optional.empty()));
        assertThat(once.coached()).isPresent();
        assertThat(once.state().coach().position().levelOf("quadruped-sidebend")).isEqualTo(Level.EASIER);
        assertThat(once.state().offers().easierAskedOn()).contains("quadruped-sidebend");

        Turn twice = dialog.handle(once.state(), easier(Optional.empty()));
        assertThat(twice.state().question()).isEqualTo(Question.SKIP_AFTER_EASIER);
        assertThat(twice.coached()).isEmpty();
        assertThat(text(twice)).startsWith("That's twice the quadruped sidebend has felt like too much.");
        assertThat(twice.spoken().reprompt().text()).isEqualTo("Say yes to skip it, or no to stay with it.");

        Turn yes = dialog.handle(twice.state(), new Ask.Yes());
        assertThat(yes.state().coach().position().step()).isEqualTo(new Step("quadruped-torso-rotation", Side.LEFT, 1));
    }

    @Test
    void no_to_skipping_after_easier_twice_stays_with_the_stretch_when_there_is_no_gentler_version() {
        Turn once = dialog.handle(started(midSidebend), easier(Optional.empty()));
        Turn twice = dialog.handle(once.state(), easier(Optional.empty()));
        Turn no = dialog.handle(twice.state(), new Ask.No());
        assertThat(text(no)).startsWith("Okay. Go gently, and only as far as feels comfortable.");
        assertThat(no.state().question()).isEqualTo(Question.CONTINUE);
        assertThat(no.state().coach().position()).isEqualTo(twice.state().coach().position());
    }

    @Test
    void no_to_skipping_after_easier_twice_from_the_harder_version_makes_it_easier_still() {
        Position harder = at(new Step("prone-extension", Side.NONE, 2), Map.of("prone-extension", Level.HARDER));
        Turn once = dialog.handle(started(harder), easier(Optional.empty()));
        assertThat(once.state().coach().position().levelOf("prone-extension")).isEqualTo(Level.STANDARD);
        Turn twice = dialog.handle(once.state(), easier(Optional.empty()));
        assertThat(twice.spoken().reprompt().text()).isEqualTo("Say yes to skip it, or no to try the easier version.");
        Turn no = dialog.handle(twice.state(), new Ask.No());
        assertThat(no.coached()).isPresent();
        assertThat(no.state().coach().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
    }

    @Test
    void easier_naming_the_stretch_in_hand_counts_like_plain_easier() {
        Turn once = dialog.handle(started(midSidebend), easier(Optional.of("side bend")));
        Turn twice = dialog.handle(once.state(), easier(Optional.of("quadruped sidebend")));
        assertThat(twice.state().question()).isEqualTo(Question.SKIP_AFTER_EASIER);
    }

    @Test
    void easier_with_a_blank_name_is_about_the_stretch_in_hand() {
        Turn once = dialog.handle(started(midSidebend), easier(Optional.of(" ")));
        assertThat(once.state().coach().position().levelOf("quadruped-sidebend")).isEqualTo(Level.EASIER);
        assertThat(once.state().offers().easierAskedOn()).contains("quadruped-sidebend");
    }

    @Test
    void easier_for_another_stretch_is_noted_for_later_and_never_offers_a_skip() {
        Turn once = dialog.handle(started(midSidebend), easier(Optional.of("half pancake")));
        assertThat(text(once)).startsWith("Okay, the half pancake will use the easier version from now on.");
        assertThat(once.coached()).isEmpty();
        assertThat(once.state().offers().easierAskedOn()).isEmpty();
        Turn again = dialog.handle(once.state(), easier(Optional.of("half pancake")));
        assertThat(again.state().question()).isNotEqualTo(Question.SKIP_AFTER_EASIER);
        assertThat(text(again)).startsWith("You're already on the easiest version of the half pancake.");
    }

    @Test
    void easier_before_starting_changes_the_first_stretch_without_a_skip_offer() {
        Turn easier = dialog.handle(started(coach.navigator().fresh()), easier(Optional.empty()));
        assertThat(easier.state().question()).isNotEqualTo(Question.SKIP_AFTER_EASIER);
        assertThat(easier.state().offers().easierAskedOn()).isEmpty();
        assertThat(easier.coached()).isEmpty();
    }

    @Test
    void no_to_a_skip_offer_left_open_with_nothing_under_way_does_not_change_a_version() {
        DialogState asked = new DialogState(dialog.begin(coach.navigator().fresh(), returning).coach(), Question.SKIP_AFTER_EASIER,
                returning, true);
        Turn no = dialog.handle(asked, new Ask.No());
        assertThat(no.state().coach().position().versions()).isEmpty();
        assertThat(no.coached()).isEmpty();
    }

    // ---- the standard version offered ----

    @Test
    void yes_to_the_standard_version_switches_and_coaches_the_set_at_standard() {
        Position easierProne = new Position(Status.NOT_STARTED, coach.navigator().fresh().step(), Map.of("prone-extension", Level.EASIER),
                HoldTime.DEFAULT);
        Visit ready = new Visit(false, false, Streak.NONE, Set.of("prone-extension"));
        Turn offer = dialog.handle(dialog.begin(easierProne, ready), new Ask.Start());
        assertThat(offer.state().question()).isEqualTo(Question.TRY_STANDARD);
        Turn yes = dialog.handle(offer.state(), new Ask.Yes());
        assertThat(text(yes)).startsWith("Great, the standard version it is. Go gently. Let's begin.").doesNotContain("Using your easier version.");
        assertThat(yes.coached()).isPresent();
        assertThat(yes.state().coach().position().levelOf("prone-extension")).isEqualTo(Level.STANDARD);
        assertThat(yes.state().coach().position().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(yes.state().offers().pending()).isEmpty();
    }

    @Test
    void yes_or_no_to_a_standard_offer_that_is_no_longer_pending_is_not_guessed_at() {
        DialogState stale = new DialogState(dialog.begin(midSidebend, returning).coach(), Question.TRY_STANDARD, returning, true);
        assertThat(text(dialog.handle(stale, new Ask.Yes()))).startsWith("Sorry, I'm not sure what that was a yes or no to.");
        assertThat(text(dialog.handle(stale, new Ask.No()))).startsWith("Sorry, I'm not sure what that was a yes or no to.");
        assertThat(dialog.handle(stale, new Ask.Yes()).state().coach().position()).isEqualTo(midSidebend);
    }

    // ---- describe ----

    @Test
    void describe_with_a_blank_name_describes_the_stretch_in_hand() {
        Turn turn = dialog.handle(started(midSidebend), new Ask.Describe(Optional.of(" ")));
        assertThat(text(turn)).startsWith("Here's the quadruped sidebend.").contains("over to the left");
    }

    @Test
    void describe_after_finishing_needs_a_stretch_name() {
        Position finished = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), HoldTime.DEFAULT);
        Turn turn = dialog.handle(started(finished), new Ask.Describe(Optional.empty()));
        assertThat(text(turn)).startsWith("There's no stretch under way right now. Tell me which one you mean, by name.");
        assertThat(turn.state().question()).isEqualTo(Question.ANOTHER_ROUND);
        assertThat(text(dialog.handle(started(finished), new Ask.Describe(Optional.of("wag tail"))))).startsWith("Here's the wag tail.");
    }

    @Test
    void describe_of_an_unknown_stretch_lists_the_stretches() {
        Turn turn = dialog.handle(started(midSidebend), new Ask.Describe(Optional.of("headstand")));
        assertThat(text(turn)).startsWith("I don't know that stretch. The stretches are:");
        assertThat(turn.state().coach().position()).isEqualTo(midSidebend);
    }

    // ---- details missing or out of range ----

    @Test
    void a_pace_not_understood_asks_which_and_keeps_the_last_question() {
        DialogState asked = new DialogState(dialog.begin(midSidebend, returning).coach(), Question.RESUME, returning, true);
        Turn turn = dialog.handle(asked, new Ask.MissingPace());
        assertThat(text(turn)).startsWith("I can count the reps slower, faster, or at the usual pace.");
        assertThat(turn.state().question()).isEqualTo(Question.RESUME);
    }

    @Test
    void a_hold_time_out_of_range_keeps_the_hold_and_the_last_question() {
        Position at45 = new Position(Status.IN_PROGRESS, midSidebend.step(), Map.of(), 45);
        DialogState asked = new DialogState(dialog.begin(at45, returning).coach(), Question.CONTINUE, returning, true);
        Turn turn = dialog.handle(asked, new Ask.HoldTimeOutOfRange());
        assertThat(text(turn)).startsWith("Holds in this routine go from thirty to sixty seconds, so I've kept yours at forty-five.");
        assertThat(turn.state().question()).isEqualTo(Question.CONTINUE);
        assertThat(turn.state().coach().position()).isEqualTo(at45);
    }

    // ---- the question left open ----

    @Test
    void a_setting_changed_before_starting_leaves_the_start_question_open() {
        Turn hold = dialog.handle(started(coach.navigator().fresh()), new Ask.Do(new Command.SetHoldTime(45)));
        assertThat(hold.state().question()).isEqualTo(Question.START);
        assertThat(dialog.handle(hold.state(), new Ask.Yes()).coached()).isPresent();
    }

    @Test
    void after_finishing_a_where_am_i_leaves_another_round_on_offer_and_yes_starts_it() {
        Position finished = new Position(Status.FINISHED, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), HoldTime.DEFAULT);
        Turn where = dialog.handle(started(finished), new Ask.Do(new Command.WhereAmI()));
        assertThat(where.state().question()).isEqualTo(Question.ANOTHER_ROUND);
        Turn yes = dialog.handle(where.state(), new Ask.Yes());
        assertThat(yes.state().coach().position().step()).isEqualTo(new Step("prone-extension", Side.NONE, 1));
        assertThat(yes.state().coach().position().status()).isEqualTo(Status.IN_PROGRESS);
    }

    // ---- reminders ----

    @Test
    void each_reminder_outcome_is_worded_and_only_the_permission_hand_over_closes_the_session() {
        DialogState state = started(midSidebend);
        Turn permission = dialog.handle(state, new Ask.Reminder(new ReminderOutcome.AskingPermission(LocalTime.of(7, 0))));
        assertThat(text(permission)).isEqualTo("To remind you every day at seven a.m., I need your permission to set reminders.");
        assertThat(permission.state().question()).isEqualTo(Question.NONE);

        Turn denied = dialog.handle(state, new Ask.Reminder(new ReminderOutcome.NoPermission()));
        assertThat(text(denied)).startsWith("Without permission to set reminders, I can't set one.");
        assertThat(denied.state().question()).isEqualTo(Question.CONTINUE);
        Turn unsupported = dialog.handle(state, new Ask.Reminder(new ReminderOutcome.NotSupported()));
        assertThat(text(unsupported)).startsWith("Sorry, I can't set reminders on this device.");
        assertThat(text(dialog.handle(state, new Ask.Reminder(new ReminderOutcome.Failed()))))
                .startsWith("Sorry, I couldn't set the reminder just now.");
    }

    @Test
    void a_reminder_without_a_usable_time_asks_for_one_keeping_the_last_question() {
        DialogState asked = new DialogState(dialog.begin(midSidebend, returning).coach(), Question.CONTINUE, returning, true);
        Turn vague = dialog.handle(asked, new Ask.Reminder(new ReminderOutcome.VagueTime()));
        assertThat(text(vague)).startsWith("I need an exact time for a daily reminder.");
        assertThat(vague.state().question()).isEqualTo(Question.CONTINUE);
        assertThat(text(dialog.handle(asked, new Ask.Reminder(new ReminderOutcome.NeedTime())))).startsWith("Sure, I can remind you every day.");
    }

    // ---- how long ----

    @Test
    void the_quick_version_is_said_to_the_minute_and_the_whole_routine_to_five_minutes() {
        long quickSeconds = coach.plannedLength(HoldTime.DEFAULT, RoutineLength.QUICK, Pace.NORMAL).toSeconds();
        assertThat(dialog.minutes(HoldTime.DEFAULT, RoutineLength.QUICK, Pace.NORMAL)).isEqualTo((int) Math.round(quickSeconds / 60.0));
        assertThat(dialog.minutes(HoldTime.DEFAULT) % 5).isZero();
    }

    private DialogState started(Position position) {
        return new DialogState(dialog.begin(position, returning).coach(), Question.CONTINUE, returning, true);
    }

    private static Ask easier(Optional<String> name) {
        return new Ask.Do(new Command.Easier(name));
    }

    private static Position at(Step step, Map<String, Level> versions) {
        return new Position(Status.IN_PROGRESS, step, versions, HoldTime.DEFAULT);
    }

    private static String text(Turn turn) {
        return turn.spoken().speech().text();
    }
}
