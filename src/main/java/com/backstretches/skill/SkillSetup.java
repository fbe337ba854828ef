package com.backstretches.skill;

import com.backstretches.alexa.AlexaApi;
import com.backstretches.alexa.NoAlexaApi;
import com.backstretches.routine.Routine;
import com.backstretches.speech.Words;
import com.backstretches.store.ProfileStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the skill is built from: where profiles live, the time, the routine and the words of one
 * language, the one skill id it answers (if checked), and Alexa's own APIs (time zone, reminders).
 */
public record SkillSetup(ProfileStore store, Clock clock, Routine routine, Words words, Optional<String> skillId, AlexaApi alexa) {

    /** In English. */
    public SkillSetup(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId, AlexaApi alexa) {
        this(store, clock, routine, Words.english(), skillId, alexa);
    }

    /** In English, without Alexa's APIs: time zones fall back to the stored one or UTC, and reminders cannot be set. */
    public SkillSetup(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {
        this(store, clock, routine, skillId, new NoAlexaApi());
    }

    public SkillSetup {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(alexa, "alexa");
        skillId = skillId.filter(id -> !id.isBlank());
    }
}
