package com.backstretches.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 proxy on loopback between the DynamoDB client and DynamoDB Local, for tests that need
 * the database to fail the way a real one does: refusing connections, answering slowly, or
 * throttling. It reads each request whole (DynamoDB's are small POSTs with a Content-Length),
 * sends it upstream on a fresh connection, and relays the answer (Content-Length or chunked).
 */
public final class LoopbackProxy implements Closeable {

    private static final String THROTTLED_BODY =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate of requests exceeds the allowed throughput.\"}";

    private final int port;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger toThrottle = new AtomicInteger();
    private final List<String> operations = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();
    private volatile URI upstream;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean down;
    private final ServerSocket server;

    private LoopbackProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = server.getLocalPort();
        Thread accepting = new Thread(this::accept, "proxy-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    public static LoopbackProxy start(URI upstream) {
        try {
            return new LoopbackProxy(upstream);
        } catch (IOException e) {
            throw new IllegalStateException("could not open a loopback port", e);
        }
    }

    /** Where the client should point: the same for the proxy's whole life, across down and up. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Forward everything, at once. */
    public void pass() {
        delay = Duration.ZERO;
        toThrottle.set(0);
        down = false;
    }

    /**
     * The database is unreachable: open connections are cut and new ones reset at once. The port
     * stays the proxy's, so nothing else on this machine can take it in the meantime.
     */
    public void down() {
        down = true;
        clients.forEach(LoopbackProxy::reset);
    }

    /** Forward, but hold each answer back this long: a slow database. */
    public void delay(Duration d) {
        delay = d;
    }

    /** Answer the next {@code n} requests with DynamoDB's throttling error instead of forwarding them. */
    public void throttle(int n) {
        toThrottle.set(n);
    }

    /** Send later requests to another server (a DynamoDB Local restarted on another port). */
    public void retarget(URI newUpstream) {
        upstream = newUpstream;
    }

    public int requests() {
        return requests.get();
    }

    public int throttled() {
        return throttled.get();
    }

    /** The DynamoDB operation of each request received, in order ("GetItem", "UpdateItem", ...). */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    /** When each request had been read whole, by {@link System#nanoTime()}, in the order of {@link #operations()}. */
    public synchronized List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    public synchronized void resetCounters() {
        requests.set(0);
        throttled.set(0);
        operations.clear();
        arrivals.clear();
    }

    @Override
    public void close() {
        down();
        try {
            server.close();
        } catch (IOException e) {
            // Closing is best effort.
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    reset(client);
                    continue;
                }
                clients.add(client);
                Thread serving = new Thread(() -> serve(client), "proxy-client-" + port);
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** One client connection, kept alive across requests as the SDK's connection pool expects. */
    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                Optional<Message> request = Message.read(in, true);
                if (request.isEmpty() || down) {
                    return;
                }
                count(request.get());
                byte[] answer = toThrottle.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? throttledAnswer() : forward(request.get());
                sleep(delay);
                out.write(answer);
                out.flush();
            }
        } catch (IOException e) {
            // The client gave up (a timeout) or the proxy went down: this connection is done.
        } finally {
            clients.remove(client);
        }
    }

    private synchronized void count(Message request) {
        arrivals.add(System.nanoTime());
        requests.incrementAndGet();
        String target = request.header("x-amz-target").orElse("");
        operations.add(target.substring(target.indexOf('.') + 1));
    }

    private byte[] throttledAnswer() {
        throttled.incrementAndGet();
        byte[] body = THROTTLED_BODY.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: proxy-throttled\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    private byte[] forward(Message request) throws IOException {
        URI target = upstream;
        try (Socket up = new Socket(target.getHost(), target.getPort())) {
            up.getOutputStream().write(request.bytes());
            up.getOutputStream().flush();
            return Message.read(new BufferedInputStream(up.getInputStream()), false).orElseThrow(() -> new SocketException("upstream closed")).bytes();
        }
    }

    private static void sleep(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closed with a reset, as a connection to a host that went away ends. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** One HTTP message as it came over the wire: its head, parsed enough to find the body's end, and its bytes. */
    private record Message(List<String> headLines, byte[] bytes) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst();
        }

        /** Empty when the connection closed cleanly before a new message began. */
        static Optional<Message> read(InputStream in, boolean request) throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            List<String> lines = new ArrayList<>();
            String line = readLine(in, raw);
            if (line == null) {
                return Optional.empty();
            }
            for (; line != null && !line.isEmpty(); line = readLine(in, raw)) {
                lines.add(line);
            }
            Message head = new Message(lines, new byte[0]);
            if (head.header("transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
                copyChunked(in, raw);
            } else {
                long length = head.header("content-length").map(Long::parseLong).orElse(0L);
                if (!request && length == 0 && head.header("content-length").isEmpty() && !lines.get(0).contains(" 204 ")) {
                    // No length and not chunked: the body runs to the end of the connection.
                    raw.write(in.readAllBytes());
                } else {
                    raw.write(in.readNBytes((int) length));
                }
            }
            return Optional.of(new Message(lines, raw.toByteArray()));
        }

        private static void copyChunked(InputStream in, ByteArrayOutputStream raw) throws IOException {
            while (true) {
                String size = readLine(in, raw);
                if (size == null) {
                    throw new SocketException("connection closed inside a chunked body");
                }
                int n = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) {
                    for (String trailer = readLine(in, raw); trailer != null && !trailer.isEmpty(); trailer = readLine(in, raw)) {
                        // Trailers are copied as they are.
                    }
                    return;
                }
                raw.write(in.readNBytes(n));
                readLine(in, raw);
            }
        }

        /** A CRLF-ended line, copied into {@code raw} as well; null at the end of the stream. */
        private static String readLine(InputStream in, ByteArrayOutputStream raw) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); ; c = in.read()) {
                if (c < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                raw.write(c);
                if (c == '\n') {
                    int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                    return line.substring(0, end);
                }
                line.append((char) c);
            }
        }
    }
}
