package com.backstretches.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the DynamoDB calls a client really sends, at the HTTP level: one per request transmitted,
 * retries and conflict re-reads included, named by operation (GetItem, UpdateItem, DeleteItem).
 */
public final class DynamoDbCalls implements ExecutionInterceptor {

    private final List<String> sent = new ArrayList<>();

    @Override
    public synchronized void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    /** Every call sent so far, in order; then forgets them. */
    public synchronized List<String> drain() {
        List<String> calls = List.copyOf(sent);
        sent.clear();
        return calls;
    }

    public static Map<String, Integer> byOperation(List<String> calls) {
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }
}
