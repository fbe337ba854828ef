package com.backstretches.store.dynamodb;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that never opens a socket: every DynamoDB call succeeds with an empty result (no
 * item read, the write accepted). A client built on it runs the SDK's whole request path, from
 * endpoint rules, marshalling and signing to unmarshalling, which is what priming wants to warm.
 */
public final class OfflineHttpClient implements SdkHttpClient {

    private static final byte[] EMPTY_RESULT = "{}".getBytes(StandardCharsets.UTF_8);

    private final List<String> operations = new CopyOnWriteArrayList<>();

    /** The DynamoDB operations answered so far, such as "GetItem", in order. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        // DynamoDB's JSON protocol names the operation in this header, as "DynamoDB_20120810.GetItem".
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("unknown");
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                operations.add(target.substring(target.indexOf('.') + 1));
                SdkHttpResponse response = SdkHttpResponse.builder().statusCode(200)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("x-amzn-RequestId", "offline")
                        .build();
                return HttpExecuteResponse.builder().response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(EMPTY_RESULT))).build();
            }

            @Override
            public void abort() {
                // Nothing in flight to stop.
            }
        };
    }

    @Override
    public String clientName() {
        return "Offline";
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
