package com.backstretches.skill;

import com.backstretches.routine.Routine;
import com.backstretches.store.ProfileStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** What the skill is built from: where profiles live, the time, the routine, and the one skill id it answers (if checked). */
public record SkillSetup(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {

    public SkillSetup {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(routine, "routine");
        skillId = skillId.filter(id -> !id.isBlank());
    }
}
