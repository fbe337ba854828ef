package com.backstretches.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.skill.BackStretchesSkill;
import com.backstretches.skill.SkillSetup;
import com.backstretches.store.ProfileStore;
import java.time.Clock;
import java.util.Optional;

/**
 * The Lambda entry point. Lambda calls the no-arg constructor once per container; the routine and the
 * skill are built then, and the DynamoDB client beside them ({@link Container}), so each request only
 * runs the skill. Tests pass their own collaborators.
 */
public class BackStretchesHandler extends SkillStreamHandler {

    public BackStretchesHandler() {
        this(Container.store(), Clock.systemUTC(), RoutineLoader.standard(), Container.SETTINGS.skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine) {
        this(store, clock, routine, Settings.fromEnvironment().skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {
        super(BackStretchesSkill.build(new SkillSetup(store, clock, routine, skillId)));
    }
}
