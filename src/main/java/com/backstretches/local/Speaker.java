package com.backstretches.local;

import com.backstretches.speech.SpeechTiming;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speaks words aloud through espeak-ng, one piece at a time, waiting until each is said. If espeak-ng
 * cannot play (no sound device, say), the console says so once and goes on silently.
 */
public final class Speaker {

    static final String PROGRAM = "espeak-ng";
    /** The pace the routine's timings assume for Alexa's voice. */
    private static final String WORDS_PER_MINUTE = Integer.toString(SpeechTiming.DEFAULT.wordsPerMinute());

    private final Path program;
    private final PrintStream warnings;
    /** espeak-ng's voice ("de", "es-419"), or empty for its default. */
    private final Optional<String> voice;
    private boolean working = true;

    private Speaker(Path program, PrintStream warnings, Optional<String> voice) {
        this.program = program;
        this.warnings = warnings;
        this.voice = voice;
    }

    /**
     * The same speaker in the voice for {@code locale}: espeak-ng's German voice for de-*, its Spanish
     * for es-ES and its Latin American Spanish for the other es-*; its default (English) otherwise.
     */
    public Speaker forLocale(String locale) {
        Optional<String> v = switch (SpokenLanguage.find(locale).orElse(SpokenLanguage.ENGLISH)) {
            case GERMAN -> Optional.of("de");
            case SPANISH -> Optional.of(locale.equals("es-ES") ? "es" : "es-419");
            case ENGLISH -> Optional.empty();
        };
        return new Speaker(program, warnings, v);
    }

    /** espeak-ng from the PATH, or empty (with a message saying how to get it) when it is not installed. */
    public static Optional<Speaker> find(String path, PrintStream warnings) {
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, PROGRAM);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Speaker(candidate, warnings, Optional.empty()));
                }
            }
        }
        warnings.println("--speak: " + PROGRAM + " is not installed, so responses are shown but not spoken"
                + " (on Debian or Ubuntu: sudo apt-get install espeak-ng)");
        return Optional.empty();
    }

    public void say(String words) throws InterruptedException {
        if (!working) {
            return;
        }
        try {
            // Words on stdin rather than as an argument, so nothing in them is taken for an option.
            List<String> command = new ArrayList<>(List.of(program.toString(), "-s", WORDS_PER_MINUTE));
            voice.ifPresent(v -> command.addAll(List.of("-v", v)));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(words.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // It exited before reading; its own reason is on stderr, read below.
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                stop(errors.isEmpty() ? "exit code " + process.exitValue() : errors.lines().findFirst().orElse(errors));
            }
        } catch (IOException e) {
            stop(e.getMessage());
        }
    }

    private void stop(String why) {
        working = false;
        warnings.println("--speak: " + PROGRAM + " could not play (" + why + "); carrying on without sound");
    }
}
