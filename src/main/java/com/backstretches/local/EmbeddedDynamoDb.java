package com.backstretches.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local 3.3.1 running in this JVM on a free loopback port, reached over HTTP like any
 * DynamoDB: the console's default store, and the tests' real database engine.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Data in {@code folder} when given (kept between runs), otherwise in memory. */
    public static EmbeddedDynamoDb start(Optional<Path> folder) {
        int port = freePort();
        List<String> args = new ArrayList<>(folder.map(f -> List.of("-dbPath", f.toString())).orElse(List.of("-inMemory")));
        // One database for every access key and region; telemetry off, as this runs offline.
        args.addAll(List.of("-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)));
        // DynamoDB Local prints its configuration on stdout, which is the console's conversation.
        PrintStream stdout = System.out;
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        System.setOut(new PrintStream(banner, true, StandardCharsets.UTF_8));
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new EmbeddedDynamoDb(server, URI.create("http://127.0.0.1:" + port));
        } catch (Exception e) {
            String printed = banner.toString(StandardCharsets.UTF_8).strip();
            throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage()
                    + (printed.isEmpty() ? "" : "\n" + printed), e);
        } finally {
            System.setOut(stdout);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A loopback port nothing listens on, at least for now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping on the way out: nothing more to do with a failure here.
        }
    }
}
