package com.backstretches.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    @Test
    void a_request_leaves_its_length_to_the_connection_and_its_body_stays_signed() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Map<String, String>> received = CompletableFuture.supplyAsync(() -> answerOnce(server));
            Map<String, String> env = Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + server.getLocalPort(), "AWS_REGION", "us-east-1");
            try (DynamoDbClient client = DynamoDbClients.fromEnvironment(env)) {
                client.getItem(get -> get.tableName("profiles").key(Map.of("userId", AttributeValue.fromS("someone"))));
            }
            Map<String, String> request = received.get(5, TimeUnit.SECONDS);
            String body = request.get("body");
            assertThat(body).contains("\"TableName\":\"profiles\"");
            assertThat(request.get("content-length")).as("the connection counts the body").isEqualTo(String.valueOf(body.length()));
            // Had the SDK been given the length, it would have signed it, and streamed the body after the headers.
            assertThat(request.get("authorization")).contains("x-amz-content-sha256").doesNotContain("content-length");
            assertThat(request.get("x-amz-content-sha256")).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Reads one HTTP request (headers by lower-case name, and its body) and answers as DynamoDB does for a missing item. */
    private static Map<String, String> answerOnce(ServerSocket server) {
        try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> request = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    request.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
            char[] body = new char[Integer.parseInt(request.getOrDefault("content-length", "0"))];
            for (int read = 0; read < body.length; ) {
                read += in.read(body, read, body.length - read);
            }
            request.put("body", new String(body));
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return request;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
