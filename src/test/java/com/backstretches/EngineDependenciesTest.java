package com.backstretches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The routine engine and the conversation stay pure: no Alexa or AWS SDK anywhere in them, and their
 * layers depend one way (routine <- session <- speech <- coach <- dialog <- skill), so each can be
 * tested and changed alone.
 */
class EngineDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/com/backstretches");
    private static final List<String> SDKS = List.of("import com.amazon.", "import software.amazon.", "import com.amazonaws.");

    @Test
    void the_engine_imports_no_alexa_or_aws_sdk() {
        for (String pkg : List.of("routine", "session", "speech", "coach", "dialog", "practice", "alexa", "screen")) {
            assertThat(importsIn(pkg)).as(pkg).noneMatch(line -> SDKS.stream().anyMatch(line::startsWith));
        }
    }

    @Test
    void practice_history_and_the_alexa_api_client_use_nothing_else_of_ours() {
        assertThat(importsIn("practice")).noneMatch(line -> line.startsWith("import com.backstretches."));
        assertThat(importsIn("alexa")).noneMatch(line -> line.startsWith("import com.backstretches.")
                && !line.startsWith("import com.backstretches.alexa."));
        for (String pkg : List.of("routine", "session", "speech", "coach", "dialog", "store")) {
            assertThat(importsIn(pkg)).as(pkg).noneMatch(line -> line.startsWith("import com.backstretches.alexa."));
        }
    }

    @Test
    void routine_content_knows_nothing_of_the_user_or_of_speech() {
        assertThat(importsIn("routine")).noneMatch(line -> line.matches("import com\\.backstretches\\.(session|speech|coach)\\..*"));
    }

    @Test
    void position_logic_knows_nothing_of_speech_or_json() {
        assertThat(importsIn("session")).noneMatch(line -> line.matches("import com\\.backstretches\\.(speech|coach)\\..*"))
                .noneMatch(line -> line.startsWith("import com.fasterxml."));
    }

    @Test
    void speech_does_not_reach_into_the_coach() {
        assertThat(importsIn("speech")).noneMatch(line -> line.matches("import com\\.backstretches\\.(coach|dialog)\\..*"));
    }

    @Test
    void nothing_in_the_engine_knows_the_conversation_the_skill_or_the_store() {
        for (String pkg : List.of("routine", "session", "speech", "coach")) {
            assertThat(importsIn(pkg)).as(pkg).noneMatch(line -> line.matches("import com\\.backstretches\\.(dialog|skill|store|lambda)\\..*"));
        }
        assertThat(importsIn("dialog")).noneMatch(line -> line.matches("import com\\.backstretches\\.(skill|store|lambda)\\..*"));
    }

    @Test
    void nothing_lambda_loads_depends_on_the_local_console_or_dynamodb_local() {
        // DynamoDB Local is a provided dependency: on the console's class path, never in the Lambda jar.
        for (String pkg : List.of("routine", "session", "speech", "coach", "dialog", "practice", "alexa", "skill", "store", "lambda",
                "logging")) {
            assertThat(importsIn(pkg)).as(pkg).noneMatch(line -> line.startsWith("import com.backstretches.local.")
                    || line.startsWith("import software.amazon.dynamodb.") || line.startsWith("import com.almworks.")
                    || line.startsWith("import org.eclipse.jetty."));
        }
    }

    private static List<String> importsIn(String pkg) {
        Path dir = MAIN.resolve(pkg);
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(EngineDependenciesTest::lines)
                    .map(String::strip).filter(l -> l.startsWith("import ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
