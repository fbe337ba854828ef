package bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start, in a fresh JVM: what Lambda does on a new container. Loads the handler class by
 * name, calls its no-arg constructor, and sends it one request envelope. Uses nothing but the JDK, so
 * the skill under test decides every class that loads. The parent times the whole process from spawn
 * to the {@code first-response} line; the in-process times here split that up.
 *
 * <p>Arguments: handler class, envelope file, user id to put in place of {@code BENCH_USER}, and
 * optionally {@code prime}: run the handler's SnapStart priming before the request, which stands in
 * for a container restored from a snapshot taken after priming.
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String handlerClass = args[0];
        byte[] body = Files.readString(Path.of(args[1])).replace("BENCH_USER", args[2]).getBytes(StandardCharsets.UTF_8);
        boolean prime = args.length > 3 && args[3].equals("prime");

        Class<?> type = Class.forName(handlerClass);
        Object handler = type.getConstructor().newInstance();
        long constructed = System.nanoTime();
        if (prime) {
            Class.forName("com.backstretches.lambda.SnapStartPriming").getMethod("prime").invoke(null);
        }
        long primed = System.nanoTime();

        Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context");
        Method handle = type.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handle.invoke(handler, new ByteArrayInputStream(body), out, context(contextType));
        long answered = System.nanoTime();

        String response = out.toString(StandardCharsets.UTF_8);
        if (!response.contains("\"outputSpeech\"")) {
            System.out.println("failed " + response);
            System.exit(1);
        }
        System.out.printf("first-response construct=%.1f prime=%.1f request=%.1f%n",
                millis(start, constructed), millis(constructed, primed), millis(primed, answered));
        System.out.flush();
        // Read after the answer, so the management classes this loads are not counted in it.
        long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.println("rss-peak-kb=" + peakRssKb() + " classes=" + classes);
        System.exit(0);
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }

    /** The Lambda context: a request id and the time left; the skill needs nothing else from it. */
    private static Object context(Class<?> contextType) {
        return Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getAwsRequestId" -> "bench-cold-start";
                    case "getRemainingTimeInMillis" -> 7000;
                    case "getMemoryLimitInMB" -> 1024;
                    case "getFunctionName" -> "back-stretches-bench";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "bench context";
                    default -> null;
                });
    }

    /** The process's peak resident memory (VmHWM), or -1 where /proc is not there. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // Not Linux: no peak to report.
        }
        return -1;
    }
}
