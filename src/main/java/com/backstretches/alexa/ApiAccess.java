package com.backstretches.alexa;

/**
 * Where and how to call Alexa's APIs for one request: {@code context.System.apiEndpoint} and
 * {@code context.System.apiAccessToken} from the envelope. The token is a credential, so it is left
 * out of {@link #toString()}.
 */
public record ApiAccess(String endpoint, String token) {

    public ApiAccess {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("the API endpoint is missing");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the API access token is missing");
        }
        endpoint = endpoint.strip();
        // Paths are appended as "/v1/...", so one trailing slash would make "//v1/...".
        while (endpoint.endsWith("/")) {
            endpoint = endpoint.substring(0, endpoint.length() - 1);
        }
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("the API endpoint is missing");
        }
    }

    @Override
    public String toString() {
        return "ApiAccess[endpoint=" + endpoint + ", token=<redacted>]";
    }
}
