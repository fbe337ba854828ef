package com.backstretches.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.skill.BackStretchesSkill;
import com.backstretches.skill.SkillSetup;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.ProfileStore;
import java.time.Clock;
import java.util.Optional;

/**
 * The Lambda entry point. Lambda calls the no-arg constructor once per container; everything is
 * built then, so each request only runs the skill. Tests pass their own collaborators.
 */
public class BackStretchesHandler extends SkillStreamHandler {

    /** Profiles outlive a single handler instance within one container. */
    private static final ProfileStore CONTAINER_STORE = new InMemoryProfileStore();

    public BackStretchesHandler() {
        this(CONTAINER_STORE, Clock.systemUTC(), RoutineLoader.standard(), Settings.fromEnvironment().skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine) {
        this(store, clock, routine, Settings.fromEnvironment().skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {
        super(BackStretchesSkill.build(new SkillSetup(store, clock, routine, skillId)));
    }
}
