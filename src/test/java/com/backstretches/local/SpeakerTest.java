package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.ConsolePrinter.Style;
import com.backstretches.local.ConsoleSession.Answer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses shell scripts named espeak-ng in place of the real one, so it needs a POSIX shell. */
class SpeakerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream warningBytes = new ByteArrayOutputStream();
    private final PrintStream warnings = new PrintStream(warningBytes, true, StandardCharsets.UTF_8);

    @Test
    void without_espeak_ng_on_the_path_there_is_no_speaker_and_the_hint_says_how_to_install_it() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(empty.resolve("espeak"), "not the one");
        assertThat(Speaker.find(empty + File.pathSeparator + dir.resolve("missing"), warnings)).isEmpty();
        assertThat(warnings()).contains("espeak-ng is not installed", "sudo apt-get install espeak-ng");
    }

    @Test
    void with_no_path_at_all_there_is_no_speaker_and_the_hint_is_printed() {
        assertThat(Speaker.find(null, warnings)).isEmpty();
        assertThat(warnings()).contains("espeak-ng is not installed");
    }

    @Test
    void a_file_named_espeak_ng_that_is_not_executable_is_passed_over() throws IOException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(bin.resolve("espeak-ng"), "#!/bin/sh\nexit 0\n");
        assertThat(Speaker.find(bin.toString(), warnings)).isEmpty();
        assertThat(warnings()).contains("not installed");
    }

    @Test
    void the_words_go_to_espeak_ng_on_stdin_at_the_routines_pace_with_nothing_printed() throws Exception {
        Path heard = dir.resolve("heard.txt");
        Path bin = fakeEspeak("printf '%s|' \"$*\" >> '" + heard + "'\ncat >> '" + heard + "'\necho >> '" + heard + "'\n");
        Speaker speaker = Speaker.find("/nonexistent" + File.pathSeparator + bin, warnings).orElseThrow();
        speaker.say("Hold it.");
        speaker.say("-v whisper; rm -rf");
        assertThat(Files.readAllLines(heard)).containsExactly("-s 160|Hold it.", "-s 160|-v whisper; rm -rf");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void when_espeak_ng_cannot_play_the_console_warns_once_with_its_reason_and_then_stays_silent() throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path bin = fakeEspeak("cat > /dev/null\necho call >> '" + calls + "'\n"
                + "echo 'ALSA lib confmisc.c: cannot find card 0' >&2\necho 'second line' >&2\nexit 1\n");
        Speaker speaker = Speaker.find(bin.toString(), warnings).orElseThrow();

        speaker.say("Hold it.");
        assertThat(warnings()).isEqualTo("--speak: espeak-ng could not play (ALSA lib confmisc.c: cannot find card 0);"
                + " carrying on without sound" + System.lineSeparator());

        speaker.say("Ten to go.");
        speaker.say("Done.");
        assertThat(warnings()).containsOnlyOnce("could not play");
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    @Test
    void a_failure_with_nothing_on_stderr_is_reported_by_its_exit_code() throws Exception {
        Speaker speaker = Speaker.find(fakeEspeak("cat > /dev/null\nexit 3\n").toString(), warnings).orElseThrow();
        speaker.say("Hold it.");
        assertThat(warnings()).contains("could not play (exit code 3)");
    }

    @Test
    void the_printer_speaks_each_piece_of_words_but_not_the_pauses() throws Exception {
        Path heard = dir.resolve("heard.txt");
        Path bin = fakeEspeak("cat >> '" + heard + "'\necho >> '" + heard + "'\n");
        Speaker speaker = Speaker.find(bin.toString(), warnings).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> waited = new ArrayList<>();
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(out, true, StandardCharsets.UTF_8),
                new Style(false, false, false, false), Optional.of(speaker), waited::add);

        String ssml = "<speak>Hold it. <break time=\"10s\"/> Ten to go.</speak>";
        printer.print("x", new Answer(new Turn(JsonNodeFactory.instance.objectNode(), ssml, Optional.empty(),
                Optional.of(true), false, "TestIntent")));

        assertThat(Files.readAllLines(heard)).containsExactly("Hold it.", "Ten to go.");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("alexa> Hold it.", "[pause 10s]", "Ten to go.");
        assertThat(waited).isEmpty();
    }

    private Path fakeEspeak(String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path script = bin.resolve("espeak-ng");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private String warnings() {
        return warningBytes.toString(StandardCharsets.UTF_8);
    }
}
