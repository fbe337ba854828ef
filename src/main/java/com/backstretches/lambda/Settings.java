package com.backstretches.lambda;

import java.util.Map;
import java.util.Optional;

/**
 * The deployed configuration, from the environment: {@code SKILL_ID}, the one skill whose requests
 * are answered (any other is rejected); {@code TABLE_NAME}, the DynamoDB table of profiles (required
 * when deployed; locally, without it, profiles live in memory for as long as the process). The region and a local
 * endpoint come from the AWS SDK's own {@code AWS_REGION} and {@code AWS_ENDPOINT_URL_DYNAMODB}.
 * {@code deployed}: running in Lambda, where a missing skill id closes the function rather than
 * opening it to every skill, and a missing table makes it apologise rather than pretend to keep progress.
 */
public record Settings(Optional<String> skillId, Optional<String> tableName, boolean deployed) {

    /** The variable names; template.yaml sets both. */
    public static final String SKILL_ID = "SKILL_ID";
    public static final String TABLE_NAME = "TABLE_NAME";
    /** Set by Lambda itself in every function's environment. */
    static final String LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(value(env, SKILL_ID), value(env, TABLE_NAME), value(env, LAMBDA_FUNCTION_NAME).isPresent());
    }

    /**
     * Why a deployed function cannot serve anyone: without a table every user's progress would live in
     * one container's memory, lost when it goes and different in each. Local runs and tests may keep
     * profiles in memory.
     */
    Optional<String> unusable() {
        return deployed && tableName.isEmpty() ? Optional.of(TABLE_NAME + " is not set, so no one's progress could be kept")
                : Optional.empty();
    }

    SkillGate gate() {
        return new SkillGate(skillId, deployed);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
