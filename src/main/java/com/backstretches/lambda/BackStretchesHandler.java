package com.backstretches.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.backstretches.routine.Routine;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.skill.BackStretchesSkill;
import com.backstretches.skill.SkillSetup;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point. Lambda calls the no-arg constructor once per container; the routine, the
 * DynamoDB client and the skill are built then, so each request only runs the skill. Tests pass
 * their own collaborators.
 */
public class BackStretchesHandler extends SkillStreamHandler {

    public BackStretchesHandler() {
        this(Deployed.STORE, Clock.systemUTC(), RoutineLoader.standard(), Deployed.SETTINGS.skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine) {
        this(store, clock, routine, Settings.fromEnvironment().skillId());
    }

    public BackStretchesHandler(ProfileStore store, Clock clock, Routine routine, Optional<String> skillId) {
        super(BackStretchesSkill.build(new SkillSetup(store, clock, routine, skillId)));
    }

    /** Built on first use, once per container: one client, one store. */
    private static final class Deployed {
        static final Settings SETTINGS = Settings.fromEnvironment();
        static final ProfileStore STORE = store();

        private static ProfileStore store() {
            if (SETTINGS.tableName().isEmpty()) {
                LoggerFactory.getLogger(BackStretchesHandler.class)
                        .warn("TABLE_NAME is not set: profiles are kept in memory and are lost when the container stops");
                return new InMemoryProfileStore();
            }
            return new DynamoDbProfileStore(DynamoDbClients.fromEnvironment(), SETTINGS.tableName().get(),
                    new Navigator(RoutineLoader.standard()).fresh());
        }
    }
}
