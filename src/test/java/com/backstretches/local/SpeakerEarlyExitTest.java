package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerEarlyExitTest {

    @TempDir
    Path dir;

    @Test
    void an_espeak_ng_that_fails_before_reading_its_input_is_still_reported_with_its_own_reason() throws Exception {
        Path script = Files.writeString(dir.resolve("espeak-ng"), "#!/bin/sh\necho 'no audio device' >&2\nexit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (int i = 0; i < 50; i++) {
            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            Speaker.find(dir.toString(), new PrintStream(warnings, true, StandardCharsets.UTF_8)).orElseThrow().say("Hold it.");
            assertThat(warnings.toString(StandardCharsets.UTF_8)).as("try %d", i).contains("could not play (no audio device)");
        }
    }
}
