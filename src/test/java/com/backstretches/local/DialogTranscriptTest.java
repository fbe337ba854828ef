package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every dialog in src/test/resources/dialogs/ through the console itself, exactly as a person
 * piping those lines into ./console would: DynamoDB Local started by the console with its data in a
 * fresh folder, the skill's interaction model matching each line, real envelopes into the Lambda
 * entry point. The file format is described in dialogs/README.md.
 */
class DialogTranscriptTest {

    private static final Path DIALOGS = Path.of("src/test/resources/dialogs");

    @TestFactory
    Stream<DynamicTest> every_dialog_file_plays_through_the_console_as_written() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIALOGS)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("dialog files in " + DIALOGS).hasSizeGreaterThanOrEqualTo(5);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> play(Transcript.read(f))));
    }

    private static void play(Transcript transcript) throws IOException {
        Path data = Files.createTempDirectory("dialog-data");
        for (int r = 0; r < transcript.runs().size(); r++) {
            List<Exchange> run = transcript.runs().get(r);
            String output = runConsole(data, run, transcript.locale());
            List<String> blocks = blocks(output);
            assertThat(blocks).as("%s, run %d: one block per line of input; the console printed:%n%s",
                    transcript.name(), r + 1, output).hasSize(run.size());
            for (int i = 0; i < run.size(); i++) {
                Exchange exchange = run.get(i);
                String block = blocks.get(i);
                String where = transcript.name() + ", run " + (r + 1) + ", line " + exchange.lineNumber() + " (> " + exchange.said() + ")";
                assertThat(block).as(where + ": the echo").startsWith(("> " + exchange.said()).strip());
                for (String expected : exchange.expected()) {
                    assertThat(normalize(block)).as(where + ": the response contains \"" + expected + "\"; it was:%n" + block)
                            .contains(normalize(expected));
                }
                for (String unexpected : exchange.unexpected()) {
                    assertThat(normalize(block)).as(where + ": the response does not contain \"" + unexpected + "\"; it was:%n" + block)
                            .doesNotContain(normalize(unexpected));
                }
            }
        }
    }

    private static String runConsole(Path data, List<Exchange> run, String locale) {
        StringBuilder input = new StringBuilder();
        run.forEach(e -> input.append(e.said()).append('\n'));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Console.run(new String[] {"--data", data.toString(), "--user", "transcript", "--locale", locale},
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stderr:%n%s", err.toString(StandardCharsets.UTF_8)).isZero();
        return output;
    }

    /** Each block starts with the echoed line ("> ...") and ends at the empty line after it. */
    private static List<String> blocks(String output) {
        List<String> blocks = new ArrayList<>();
        for (String block : output.split("\n\n")) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    record Exchange(int lineNumber, String said, List<String> expected, List<String> unexpected) {
    }

    /** A dialog file: runs of the console, separated by "=== new run", each a list of exchanges, in one locale (en-US unless a "# locale: de-DE" line says). */
    record Transcript(String name, String locale, List<List<Exchange>> runs) {

        static Transcript read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<List<Exchange>> runs = new ArrayList<>();
            List<Exchange> run = new ArrayList<>();
            String locale = "en-US";
            String said = null;
            int saidAt = 0;
            List<String> expected = new ArrayList<>();
            List<String> unexpected = new ArrayList<>();
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1).strip();
                if (line.startsWith("# locale:")) {
                    locale = line.substring("# locale:".length()).strip();
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith(">") || line.startsWith("===")) {
                    if (said != null) {
                        run.add(new Exchange(saidAt, said, expected, unexpected));
                    }
                    said = null;
                    expected = new ArrayList<>();
                    unexpected = new ArrayList<>();
                }
                if (line.startsWith(">")) {
                    said = line.substring(1).strip();
                    saidAt = n;
                } else if (line.startsWith("===")) {
                    if (!line.equals("=== new run") || run.isEmpty()) {
                        throw new IllegalArgumentException(file + ":" + n + ": only \"=== new run\", after some lines");
                    }
                    runs.add(run);
                    run = new ArrayList<>();
                } else if (said == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": an expectation before any \"> line\"");
                } else if (line.startsWith("!")) {
                    unexpected.add(line.substring(1).strip());
                } else {
                    expected.add(line);
                }
            }
            if (said != null) {
                run.add(new Exchange(saidAt, said, expected, unexpected));
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            return new Transcript(file.getFileName().toString(), locale, runs);
        }
    }
}
