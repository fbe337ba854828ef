package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.ScreenDevice;
import com.backstretches.local.Turn;
import com.backstretches.screen.AplSuggester;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document and datasource the skill sends, as a walk through the routine and its side roads
 * produces them, checked by Amazon's own validator (apl-suggester, run under Node): no findings.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class ScreenDocumentsValidTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_screen_of_a_whole_routine_and_its_side_roads_passes_apl_suggester(@TempDir Path dir) throws IOException {
        AplSuggester.assumeAvailableOrFailOnCi();
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient show = ScreensTestDevices.on(skill, ScreenDevice.ECHO_SHOW_8);
        int written = 0;
        for (String line : List.of("open back stretches", "help", "yes", "where am i", "ready", "easier", "harder",
                "it hurts", "no", "repeat", "pause", "ask back stretches to resume", "how am i doing")) {
            written += write(dir, written, show.say(line));
        }
        Turn turn = show.say("next");
        for (int i = 0; turn.sessionOpen() && i < 60; i++) {
            written += write(dir, written, turn);
            turn = show.say("next");
        }
        written += write(dir, written, turn);
        written += write(dir, written, show.say("open back stretches"));
        written += write(dir, written, show.say("stop"));
        for (ScreenDevice device : ScreenDevice.values()) {
            AlexaClient other = ScreensTestDevices.on(new SkillOnLocalDynamoDb(DB.client(), TABLE), device);
            other.say("open back stretches");
            written += write(dir, written, other.say("yes"));
        }
        assertThat(written).isGreaterThan(40);

        Map<String, List<String>> findings = AplSuggester.findings(dir);
        assertThat(findings).as("files validated").hasSize(written);
        findings.forEach((file, found) -> assertThat(found).as("apl-suggester on %s", file).isEmpty());
    }

    private static int write(Path dir, int index, Turn turn) throws IOException {
        if (turn.screen().isEmpty()) {
            return 0;
        }
        ObjectNode directive = JSON.createObjectNode();
        directive.set("document", turn.screen().get().path("document"));
        directive.set("datasources", turn.screen().get().path("datasources"));
        Files.writeString(dir.resolve("screen-%03d.json".formatted(index)), JSON.writeValueAsString(directive));
        return 1;
    }
}
