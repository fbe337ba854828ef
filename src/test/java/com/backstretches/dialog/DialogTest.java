package com.backstretches.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.Coach;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.HoldTime;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.speech.SsmlRenderer;
import com.backstretches.speech.TurnWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialogTest {

    private final Routine routine = RoutineLoader.standard();
    private final Coach coach = new Coach(routine, new TurnWriter());
    private final Dialog dialog = new Dialog(coach);
    private final Position fresh = coach.navigator().fresh();
    private final Position midSidebend = new Position(Status.IN_PROGRESS, new Step("quadruped-sidebend", Side.LEFT, 2),
            Map.of("half-pancake", Level.EASIER), HoldTime.DEFAULT);

    @Test
    void a_new_user_hears_what_this_is_how_long_it_takes_one_safety_line_the_control_words_and_ready_to_start() {
        Turn welcome = dialog.open(dialog.begin(fresh, Visit.firstEver()));
        String text = text(welcome);
        assertThat(text).contains("six gentle stretches", "about thirty-five minutes", "not medical advice",
                "next", "repeat", "easier", "pause", "stop").endsWith("Ready to start?");
        assertThat(welcome.state().question()).isEqualTo(Question.START);
        assertThat(welcome.endsSession()).isFalse();
        assertThat(text(dialog.handle(welcome.state(), new Ask.Yes()))).contains("Stretch one of six: the prone extension.");
    }

    @Test
    void the_length_said_at_launch_follows_the_planned_routine_at_the_users_hold_time() {
        int at30 = dialog.minutes(30);
        int at60 = dialog.minutes(60);
        assertThat(at30).isEqualTo((int) Math.round(coach.plannedLength(30).toSeconds() / 300.0) * 5);
        assertThat(at60).isGreaterThan(at30);
    }

    @Test
    void a_returning_user_mid_routine_hears_where_they_were_and_yes_resumes_that_set_with_their_version() {
        Turn offer = dialog.open(dialog.begin(midSidebend, new Visit(false, false, false)));
        assertThat(text(offer)).contains("stretch three of six, the quadruped sidebend", "Left side, set two of three", "start over");
        assertThat(offer.state().question()).isEqualTo(Question.RESUME);
        Turn resumed = dialog.handle(offer.state(), new Ask.Yes());
        assertThat(resumed.coached()).hasValueSatisfying(t -> assertThat(t.step()).isEqualTo(midSidebend.step()));
        assertThat(text(resumed)).startsWith("Picking up where you left off.");
    }

    @Test
    void no_to_resuming_offers_a_fresh_start_and_no_again_says_goodbye_keeping_the_place() {
        Turn offer = dialog.open(dialog.begin(midSidebend, new Visit(false, false, false)));
        Turn instead = dialog.handle(offer.state(), new Ask.No());
        assertThat(instead.state().question()).isEqualTo(Question.START_OVER_INSTEAD);
        Turn yes = dialog.handle(instead.state(), new Ask.Yes());
        assertThat(yes.state().coach().position().step()).isEqualTo(coach.navigator().steps().get(0));
        assertThat(yes.state().coach().position().levelOf("half-pancake")).isEqualTo(Level.EASIER);
        Turn no = dialog.handle(instead.state(), new Ask.No());
        assertThat(no.endsSession()).isTrue();
        assertThat(no.state().coach().position()).isEqualTo(midSidebend);
        assertThat(text(no)).contains("Your place is saved");
    }

    @Test
    void after_a_day_away_the_default_is_a_fresh_start_but_no_or_resume_picks_up_the_old_place() {
        Turn offer = dialog.open(dialog.begin(midSidebend, new Visit(false, false, true)));
        assertThat(text(offer)).contains("start fresh", "resume");
        assertThat(offer.state().question()).isEqualTo(Question.START_FRESH);
        assertThat(dialog.handle(offer.state(), new Ask.Yes()).state().coach().position().step().stretchId()).isEqualTo("prone-extension");
        assertThat(dialog.handle(offer.state(), new Ask.No()).coached()).hasValueSatisfying(t -> assertThat(t.step()).isEqualTo(midSidebend.step()));
        assertThat(dialog.handle(offer.state(), new Ask.Do(new Command.Resume())).coached())
                .hasValueSatisfying(t -> assertThat(t.step()).isEqualTo(midSidebend.step()));
    }

    @Test
    void a_user_who_finished_today_is_offered_another_round() {
        Position done = new Position(Status.FINISHED, coach.navigator().steps().get(coach.navigator().steps().size() - 1), Map.of(), 30);
        Turn offer = dialog.open(dialog.begin(done, new Visit(false, true, false)));
        assertThat(text(offer)).contains("already done your stretches today").endsWith("another round?");
        assertThat(dialog.handle(offer.state(), new Ask.Yes()).state().coach().position().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(dialog.handle(offer.state(), new Ask.No()).endsSession()).isTrue();
    }

    @Test
    void ready_answers_an_open_start_question_and_otherwise_moves_on() {
        Turn welcome = dialog.open(dialog.begin(fresh, Visit.firstEver()));
        Turn first = dialog.handle(welcome.state(), new Ask.Next());
        assertThat(first.coached()).hasValueSatisfying(t -> assertThat(t.step().set()).isEqualTo(1));
        assertThat(first.state().question()).isEqualTo(Question.CONTINUE);
        Turn second = dialog.handle(first.state(), new Ask.Next());
        // The first set waits for "ready" once its setup is said; the reps follow.
        assertThat(second.coached()).hasValueSatisfying(t -> assertThat(List.of(t.step().set(), t.part())).containsExactly(1, 2));
        Turn yes = dialog.handle(first.state(), new Ask.Yes());
        assertThat(yes.coached()).isEqualTo(second.coached());
    }

    @Test
    void no_after_a_set_is_not_a_goodbye_but_leaves_time() {
        Turn first = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Start());
        Turn no = dialog.handle(first.state(), new Ask.No());
        assertThat(no.endsSession()).isFalse();
        assertThat(text(no)).contains("No rush");
        assertThat(no.state().coach().position()).isEqualTo(first.state().coach().position());
    }

    @Test
    void pain_mid_set_stops_advises_and_offers_a_gentler_version_then_skipping() {
        Turn set = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Start());
        Turn pain = dialog.handle(set.state(), new Ask.Pain());
        assertThat(text(pain)).startsWith("Stop there").contains("comfortable", "doctor").endsWith("gentler version of the prone extension?");
        assertThat(pain.state().question()).isEqualTo(Question.TRY_EASIER);
        Turn easier = dialog.handle(pain.state(), new Ask.Yes());
        assertThat(easier.state().coach().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        assertThat(text(easier)).startsWith("Okay, the easier version.");
        Turn skip = dialog.handle(pain.state(), new Ask.No());
        assertThat(skip.state().question()).isEqualTo(Question.SKIP_STRETCH);
        assertThat(dialog.handle(skip.state(), new Ask.Yes()).state().coach().position().step().stretchId()).isEqualTo("wag-tail");
        Turn stay = dialog.handle(skip.state(), new Ask.No());
        assertThat(stay.endsSession()).isFalse();
        assertThat(stay.state().coach().position().step().stretchId()).isEqualTo("prone-extension");
    }

    @Test
    void pain_on_the_easiest_version_goes_straight_to_offering_a_skip() {
        Turn set = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Start());
        Turn easier = dialog.handle(set.state(), new Ask.Do(new Command.Easier(Optional.empty())));
        Turn pain = dialog.handle(easier.state(), new Ask.Pain());
        assertThat(pain.state().question()).isEqualTo(Question.SKIP_STRETCH);
        assertThat(text(pain)).endsWith("skip the prone extension?");
    }

    @Test
    void pause_mid_routine_closes_the_session_says_how_to_come_back_and_marks_the_turn_paused() {
        Turn set = dialog.handle(dialog.begin(midSidebend, new Visit(false, false, false)), new Ask.Do(new Command.Resume()));
        Turn pause = dialog.handle(set.state(), new Ask.Pause());
        assertThat(pause.paused()).isTrue();
        assertThat(pause.endsSession()).isTrue();
        assertThat(text(pause)).contains("quadruped sidebend", "Alexa, ask back stretches to resume");
        assertThat(pause.state().coach().position()).isEqualTo(set.state().coach().position());
    }

    @Test
    void pause_with_nothing_under_way_keeps_the_session_open() {
        Turn pause = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Pause());
        assertThat(pause.paused()).isFalse();
        assertThat(pause.endsSession()).isFalse();
        assertThat(pause.state().question()).isEqualTo(Question.START);
    }

    @Test
    void start_as_the_first_words_of_a_session_offers_the_saved_place_but_later_it_restarts() {
        DialogState opening = dialog.begin(midSidebend, new Visit(false, false, false));
        Turn offer = dialog.handle(opening, new Ask.Start());
        assertThat(offer.state().question()).isEqualTo(Question.RESUME);
        assertThat(offer.coached()).isEmpty();
        Turn restart = dialog.handle(offer.state(), new Ask.Start());
        assertThat(restart.coached()).hasValueSatisfying(t -> assertThat(t.step().stretchId()).isEqualTo("prone-extension"));
    }

    @Test
    void help_explains_what_to_say_and_asks_a_question_that_yes_answers() {
        Turn help = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Help());
        assertThat(text(help)).contains("next", "repeat", "easier", "pause", "stop", "where am I").endsWith("Would you like to start?");
        assertThat(help.endsSession()).isFalse();
        assertThat(dialog.handle(help.state(), new Ask.Yes()).coached()).isPresent();
    }

    @Test
    void a_yes_or_no_that_answers_nothing_is_met_with_a_way_forward() {
        DialogState nothingAsked = dialog.begin(fresh, Visit.firstEver());
        for (Ask answer : List.<Ask>of(new Ask.Yes(), new Ask.No())) {
            Turn turn = dialog.handle(nothingAsked, answer);
            assertThat(text(turn)).contains("not sure what that was a yes or no to", "Say start");
            assertThat(turn.endsSession()).isFalse();
        }
    }

    @Test
    void fallback_keeps_the_last_question_so_a_following_yes_still_answers_it() {
        Turn offer = dialog.open(dialog.begin(midSidebend, new Visit(false, false, false)));
        Turn fallback = dialog.handle(offer.state(), new Ask.Fallback());
        assertThat(text(fallback)).startsWith("Sorry, I didn't catch that.");
        assertThat(fallback.state().question()).isEqualTo(Question.RESUME);
    }

    @Test
    void describe_explains_the_current_stretch_on_the_current_side_at_the_users_version() {
        Position pancakeRight = new Position(Status.IN_PROGRESS, new Step("half-pancake", Side.RIGHT, 1), Map.of("half-pancake", Level.EASIER), 30);
        Turn describe = dialog.handle(dialog.begin(pancakeRight, new Visit(false, false, false)), new Ask.Describe(Optional.empty()));
        var version = routine.stretch("half-pancake").version(Level.EASIER);
        assertThat(text(describe)).startsWith("Here's the easier version of the half pancake.")
                .doesNotContain("{side}").contains(version.setup().get(0).replace("{side}", "right").substring(1));
        Turn named = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Describe(Optional.of("the pancake")));
        assertThat(text(named)).startsWith("Here's the half pancake.").doesNotContain("{side}");
        Turn unknown = dialog.handle(dialog.begin(fresh, Visit.firstEver()), new Ask.Describe(Optional.of("cobra")));
        assertThat(text(unknown)).contains("I don't know that stretch", "half pancake");
    }

    @Test
    void stop_ends_the_session_and_keeps_the_position() {
        Turn set = dialog.handle(dialog.begin(midSidebend, new Visit(false, false, false)), new Ask.Do(new Command.Resume()));
        Turn stop = dialog.handle(set.state(), new Ask.Stop());
        assertThat(stop.endsSession()).isTrue();
        assertThat(stop.state().coach().position()).isEqualTo(set.state().coach().position());
        assertThat(stop.paused()).isFalse();
    }

    @Test
    void requests_missing_a_detail_say_what_is_needed_without_moving() {
        DialogState state = dialog.begin(midSidebend, new Visit(false, false, false));
        Turn which = dialog.handle(state, new Ask.MissingStretch());
        assertThat(text(which)).contains("The stretches are", "go to the prone extension");
        Turn hold = dialog.handle(state, new Ask.MissingHoldTime());
        assertThat(text(hold)).contains("thirty to sixty seconds");
        assertThat(which.state().coach().position()).isEqualTo(midSidebend);
        assertThat(hold.state().coach().position()).isEqualTo(midSidebend);
    }

    @Test
    void every_reply_from_every_question_renders_to_valid_ssml_and_asks_only_with_a_reprompt() {
        SsmlRenderer renderer = new SsmlRenderer();
        List<Ask> asks = List.of(new Ask.Start(), new Ask.Next(), new Ask.Yes(), new Ask.No(), new Ask.Pause(), new Ask.Repeat(),
                new Ask.Help(), new Ask.Pain(), new Ask.Describe(Optional.empty()), new Ask.Stop(), new Ask.Fallback(),
                new Ask.MissingStretch(), new Ask.MissingHoldTime(), new Ask.Do(new Command.WhereAmI()));
        for (Position p : List.of(fresh, midSidebend, coach.navigator().apply(fresh, new Command.SkipStretch()).position())) {
            for (Question q : Question.values()) {
                DialogState state = new DialogState(dialog.begin(p, new Visit(false, false, false)).coach(), q, new Visit(false, false, false), true);
                for (Ask ask : asks) {
                    Turn turn = dialog.handle(state, ask);
                    SsmlCheck.assertValidSpeech(renderer.render(turn.spoken().speech()));
                    if (!turn.endsSession()) {
                        SsmlCheck.assertValidSpeech(renderer.render(turn.spoken().reprompt()));
                        assertThat(turn.spoken().reprompt().text()).as("reprompt for %s after %s", ask, q).isNotBlank();
                    } else {
                        assertThat(turn.state().question()).isEqualTo(Question.NONE);
                    }
                }
            }
        }
    }

    private static String text(Turn turn) {
        return turn.spoken().speech().text();
    }
}
