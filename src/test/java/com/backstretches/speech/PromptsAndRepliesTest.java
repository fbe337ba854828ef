package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.practice.Streak;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.routine.Stretch;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Outcome.Reason;
import com.backstretches.session.Pace;
import com.backstretches.session.Progress;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixed sentences around the routine: what each says, and whether it asks (with a reprompt) or closes. */
class PromptsAndRepliesTest {

    private static final Prompts PROMPTS = new Prompts(Words.english());
    private static final Phrases PHRASES = new Phrases(Words.english());

    private final Routine routine = RoutineLoader.standard();
    private final Replies replies = new Replies(routine, Words.english());

    // ---- how am I doing ----

    @Test
    void history_before_any_finished_routine_promises_to_keep_count() {
        assertThat(text(PROMPTS.history(Streak.NONE, Status.NOT_STARTED)))
                .isEqualTo("You haven't finished the whole routine yet. Once you do, I'll keep count of your days. Say start when you're ready.");
    }

    @Test
    void history_says_the_week_the_live_run_with_how_to_extend_it_and_the_longest() {
        assertThat(text(PROMPTS.history(new Streak(3, false, 5, 4), Status.NOT_STARTED))).startsWith(
                "This past week you've finished the routine on four days. You're on three days in a row. Stretch today to make it four."
                        + " Your longest run is five days in a row.");
        assertThat(text(PROMPTS.history(new Streak(2, true, 2, 2), Status.FINISHED))).startsWith(
                "This past week you've finished the routine on two days. You're on two days in a row, counting today."
                        + " Your longest run is two days in a row.");
    }

    @Test
    void history_of_one_day_says_one_day_and_no_run() {
        assertThat(text(PROMPTS.history(new Streak(1, true, 1, 1), Status.FINISHED))).startsWith(
                "This past week you've finished the routine on one day. Your longest run is one day. Say start over");
    }

    @Test
    void history_with_nothing_this_week_still_says_the_longest_run() {
        assertThat(text(PROMPTS.history(new Streak(0, false, 3, 0), Status.IN_PROGRESS))).startsWith(
                "You haven't finished the routine this past week. Your longest run is three days in a row. Say next");
    }

    // ---- practice ----

    @Test
    void the_quick_version_says_its_length_in_minutes_and_one_minute_in_the_singular() {
        assertThat(PROMPTS.quickVersion(16)).isEqualTo("Here's the quick version: one set of each stretch, about sixteen minutes.");
        assertThat(PROMPTS.quickVersion(1)).isEqualTo("Here's the quick version: one set of each stretch, about one minute.");
    }

    @Test
    void a_pace_not_understood_asks_slower_or_faster() {
        Spoken pace = PROMPTS.whatPace();
        assertThat(text(pace)).contains("slower, faster, or at the usual pace").endsWith("Say slower or faster.");
        assertThat(pace.reprompt().text()).isEqualTo("Say slower or faster, or say next to carry on.");
    }

    @Test
    void easier_twice_offers_a_skip_whose_no_depends_on_whether_a_gentler_version_is_left() {
        Spoken withGentler = PROMPTS.offerSkipAfterEasier("half pancake", true);
        assertThat(text(withGentler)).isEqualTo("That's twice the half pancake has felt like too much. It's fine to leave it for today."
                + " Would you like to skip the half pancake?");
        assertThat(withGentler.reprompt().text()).isEqualTo("Say yes to skip it, or no to try the easier version.");
        assertThat(PROMPTS.offerSkipAfterEasier("half pancake", false).reprompt().text()).isEqualTo("Say yes to skip it, or no to stay with it.");
        assertThat(PROMPTS.standardAccepted()).isEqualTo("Great, the standard version it is. Go gently.");
    }

    // ---- reminders ----

    @Test
    void a_reminder_time_is_asked_for_saying_why_when_the_time_was_vague() {
        assertThat(text(PROMPTS.reminderWhatTime(true))).startsWith("I need an exact time for a daily reminder.");
        assertThat(text(PROMPTS.reminderWhatTime(false))).startsWith("Sure, I can remind you every day.");
        assertThat(PROMPTS.reminderWhatTime(false).asks()).isTrue();
    }

    @Test
    void reminder_results_say_what_happened_and_how_to_carry_on() {
        assertThat(text(PROMPTS.reminderWithoutPermission(Status.IN_PROGRESS)))
                .startsWith("Without permission to set reminders, I can't set one.").contains("card to the Alexa app")
                .endsWith("Say next to move on, or resume to do this set again.");
        assertThat(text(PROMPTS.remindersNotSupported(Status.NOT_STARTED)))
                .isEqualTo("Sorry, I can't set reminders on this device. Say start when you're ready.");
        assertThat(text(PROMPTS.reminderSet(LocalTime.of(18, 30), true, Status.FINISHED)))
                .startsWith("Done. I've moved your daily reminder to six thirty p.m.");
        assertThat(text(PROMPTS.reminderSet(LocalTime.NOON, false, Status.FINISHED)))
                .startsWith("Done. I'll remind you every day at noon.");
    }

