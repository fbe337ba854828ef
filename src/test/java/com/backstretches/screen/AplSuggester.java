package com.backstretches.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Amazon's APL validator, the npm package apl-suggester, run by src/test/node/apl-check.js over
 * RenderDocument bodies: files {@code { "document": ..., "datasources": ... }} in a directory.
 *
 * <p>Call {@link #assumeAvailableOrFailOnCi()} first. The first {@link #findings} installs the package
 * into target/apl-suggester (about ten seconds with a warm npm cache, up to {@link #INSTALL_TIMEOUT}),
 * which is longer than the suite's default two-minute test timeout allows on a slow network: annotate
 * the calling test class with {@code @Timeout(value = 6, unit = TimeUnit.MINUTES)}.
 */
public final class AplSuggester {

    /** The newest release; it knows APL document versions 1.0 to 2024.2. */
    public static final String VERSION = "2024.2.0";
    /** How long npm may take to install the package. */
    public static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String INSTALL_DIR = "target/apl-suggester";
    private static final Path MODULES = PROJECT.resolve(INSTALL_DIR).resolve("node_modules");
    private static final Path SCRIPT = PROJECT.resolve("src/test/node/apl-check.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Boolean available;

    private AplSuggester() {
    }

    /** Whether node and npm run from the PATH. */
    public static synchronized boolean available() {
        if (available == null) {
            available = runs("node", "--version") && runs("npm", "--version");
        }
        return available;
    }

    /**
     * Skips the calling test when node or npm is missing, except on CI (environment variable CI=true),
     * where it fails it: CI must always validate the APL documents.
     */
    public static void assumeAvailableOrFailOnCi() {
        if (available()) {
            return;
        }
        String missing = "node and npm must be on the PATH to validate APL documents with apl-suggester";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing + " (CI=true: CI always validates; .ci/run installs them)");
        }
        Assumptions.abort(missing + "; skipped because CI is not true");
    }

    /**
     * Validates every *.json file in {@code dir}.
     *
     * @return for each file name (all of them, in name order), its findings as "path: message"; an empty
     *     list when apl-suggester and the harness find nothing
     */
    public static Map<String, List<String>> findings(Path dir) {
        install();
        Result run = run(List.of("node", SCRIPT.toString(), dir.toAbsolutePath().toString()),
                Map.of("NODE_PATH", MODULES.toString()), RUN_TIMEOUT, false);
        if (run.exitCode != 0) {
            throw new IllegalStateException("apl-check.js failed with exit code " + run.exitCode + " on " + dir
                    + ":\n" + run.stderr + run.stdout);
        }
        JsonNode result;
        try {
            result = JSON.readTree(run.stdout);
        } catch (IOException e) {
            throw new IllegalStateException("apl-check.js printed no JSON:\n" + run.stdout + "\n" + run.stderr, e);
        }
        Map<String, List<String>> findings = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> files = result.fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            List<String> messages = new ArrayList<>();
            file.getValue().forEach(f -> messages.add(f.path("path").asText() + ": " + f.path("message").asText()));
            findings.put(file.getKey(), List.copyOf(messages));
        }
        return findings;
    }

    /** Installs apl-suggester {@link #VERSION} unless it is there; one install at a time, across test JVMs too. */
    private static synchronized void install() {
        try {
            Files.createDirectories(PROJECT.resolve(INSTALL_DIR));
            try (FileChannel channel = FileChannel.open(PROJECT.resolve("target/apl-suggester.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock(); // held until the channel closes
                if (VERSION.equals(installedVersion())) {
                    return;
                }
                List<String> command = List.of("npm", "install", "--prefix", INSTALL_DIR, "--no-audit", "--no-fund",
                        "--loglevel=error", "apl-suggester@" + VERSION);
                Result npm = run(command, Map.of(), INSTALL_TIMEOUT, true);
                if (npm.exitCode != 0 || !VERSION.equals(installedVersion())) {
                    throw new IllegalStateException("`" + String.join(" ", command) + "` failed (exit code " + npm.exitCode
                            + ", installed version " + installedVersion() + "):\n" + npm.stdout);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install apl-suggester into " + INSTALL_DIR, e);
        }
    }

    private static String installedVersion() {
        Path packageJson = MODULES.resolve("apl-suggester/package.json");
        try {
            return Files.exists(packageJson) ? JSON.readTree(packageJson.toFile()).path("version").asText(null) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean runs(String... command) {
        try {
            return run(List.of(command), Map.of(), PROBE_TIMEOUT, true).exitCode == 0;
        } catch (IllegalStateException | UncheckedIOException e) {
            return false;
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in the project directory; stderr joins stdout when {@code mergeErrors}. */
    private static Result run(List<String> command, Map<String, String> environment, Duration timeout, boolean mergeErrors) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(mergeErrors);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + " (is it on the PATH?)", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = mergeErrors ? CompletableFuture.completedFuture("")
                    : CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within " + timeout
                        + "; its output:\n" + outputAfterKill(stdout) + outputAfterKill(stderr));
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join());
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } catch (IOException e) {
            kill(process);
            throw new UncheckedIOException(e);
        }
    }

    private static String outputAfterKill(CompletableFuture<String> output) {
        // the pipe closes with the killed process, so what it printed arrives promptly
        return output.completeOnTimeout("(output unavailable)", 5, TimeUnit.SECONDS).join();
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
