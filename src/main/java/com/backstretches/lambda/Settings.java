package com.backstretches.lambda;

import java.util.Map;
import java.util.Optional;

/**
 * The deployed configuration, from the environment: {@code SKILL_ID}, the one skill whose requests
 * are answered (any other is rejected) when set.
 */
public record Settings(Optional<String> skillId) {

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(value(env, "SKILL_ID"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