    @Test
    void asking_for_the_reminders_permission_closes_the_session_for_alexa_to_ask() {
        Spoken permission = PROMPTS.reminderNeedsPermission(LocalTime.of(7, 0));
        assertThat(text(permission)).isEqualTo("To remind you every day at seven a.m., I need your permission to set reminders.");
        assertThat(permission.asks()).isFalse();
    }

    // ---- requests not understood, failures ----

    @Test
    void a_hold_time_out_of_range_says_the_range_and_the_hold_kept() {
        Spoken out = PROMPTS.holdTimeOutOfRange(45);
        assertThat(text(out)).startsWith("Holds in this routine go from thirty to sixty seconds, so I've kept yours at forty-five.");
        assertThat(out.asks()).isTrue();
    }

    @Test
    void nothing_to_repeat_says_so_and_how_to_carry_on() {
        assertThat(text(PROMPTS.nothingToRepeat(Status.NOT_STARTED))).isEqualTo("There's nothing to repeat yet. Say start when you're ready.");
    }

    @Test
    void the_note_about_saved_progress_comes_before_the_answer_and_keeps_its_reprompt() {
        Spoken answer = PROMPTS.help(Status.IN_PROGRESS);
        Spoken noted = PROMPTS.progressMayNotBeSaved(answer);
        assertThat(text(noted)).startsWith("I can't reach your saved progress right now, so what you do this session may not be kept. ")
                .endsWith(text(answer));
        assertThat(noted.reprompt()).isEqualTo(answer.reprompt());
    }

    @Test
    void an_apology_and_an_unreadable_request_keep_listening() {
        assertThat(text(PROMPTS.apology())).isEqualTo("Sorry, something went wrong on my side. Please say that again, or say stop to finish.");
        assertThat(PROMPTS.apology().asks()).isTrue();
        assertThat(text(PROMPTS.couldNotFollowRequest())).startsWith("Sorry, I didn't quite get that.");
        assertThat(PROMPTS.couldNotFollowRequest().reprompt().text()).isEqualTo("Please say that again, or say help.");
    }

    // ---- replies about settings and position ----

    @Test
    void a_pace_change_says_the_new_pace_and_that_it_starts_with_the_next_set() {
        assertThat(text(replies.paceChanged(Pace.NORMAL, Pace.SLOWER, Status.IN_PROGRESS))).isEqualTo(
                "Okay, I'll count the reps more slowly. That starts with the next set. Say next to move on, or resume to do this set again.");
        assertThat(text(replies.paceChanged(Pace.NORMAL, Pace.FASTER, Status.NOT_STARTED)))
                .isEqualTo("Okay, I'll count the reps a little faster. Say start when you're ready.");
        assertThat(text(replies.paceChanged(Pace.SLOWER, Pace.NORMAL, Status.FINISHED))).startsWith("Okay, back to the usual pace. Say start over");
    }

    @Test
    void a_pace_already_at_its_end_says_so_and_nothing_about_the_next_set() {
        assertThat(text(replies.paceChanged(Pace.SLOWER, Pace.SLOWER, Status.IN_PROGRESS)))
                .startsWith("I'm already counting as slowly as I go. Say next");
        assertThat(text(replies.paceChanged(Pace.FASTER, Pace.FASTER, Status.IN_PROGRESS))).startsWith("I'm already counting as fast as I go. Say");
        assertThat(text(replies.paceChanged(Pace.NORMAL, Pace.NORMAL, Status.IN_PROGRESS))).startsWith("I'm already counting at the usual pace. Say");
        assertThat(replies.paceChanged(Pace.NORMAL, Pace.NORMAL, Status.IN_PROGRESS).reprompt().text())
                .isEqualTo("Say next to move on, or resume to do this set again.");
    }

    @Test
    void a_hold_change_explains_a_clamp_and_applies_from_the_next_set_only_mid_routine() {
        assertThat(text(replies.holdChanged(60, HoldTime.Clamp.LOWERED_TO_MAX, Status.IN_PROGRESS))).isEqualTo(
                "The longest hold in this routine is sixty seconds, so I've set your holds to sixty. That starts with the next set."
                        + " Say next to move on, or resume to do this set again.");
        assertThat(text(replies.holdChanged(45, HoldTime.Clamp.NONE, Status.NOT_STARTED)))
                .isEqualTo("Okay, holds are now forty-five seconds. Say start when you're ready.");
    }

