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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conversation around daily practice, without the SDK: streaks, offers, the quick version and reminders. */
class PracticeDialogTest {

    private final Routine routine = RoutineLoader.standard();
    private final Coach coach = new Coach(routine, new TurnWriter());
    private final Dialog dialog = new Dialog(coach);
    private final Position fresh = coach.navigator().fresh();
    private final Position easierProne = new Position(Status.NOT_STARTED, fresh.step(), Map.of("prone-extension", Level.EASIER),
            HoldTime.DEFAULT);
    private final Position lastSet = new Position(Status.IN_PROGRESS, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(),
            HoldTime.DEFAULT, Pace.NORMAL, RoutineLength.QUICK);

    private static String text(Turn turn) {
        return turn.spoken().speech().text();
    }

    private static Visit returning(Streak streak, Set<String> ready) {
        return new Visit(false, false, streak, ready);
    }

    @Test
    void a_welcome_back_mentions_a_streak_of_two_days_or_more_and_nothing_below_that() {
        assertThat(text(dialog.open(dialog.begin(fresh, returning(new Streak(3, false, 5, 3), Set.of())))))
                .contains("You've stretched three days in a row.");
        assertThat(text(dialog.open(dialog.begin(fresh, returning(new Streak(1, false, 5, 1), Set.of())))))
                .doesNotContain("in a row");
        assertThat(text(dialog.open(dialog.begin(fresh, returning(new Streak(4, true, 4, 4), Set.of())))))
                .contains("already done your stretches today", "That's four days in a row.");
    }

    @Test
    void finishing_counts_today_into_the_streak_once() {
        DialogState atLast = dialog.begin(lastSet, returning(new Streak(2, false, 2, 2), Set.of()));
        Turn coached = dialog.handle(atLast, new Ask.Do(new Command.RepeatSet()));
        Turn done = coached;
        for (int i = 0; done.state().coach().position().status() != Status.FINISHED && i < 5; i++) {
            done = dialog.handle(done.state(), new Ask.Next());
        }
        assertThat(text(done)).contains("That's three days in a row.");
        assertThat(done.state().visit().streak().current()).isEqualTo(3);
        assertThat(done.endsSession()).isTrue();
        Turn history = dialog.handle(done.state(), new Ask.History());
        assertThat(text(history)).contains("three days in a row, counting today");
    }

    @Test
    void the_standard_version_is_offered_before_the_first_set_of_a_stretch_ready_for_it_and_only_once() {
        DialogState start = dialog.begin(easierProne, returning(Streak.NONE, Set.of("prone-extension")));
        Turn offer = dialog.handle(start, new Ask.Start());
        assertThat(offer.state().question()).isEqualTo(Question.TRY_STANDARD);
        assertThat(offer.coached()).isEmpty();
        assertThat(offer.state().coach().position()).isEqualTo(easierProne);
        assertThat(offer.state().offers().standardOffered()).containsExactly("prone-extension");

        Turn next = dialog.handle(offer.state(), new Ask.Next());
        assertThat(text(next)).startsWith("Sure, the easier version it is.").contains("Using your easier version.");
        assertThat(next.state().coach().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        Turn again = dialog.handle(next.state(), new Ask.Do(new Command.StartOver()));
        assertThat(again.state().question()).isNotEqualTo(Question.TRY_STANDARD);
    }

    @Test
    void a_version_command_is_never_interrupted_by_the_offer() {
        DialogState start = dialog.begin(new Position(Status.IN_PROGRESS, fresh.step(), Map.of(), HoldTime.DEFAULT),
                returning(Streak.NONE, Set.of("prone-extension")));
        Turn easier = dialog.handle(start, new Ask.Do(new Command.Easier(java.util.Optional.empty())));
        assertThat(easier.coached()).isPresent();
        assertThat(easier.state().question()).isEqualTo(Question.CONTINUE);
    }

    @Test
    void the_quick_version_says_its_length_first() {
        Turn quick = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Quick());
        int minutes = dialog.minutes(HoldTime.DEFAULT, RoutineLength.QUICK, Pace.NORMAL);
        assertThat(minutes).isBetween(5, dialog.minutes(HoldTime.DEFAULT) - 5);
        assertThat(text(quick)).startsWith("Here's the quick version: one set of each stretch, about");
        assertThat(quick.state().coach().position().length()).isEqualTo(RoutineLength.QUICK);
    }

    @Test
    void a_reminder_is_only_set_after_a_yes_and_a_no_leaves_it() {
        Turn confirm = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.ReminderAt(LocalTime.of(7, 0)));
        assertThat(text(confirm)).isEqualTo("Shall I remind you to stretch every day at seven a.m.?");
        assertThat(confirm.state().question()).isEqualTo(Question.CONFIRM_REMINDER);
        assertThat(confirm.state().offers().reminder()).contains(LocalTime.of(7, 0));
        Turn no = dialog.handle(confirm.state(), new Ask.No());
        assertThat(text(no)).startsWith("Okay, no reminder.");
        assertThat(no.state().offers().reminder()).isEmpty();
    }

    @Test
    void reminder_results_are_worded_with_the_time_and_a_way_on() {
        DialogState state = dialog.begin(fresh, Visit.firstEver());
        assertThat(text(dialog.handle(state, new Ask.Reminder(new ReminderOutcome.Set(LocalTime.of(19, 5), false)))))
                .startsWith("Done. I'll remind you every day at seven oh five p.m.");
        assertThat(text(dialog.handle(state, new Ask.Reminder(new ReminderOutcome.Set(LocalTime.NOON, true)))))
                .startsWith("Done. I've moved your daily reminder to noon.");
        Turn asking = dialog.handle(state, new Ask.Reminder(new ReminderOutcome.AskingPermission(LocalTime.MIDNIGHT)));
        assertThat(text(asking)).contains("every day at midnight", "I need your permission");
        assertThat(asking.endsSession()).isTrue();
        assertThat(dialog.handle(state, new Ask.Reminder(new ReminderOutcome.Failed())).endsSession()).isFalse();
    }
}
