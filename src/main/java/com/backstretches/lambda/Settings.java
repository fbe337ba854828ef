package com.backstretches.lambda;

import java.util.Map;
import java.util.Optional;

/**
 * The deployed configuration, from the environment: {@code SKILL_ID}, the one skill whose requests
 * are answered (any other is rejected) when set; {@code TABLE_NAME}, the DynamoDB table of profiles
 * (without it, profiles live in memory and last only as long as the container). The region and a
 * local endpoint come from the AWS SDK's own {@code AWS_REGION} and {@code AWS_ENDPOINT_URL_DYNAMODB}.
 */
public record Settings(Optional<String> skillId, Optional<String> tableName) {

    /** The variable names; template.yaml sets both. */
    public static final String SKILL_ID = "SKILL_ID";
    public static final String TABLE_NAME = "TABLE_NAME";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(value(env, SKILL_ID), value(env, TABLE_NAME));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
