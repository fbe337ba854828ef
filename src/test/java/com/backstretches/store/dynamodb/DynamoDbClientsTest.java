package com.backstretches.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class DynamoDbClientsTest {

    @Test
    void the_functions_keys_come_from_where_lambda_puts_them() {
        assertThat(DynamoDbClients.credentials(Map.of("AWS_ACCESS_KEY_ID", "A", "AWS_SECRET_ACCESS_KEY", "S"), false))
                .isInstanceOf(EnvironmentVariableCredentialsProvider.class);
        // With SnapStart, Lambda serves them from a container endpoint instead.
        assertThat(DynamoDbClients.credentials(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/creds"), false))
                .isInstanceOf(ContainerCredentialsProvider.class);
        assertThat(DynamoDbClients.credentials(Map.of("AWS_ACCESS_KEY_ID", " ", "AWS_SECRET_ACCESS_KEY", ""), false))
                .as("blank keys are no keys").isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(DynamoDbClients.credentials(Map.of(), false)).as("elsewhere, the SDK's own search").isInstanceOf(DefaultCredentialsProvider.class);
    }

    @Test
    void dynamodb_local_without_keys_gets_placeholder_ones_instead_of_a_search_of_the_instance_metadata() {
        assertThat(DynamoDbClients.credentials(Map.of(), true)).isInstanceOf(StaticCredentialsProvider.class)
                .satisfies(p -> assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("local"));
        assertThat(DynamoDbClients.credentials(Map.of("AWS_ACCESS_KEY_ID", "A", "AWS_SECRET_ACCESS_KEY", "S"), true))
                .as("keys given are used even locally").isInstanceOf(EnvironmentVariableCredentialsProvider.class);
    }
}
