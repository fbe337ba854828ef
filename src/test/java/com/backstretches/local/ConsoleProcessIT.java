package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.store.dynamodb.LocalDynamoDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run command itself, ./console, as its own process with piped input, after the build
 * (failsafe). BACK_STRETCHES_NO_BUILD makes the script fail rather than call Maven from inside
 * Maven, so this also checks that a finished build leaves the console ready to start at once.
 */
class ConsoleProcessIT {

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void piped_lines_get_one_plain_block_each_and_progress_is_kept_in_the_data_folder_between_runs(@TempDir Path data)
            throws Exception {
        Run first = console("open back stretches\nyes\nready\nmake it easier\npause\n", "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("\u001b[").doesNotContain("you>");
        List<String> blocks = blocks(first.out());
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(0)).startsWith("> open back stretches\nalexa> Welcome to Back Stretches").contains("(listening)");
        assertThat(blocks.get(1)).contains("Stretch one of six: the prone extension", "Say ready when you're in position");
        assertThat(blocks.get(2)).contains("Ten times, with me", "[pause 10s]");
        assertThat(blocks.get(3)).contains("Okay, the easier version");
        assertThat(blocks.get(4)).contains("Paused at stretch one of six", "(session ended)");

        Run second = console("ask back stretches to resume\nquit\n", "--data", data.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(blocks(second.out()).get(0)).contains("Picking up where you left off", "Using your easier version");
        assertThat(blocks(second.out()).get(1)).contains("(you quit the console)", "(session ended)");
    }

    @Test
    void ssml_shows_the_raw_response_and_in_memory_forgets_everything_on_exit() throws Exception {
        Run first = console("start my back stretches\npause\n", "--in-memory", "--ssml", "--user", "someone-else");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ssml: <speak>Let&apos;s begin.", "Paused at stretch one of six");

        Run second = console("open back stretches\n", "--in-memory", "--user", "someone-else");
        assertThat(second.out()).contains("Welcome to Back Stretches").doesNotContain("Welcome back");
    }

    @Test
    void mistakes_get_a_clear_message_and_an_exit_code(@TempDir Path dir) throws Exception {
        Run unknown = console("", "--loud");
        assertThat(unknown.exitCode()).isEqualTo(Console.USAGE);
        assertThat(unknown.err()).contains("unknown option --loud");
        assertThat(unknown.out()).isEmpty();

        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run unreadable = console("", "--data", file.toString());
        assertThat(unreadable.exitCode()).isEqualTo(Console.FAILED);
        assertThat(unreadable.err()).contains(file.toString(), "--in-memory");

        Run unreachable = console("", "--endpoint", "http://127.0.0.1:" + LocalDynamoDb.closedPort());
        assertThat(unreachable.exitCode()).isEqualTo(Console.FAILED);
        assertThat(unreachable.err()).contains("cannot reach DynamoDB at http://127.0.0.1:");
    }

    /** Longer than any run here takes; a console that has not exited by then is hung, and fails the test. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A thread per stream (the common pool may have only one on a small machine, and one stream can wait on the other). */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "console-output");
        t.setDaemon(true);
        return t;
    });

    private static Run console(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "./console"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BACK_STRETCHES_NO_BUILD", "1");
        Process process = pb.start();
        // Both streams drained beside the wait, so neither a full pipe nor a console that never ends can block the test.
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // It stopped reading (it exited early): its exit code and stderr say why.
        }
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("./console " + String.join(" ", args) + " did not exit within " + PATIENCE.toSeconds() + " s");
        }
        try {
            return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the console's output could not be read", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, READERS);
    }

    private static List<String> blocks(String out) {
        return List.of(out.strip().split("\n\n"));
    }
}
