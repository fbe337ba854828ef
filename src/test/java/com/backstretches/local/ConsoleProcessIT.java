package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.store.dynamodb.LocalDynamoDb;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Run first = console("open back stretches\nyes\nmake it easier\npause\n", "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("\u001b[").doesNotContain("you>");
        List<String> blocks = blocks(first.out());
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0)).startsWith("> open back stretches\nalexa> Welcome to Back Stretches").contains("(listening)");
        assertThat(blocks.get(1)).contains("Stretch one of six: the prone extension", "[pause 10s]");
        assertThat(blocks.get(2)).contains("Okay, the easier version");
        assertThat(blocks.get(3)).contains("Paused at stretch one of six", "(session ended)");

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

    private static Run console(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "./console"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BACK_STRETCHES_NO_BUILD", "1");
        Process process = pb.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        // Read both streams fully before waiting; outputs are small.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the console exits").isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static List<String> blocks(String out) {
        return List.of(out.strip().split("\n\n"));
    }
}
