package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./console with piped input never loads JLine: line editing is for a person at a terminal, and
 * scripts and tests start without it. The JVM's own class-loading log says which classes it loaded.
 */
class ConsolePipedWithoutJLineIT {

    @Test
    void piped_input_is_read_without_loading_any_jline_class(@TempDir Path dir) throws IOException, InterruptedException {
        Path loaded = dir.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "./console", "--in-memory"))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("BACK_STRETCHES_NO_BUILD", "1");
        pb.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + loaded);
        Process process = pb.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("open back stretches\nquit\n".getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("./console --in-memory did not exit within 60 s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Welcome to Back Stretches", "(you quit the console)");

        String classes = Files.readString(loaded);
        assertThat(classes).as("the log names the console's classes").contains("com.backstretches.local.Console ");
        assertThat(classes).doesNotContain("org.jline", "com.backstretches.local.TerminalInput");
    }
}
