package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./console --screen}: the console talks as an Echo Show and leaves a preview of each screen in the data folder. */
class ConsoleScreenTest {

    @Test
    void with_screen_each_answer_leaves_a_preview_of_its_screen_and_says_where() throws Exception {
        String out = run(dataDir, "--screen");
        Path preview = dataDir.resolve(Console.SCREEN_FILE);
        assertThat(out).contains("screen: " + preview.toAbsolutePath().toUri());
        String html = Files.readString(preview);
        assertThat(html).contains("Prone extension", "Set 1 of 3", "Hold 30 s", "<svg", "Next", "Pause");
    }

    @Test
    void without_screen_the_console_is_a_speaker_and_writes_no_preview() throws Exception {
        String out = run(dataDir, "--user", "speaker");
        assertThat(out).doesNotContain("screen:");
        assertThat(dataDir.resolve(Console.SCREEN_FILE)).doesNotExist();
    }

    @TempDir
    Path dataDir;

    private static String run(Path data, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--data";
        args[1] = data.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Console.run(args, new ByteArrayInputStream("open back stretches\nyes\nready\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(code).as("exit code; stderr:%n%s", err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
