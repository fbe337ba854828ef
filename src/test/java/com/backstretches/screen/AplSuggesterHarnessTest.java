package com.backstretches.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The APL validation harness (apl-suggester through src/test/node/apl-check.js) passes a document that
 * uses what our screens use and fails the mistakes it must catch. One run validates all the documents.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES) // the first run installs apl-suggester with npm
class AplSuggesterHarnessTest {

    private static final String SEND_NEXT = """
            { "type": "SendEvent", "arguments": ["next", "${payload.hold.title}"] }""";
    private static final String TOUCH_WRAPPER = "/mainTemplate/items/0/items/2";

    @TempDir
    static Path documents;
    private static Map<String, List<String>> findings;

    @BeforeAll
    static void validate_every_document() throws IOException {
        if (!AplSuggester.available()) {
            return; // each test then skips, or fails on CI
        }
        write("valid.json", renderDocument("2024.2", SEND_NEXT, ""));
        write("unknown-component.json", renderDocument("2024.2", SEND_NEXT, """
                , { "type": "StretchCard", "title": "Cat-cow" }"""));
        write("numeric-argument.json", renderDocument("2024.2", """
                { "type": "SendEvent", "arguments": ["next", 3] }""", ""));
        write("misspelled-property.json", renderDocument("2024.2", """
                { "type": "SendEvent", "argument": ["next"] }""", ""));
        write("unknown-command.json", renderDocument("2024.2", """
                { "type": "SendEvents", "arguments": ["next"] }""", ""));
        write("newer-version.json", renderDocument("2024.3", SEND_NEXT, ""));
        findings = AplSuggester.findings(documents);
    }

    @BeforeEach
    void node_and_npm_are_there() {
        AplSuggester.assumeAvailableOrFailOnCi();
    }

    @Test
    void a_document_using_what_our_screens_use_has_no_findings() {
        assertThat(findings).containsEntry("valid.json", List.of());
    }

    @Test
    void every_file_gets_an_entry() {
        assertThat(findings).containsOnlyKeys("valid.json", "unknown-component.json", "numeric-argument.json",
                "misspelled-property.json", "unknown-command.json", "newer-version.json");
    }

    @Test
    void an_unknown_component_type_is_a_finding() {
        assertThat(findings.get("unknown-component.json")).singleElement().asString()
                .startsWith("/mainTemplate/items/0/items/3/type: ")
                .contains("unknown component type 'StretchCard'");
    }

    @Test
    void a_numeric_send_event_argument_is_a_finding() {
        assertThat(findings.get("numeric-argument.json"))
                .containsExactly(TOUCH_WRAPPER + "/onPress/0/arguments/1: should be string");
    }

    @Test
    void a_misspelled_command_property_in_on_press_is_a_finding() {
        assertThat(findings.get("misspelled-property.json"))
                .containsExactly(TOUCH_WRAPPER + "/onPress/0: should NOT have additional properties : argument");
    }

    @Test
    void an_unknown_command_type_in_on_press_is_a_finding() {
        assertThat(findings.get("unknown-command.json")).singleElement().asString()
                .startsWith(TOUCH_WRAPPER + "/onPress/0/type: ")
                .contains("unknown command type 'SendEvents'");
    }

    @Test
    void a_document_version_newer_than_the_validator_knows_is_a_finding() {
        assertThat(findings.get("newer-version.json")).singleElement().asString()
                .startsWith("/version: should be equal to one of the allowed values")
                .endsWith(",2024.1,2024.2");
    }

    private static void write(String name, String body) throws IOException {
        Files.writeString(documents.resolve(name), body);
    }

    /**
     * A hold screen: a countdown kept in a bind variable and lowered by handleTick with SetValue, a
     * VectorGraphic drawing an AVG graphic defined in the document, inside a TouchWrapper whose onPress
     * is {@code onPress}; {@code moreItems} joins the container's children.
     */
    private static String renderDocument(String version, String onPress, String moreItems) {
        return """
                {
                  "document": {
                    "type": "APL",
                    "version": "%s",
                    "settings": { "idleTimeout": 120000 },
                    "graphics": {
                      "check": {
                        "type": "AVG", "version": "1.2", "width": 24, "height": 24,
                        "items": [ { "type": "path", "pathData": "M2,12 L9,19 L22,5", "stroke": "#FFFFFF", "strokeWidth": 2 } ]
                      }
                    },
                    "mainTemplate": {
                      "parameters": ["payload"],
                      "items": [ {
                        "type": "Container",
                        "width": "100vw", "height": "100vh",
                        "bind": [ { "name": "secondsLeft", "value": "${payload.hold.seconds}", "type": "number" } ],
                        "handleTick": [ {
                          "minimumDelay": 1000,
                          "when": "${secondsLeft > 0}",
                          "commands": [ { "type": "SetValue", "property": "secondsLeft", "value": "${secondsLeft - 1}" } ]
                        } ],
                        "items": [
                          { "type": "Text", "text": "${payload.hold.title}", "fontSize": "40dp" },
                          { "type": "Text", "text": "${secondsLeft}" },
                          {
                            "type": "TouchWrapper",
                            "onPress": [ %s ],
                            "item": { "type": "VectorGraphic", "source": "check", "width": 48, "height": 48 }
                          }
                          %s
                        ]
                      } ]
                    }
                  },
                  "datasources": { "payload": { "hold": { "title": "Prone extension", "seconds": 30 } } }
                }
                """.formatted(version, onPress, moreItems);
    }
}
