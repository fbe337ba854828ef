package bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Alexa's settings API on loopback, as the benchmark's envelopes point at it: answers a device's
 * time zone at once, as Alexa does in a few milliseconds, so the skill's first request of a session
 * does what it does deployed (ask, and store the zone) instead of failing on a name lookup.
 */
final class AlexaSettingsStub implements AutoCloseable {

    private final HttpServer server;

    private AlexaSettingsStub(HttpServer server) {
        this.server = server;
    }

    static AlexaSettingsStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean zone = exchange.getRequestURI().getPath().endsWith("/settings/System.timeZone");
            byte[] body = (zone ? "\"Europe/Berlin\"" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(zone ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new AlexaSettingsStub(server);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