    @Test
    void where_am_i_before_starting_and_after_finishing() {
        Progress notStarted = new Progress(Status.NOT_STARTED, 1, 6, "prone extension", Side.NONE, 1, 3, 5, Optional.of("wag tail"));
        assertThat(text(replies.whereAmI(notStarted, Optional.empty()))).startsWith("You haven't started yet. The routine is six gentle stretches.");
        Progress finished = new Progress(Status.FINISHED, 6, 6, "A-frame to squat", Side.NONE, 1, 1, 0, Optional.empty());
        assertThat(text(replies.whereAmI(finished, Optional.empty())))
                .isEqualTo("You've finished all six stretches. Say start over for another round, or stop to finish.");
    }

    @Test
    void where_am_i_mid_routine_names_the_stretch_side_set_the_users_round_and_whats_left() {
        Progress sidebend = new Progress(Status.IN_PROGRESS, 3, 6, "quadruped sidebend", Side.LEFT, 2, 3, 3,
                Optional.of("quadruped torso rotation"));
        assertThat(text(replies.whereAmI(sidebend, Optional.empty()))).isEqualTo("You're on stretch three of six, the quadruped sidebend. Left side, set two"
                + " of three. Three more stretches after this one. Next is the quadruped torso rotation."
                + " Say next to move on, or resume to do this set again.");
        Progress aFrame = new Progress(Status.IN_PROGRESS, 6, 6, "A-frame to squat", Side.NONE, 1, 1, 0, Optional.empty());
        assertThat(text(replies.whereAmI(aFrame, Optional.of(new TurnWriter.PartEnd(false, 4, 10)))))
                .startsWith("You're on stretch six of six, the A-frame to squat. You're at round four of ten."
                + " This is the last stretch.");
        Progress pancake = new Progress(Status.IN_PROGRESS, 5, 6, "half pancake", Side.RIGHT, 1, 1, 1, Optional.of("A-frame to squat"));
        assertThat(text(replies.whereAmI(pancake, Optional.empty()))).contains("Right side. One more stretch after this one. Next is the A-frame to squat.");
    }

    @Test
    void an_unknown_stretch_is_answered_with_the_list_of_stretches() {
        assertThat(text(replies.notPossible(Reason.UNKNOWN_STRETCH, Optional.empty(), Level.STANDARD, Status.IN_PROGRESS)))
                .startsWith("I don't know that stretch. The stretches are: prone extension, wag tail, quadruped sidebend,"
                        + " quadruped torso rotation, half pancake, and A-frame to squat.");
        assertThat(text(replies.notPossible(Reason.AT_START, Optional.empty(), Level.STANDARD, Status.IN_PROGRESS)))
                .doesNotContain("The stretches are");
    }

    @Test
    void no_harder_version_is_worded_by_whether_the_user_is_already_at_the_hardest() {
        Optional<Stretch> prone = Optional.of(routine.stretch("prone-extension"));
        assertThat(text(replies.notPossible(Reason.NO_HARDER_VERSION, prone, Level.HARDER, Status.IN_PROGRESS)))
                .startsWith("You're already on the hardest version of the prone extension.");
        assertThat(text(replies.notPossible(Reason.NO_HARDER_VERSION, Optional.of(routine.stretch("half-pancake")), Level.STANDARD,
                Status.IN_PROGRESS))).startsWith("The half pancake has no harder version;");
    }

    @Test
    void describing_a_stretch_says_its_setup_and_movement_on_the_side_in_hand() {
        Stretch pancake = routine.stretch("half-pancake");
        String right = text(replies.describe(pancake, Level.STANDARD, Side.RIGHT, Status.IN_PROGRESS));
        assertThat(right).startsWith("Here's the half pancake. Sit with your right leg stretched out to the side")
                .contains("Turn your chest toward the bent knee, then reach up over your head toward your right foot.",
                        "Go only as deep as stays free of pain.");
        assertThat(text(replies.describe(pancake, Level.EASIER, Side.NONE, Status.NOT_STARTED)))
                .as("a stretch done on each side is described on the side it starts with")
                .startsWith("Here's the easier version of the half pancake. Sit with your left leg out to the side");
    }

    @Test
    void a_version_noted_for_later_says_from_now_on_or_back_to_standard() {
        Stretch pancake = routine.stretch("half-pancake");
        assertThat(text(replies.versionNoted(pancake, Level.EASIER, Status.IN_PROGRESS)))
                .startsWith("Okay, the half pancake will use the easier version from now on.");
        assertThat(text(replies.versionNoted(pancake, Level.STANDARD, Status.IN_PROGRESS)))
                .startsWith("Okay, the half pancake is back to its standard version.");
    }

    @Test
    void the_stretch_list_joins_names_with_and_or_names_a_single_one() {
        assertThat(PHRASES.stretchList(List.of("wag tail"))).isEqualTo("The stretches are: wag tail.");
        assertThat(PHRASES.stretchList(List.of("a", "b"))).isEqualTo("The stretches are: a and b.");
    }

    private static String text(Spoken spoken) {
        return spoken.speech().text();
    }
}
