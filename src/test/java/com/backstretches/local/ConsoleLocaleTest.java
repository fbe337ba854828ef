package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./console --locale ...}: the console talks to the skill in another locale. */
class ConsoleLocaleTest {

    @TempDir
    Path data;

    private record Run(int code, String out, String err) {
    }

    private Run run(String input, boolean terminal, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "--data";
        args[1] = data.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Console.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_locale_without_a_model_is_a_usage_error_that_lists_the_locales() {
        Run run = run("", false, "--locale", "xx-XX");
        assertThat(run.code()).isEqualTo(Console.USAGE);
        assertThat(run.err()).startsWith("console: --locale: there is no interaction model for xx-XX")
                .contains(String.join(", ", InteractionModel.locales(InteractionModel.FOLDER)));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_help_text_describes_locale() {
        Run run = run("", false, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--locale LOCALE", "de-DE", "es-MX");
    }

    @Test
    void at_a_terminal_the_console_names_its_locale_and_how_to_open_the_skill_in_it() {
        Run run = run("", true, "--locale", "en-GB");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Back Stretches, local console.", "locale en-GB", "\"open back stretches\"");
    }

    @Test
    void the_skills_name_in_a_locale_comes_from_its_manifest() {
        assertThat(Console.skillName(Console.MANIFEST, "en-US")).isEqualTo("Back Stretches");
        assertThat(Console.skillName(Console.MANIFEST, "xx-XX")).isEqualTo("Back Stretches");
        assertThat(Console.skillName(data.resolve("missing.json"), "de-DE")).isEqualTo("Back Stretches");
    }

    /** Runs once the skill package has the German and Spanish models. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de-DE | öffne sanfte rückendehnung",
        "es-ES | abre estiramientos de espalda",
        "es-MX | abre estiramientos de espalda",
        "es-US | abre estiramientos de espalda",
    })
    void in_german_or_spanish_the_console_opens_the_skill_in_that_language(String locale, String open) {
        assumeTrue(Files.exists(InteractionModel.file(InteractionModel.FOLDER, locale)), "no model for " + locale + " yet");
        Run run = run(open + "\n", true, "--locale", locale);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("locale " + locale, "\"" + open + "\"")
                .contains(Console.skillName(Console.MANIFEST, locale) + ", local console.")
                .doesNotContain("the skill did not answer");
    }
}
