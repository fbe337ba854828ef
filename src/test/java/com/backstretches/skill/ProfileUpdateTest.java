package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.coach.Coach;
import com.backstretches.dialog.Ask;
import com.backstretches.dialog.Dialog;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Turn;
import com.backstretches.dialog.Visit;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Command;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.TurnWriter;
import com.backstretches.store.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileUpdateTest {

    private final Dialog dialog = new Dialog(new Coach(RoutineLoader.standard(), new TurnWriter()));
    private final Instant now = Instant.parse("2026-11-23T18:00:00Z");
    private final Position lastSet = new Position(Status.IN_PROGRESS, new Step("a-frame-to-squat", Side.NONE, 1), Map.of(), 30);
    private final Profile stored = new Profile(lastSet, true, now.minusSeconds(3600), List.of(LocalDate.parse("2026-11-20")));

    @Test
    void talking_about_the_routine_costs_no_write() {
        DialogState state = dialog.begin(lastSet, new Visit(false, false, false));
        for (Ask ask : List.<Ask>of(new Ask.Help(), new Ask.Do(new Command.WhereAmI()), new Ask.Fallback(), new Ask.Stop())) {
            assertThat(ProfileUpdate.change(Optional.of(stored), lastSet, dialog.handle(state, ask), now)).as(ask.toString()).isEmpty();
        }
    }

    @Test
    void finishing_records_today_once_and_ends_the_pause() {
        DialogState state = dialog.begin(lastSet, new Visit(false, false, false));
        Turn finish = dialog.handle(state, new Ask.Next());
        Profile after = ProfileUpdate.change(Optional.of(stored), lastSet, finish, now).orElseThrow().applyTo(stored);
        assertThat(after.finishedOn()).containsExactly(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-23"));
        assertThat(after.paused()).isFalse();
        assertThat(after.lastActive()).isEqualTo(now);
    }

    @Test
    void pausing_is_kept_until_the_user_is_coached_again() {
        DialogState state = dialog.begin(lastSet, new Visit(false, false, false));
        Profile notPaused = new Profile(lastSet, false, now, List.of());
        assertThat(ProfileUpdate.change(Optional.of(notPaused), lastSet, dialog.handle(state, new Ask.Pause()), now))
                .hasValueSatisfying(c -> assertThat(c.applyTo(notPaused).paused()).isTrue());
        Turn resumed = dialog.handle(state, new Ask.Do(new Command.Resume()));
        assertThat(ProfileUpdate.change(Optional.of(stored), lastSet, resumed, now))
                .hasValueSatisfying(c -> assertThat(c.applyTo(stored).paused()).isFalse());
    }

    @Test
    void the_finished_days_are_capped_so_the_item_stays_small() {
        List<LocalDate> many = java.util.stream.IntStream.range(0, 70).mapToObj(i -> LocalDate.parse("2026-01-01").plusDays(i)).toList();
        Profile p = new Profile(lastSet, false, now, many);
        assertThat(p.finishedOn()).hasSize(Profile.MAX_FINISHED_DAYS).endsWith(many.get(69)).doesNotContain(many.get(0));
    }
}
