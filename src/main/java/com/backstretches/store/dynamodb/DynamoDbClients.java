package com.backstretches.store.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client, once per container. Every call is bounded so the skill always answers
 * inside the function's 7 seconds: one attempt at most 1 s, the whole call with its retries at most
 * 2 s. Retries follow the SDK's standard mode (3 attempts, backoff with half jitter, throttling
 * included) rather than DynamoDB's legacy default of 9 attempts, so a database that refuses
 * connections fails in well under a second instead of spending the whole 2 s.
 */
public final class DynamoDbClients {

    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_DYNAMODB";
    static final int ATTEMPTS = 3;

    /**
     * The standard mode's rules (which errors to retry, a token bucket that stops retrying in a long
     * outage) with backoffs sized for someone waiting on an answer: the SDK's own throttling backoff
     * starts at a second, so two throttles in a row would outlast the 2 s call.
     */
    private static final RetryStrategy RETRIES = AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(ATTEMPTS)
            .backoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(25), Duration.ofMillis(250)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(100), Duration.ofMillis(500)))
            .build();

    private DynamoDbClients() {
    }

    /**
     * As deployed: the region from {@code AWS_REGION}, the endpoint from {@code AWS_ENDPOINT_URL_DYNAMODB}
     * when set (DynamoDB Local), credentials from where Lambda puts them. Both are named rather than
     * left to the SDK's provider chains, which look in more places (system properties, profile files)
     * and load more classes before the first answer. DynamoDB Local accepts any credentials, so with a
     * local endpoint and none in the environment, placeholder ones are used.
     */
    public static DynamoDbClient fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static DynamoDbClient fromEnvironment(Map<String, String> env) {
        Optional<URI> endpoint = value(env, ENDPOINT_VARIABLE).map(URI::create);
        DynamoDbClientBuilder builder = bounded(DynamoDbClient.builder()).credentialsProvider(credentials(env, endpoint.isPresent()));
        // Without AWS_REGION (never so in Lambda) the SDK's own chain looks further, as before.
        value(env, "AWS_REGION").map(Region::of).ifPresent(builder::region);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * Lambda sets the function's keys in the environment; with SnapStart it serves them from a
     * container endpoint instead, so that a restored snapshot never uses keys that have expired.
     */
    static AwsCredentialsProvider credentials(Map<String, String> env, boolean local) {
        if (value(env, "AWS_ACCESS_KEY_ID").isPresent() && value(env, "AWS_SECRET_ACCESS_KEY").isPresent()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        if (local) {
            return placeholderCredentials();
        }
        if (value(env, "AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent() || value(env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").isPresent()) {
            return ContainerCredentialsProvider.builder().build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** For tests and the local console: an explicit endpoint and region. */
    public static DynamoDbClient local(URI endpoint, Region region) {
        return local(endpoint, region, List.of());
    }

    /** The same, with SDK interceptors that watch each call (tests and the benchmark count calls and capacity). */
    public static DynamoDbClient local(URI endpoint, Region region, List<ExecutionInterceptor> watchers) {
        return bounded(DynamoDbClient.builder()).endpointOverride(endpoint).region(region)
                .credentialsProvider(placeholderCredentials())
                .overrideConfiguration(config -> {
                    limits(config);
                    watchers.forEach(config::addExecutionInterceptor);
                }).build();
    }

    /** The local console pointed at real AWS: an explicit endpoint, the usual credential chain. */
    public static DynamoDbClient remote(URI endpoint, Region region) {
        return bounded(DynamoDbClient.builder()).endpointOverride(endpoint).region(region)
                .credentialsProvider(DefaultCredentialsProvider.builder().build()).build();
    }

    /**
     * A client that answers from memory ({@link OfflineHttpClient}), configured like the deployed one
     * otherwise, for priming: it loads and runs the same SDK code without touching the network.
     */
    public static DynamoDbClient offline(OfflineHttpClient http, Region region) {
        return DynamoDbClient.builder().httpClient(http).region(region).credentialsProvider(placeholderCredentials())
                .overrideConfiguration(DynamoDbClients::limits).build();
    }

    private static DynamoDbClientBuilder bounded(DynamoDbClientBuilder builder) {
        return builder
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(500))
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .overrideConfiguration(DynamoDbClients::limits);
    }

    private static void limits(ClientOverrideConfiguration.Builder config) {
        config.apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT).retryStrategy(RETRIES)
                .addExecutionInterceptor(new BodyWithHeaders());
    }

    private static AwsCredentialsProvider placeholderCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }
}
