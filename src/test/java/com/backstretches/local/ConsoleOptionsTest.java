package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.local.ConsoleOptions.Endpoint;
import com.backstretches.local.ConsoleOptions.InMemory;
import com.backstretches.local.ConsoleOptions.OnDisk;
import com.backstretches.local.ConsoleOptions.UsageException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleOptionsTest {

    @Test
    void no_arguments_keep_data_in_dot_local_data_with_the_local_table_as_the_console_user() throws Exception {
        ConsoleOptions options = ConsoleOptions.parse();
        assertThat(options.storage()).isEqualTo(new OnDisk(Path.of(".local-data")));
        assertThat(options.table()).isEqualTo("back-stretches-local");
        assertThat(options.user()).isEqualTo("console");
        assertThat(options.realTime()).isFalse();
        assertThat(options.speak()).isFalse();
        assertThat(options.ssml()).isFalse();
        assertThat(options.verbose()).isFalse();
        assertThat(options.help()).isFalse();
    }

    @Test
    void data_in_memory_and_endpoint_each_choose_the_storage() throws Exception {
        assertThat(ConsoleOptions.parse("--data", "/tmp/stretch data").storage()).isEqualTo(new OnDisk(Path.of("/tmp/stretch data")));
        assertThat(ConsoleOptions.parse("--in-memory").storage()).isEqualTo(new InMemory());
        assertThat(ConsoleOptions.parse("--endpoint", "http://localhost:8000").storage())
                .isEqualTo(new Endpoint(URI.create("http://localhost:8000")));
        assertThat(ConsoleOptions.parse("--endpoint", "https://dynamodb.eu-west-1.amazonaws.com").storage())
                .isEqualTo(new Endpoint(URI.create("https://dynamodb.eu-west-1.amazonaws.com")));
    }

    @Test
    void table_and_user_take_their_values() throws Exception {
        ConsoleOptions options = ConsoleOptions.parse("--table", "my.profiles_2", "--user", "someone-else");
        assertThat(options.table()).isEqualTo("my.profiles_2");
        assertThat(options.user()).isEqualTo("someone-else");
    }

    @Test
    void each_switch_turns_on_only_itself() throws Exception {
        assertThat(ConsoleOptions.parse("--real-time")).isEqualTo(withSwitches(true, false, false, false, false));
        assertThat(ConsoleOptions.parse("--speak")).isEqualTo(withSwitches(false, true, false, false, false));
        assertThat(ConsoleOptions.parse("--ssml")).isEqualTo(withSwitches(false, false, true, false, false));
        assertThat(ConsoleOptions.parse("--verbose")).isEqualTo(withSwitches(false, false, false, true, false));
        assertThat(ConsoleOptions.parse("--help")).isEqualTo(withSwitches(false, false, false, false, true));
        assertThat(ConsoleOptions.parse("-h")).isEqualTo(withSwitches(false, false, false, false, true));
        assertThat(ConsoleOptions.parse("--screen").screen()).isTrue();
        assertThat(ConsoleOptions.parse().screen()).isFalse();
    }

    @Test
    void options_combine_in_any_order() throws Exception {
        ConsoleOptions options = ConsoleOptions.parse("--ssml", "--user", "ann", "--in-memory", "--real-time", "--table", "abc");
        assertThat(options).isEqualTo(new ConsoleOptions(new InMemory(), "abc", "ann", true, false, true, false, false, false));
    }

    @Test
    void an_unknown_option_is_named_with_a_pointer_to_help() {
        assertThatThrownBy(() -> ConsoleOptions.parse("--in-memory", "--loud")).isInstanceOf(UsageException.class)
                .hasMessage("unknown option --loud (--help lists the options)");
        assertThatThrownBy(() -> ConsoleOptions.parse("console")).hasMessage("unknown option console (--help lists the options)");
    }

    @Test
    void an_option_at_the_end_or_followed_by_another_option_needs_a_value() {
        assertThatThrownBy(() -> ConsoleOptions.parse("--table")).isInstanceOf(UsageException.class)
                .hasMessage("--table needs a value");
        assertThatThrownBy(() -> ConsoleOptions.parse("--data", "--in-memory")).hasMessage("--data needs a value");
        assertThatThrownBy(() -> ConsoleOptions.parse("--user", "--ssml")).hasMessage("--user needs a value");
        assertThatThrownBy(() -> ConsoleOptions.parse("--endpoint")).hasMessage("--endpoint needs a value");
    }

    @Test
    void two_storage_choices_are_refused_even_the_same_one_twice() {
        String message = "choose one of --data, --in-memory and --endpoint";
        assertThatThrownBy(() -> ConsoleOptions.parse("--data", "d", "--in-memory")).isInstanceOf(UsageException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> ConsoleOptions.parse("--in-memory", "--endpoint", "http://localhost:8000")).hasMessage(message);
        assertThatThrownBy(() -> ConsoleOptions.parse("--data", "a", "--data", "b")).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8000", "ftp://localhost:8000", "http:///tables", "file:/tmp/db"})
    void an_endpoint_that_is_not_an_http_url_with_a_host_is_refused_with_an_example(String endpoint) {
        assertThatThrownBy(() -> ConsoleOptions.parse("--endpoint", endpoint)).isInstanceOf(UsageException.class)
                .hasMessage("--endpoint needs an http or https URL, such as http://localhost:8000; got " + endpoint);
    }

    @Test
    void an_endpoint_that_is_not_a_url_at_all_is_refused_with_an_example() {
        assertThatThrownBy(() -> ConsoleOptions.parse("--endpoint", "http://local host:8000")).isInstanceOf(UsageException.class)
                .hasMessage("--endpoint needs a URL, such as http://localhost:8000; got http://local host:8000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "my table", "profiles/2", "tablé"})
    void a_table_name_dynamodb_would_refuse_is_refused_with_the_rule(String name) {
        assertThatThrownBy(() -> ConsoleOptions.parse("--table", name)).isInstanceOf(UsageException.class)
                .hasMessage("--table: a DynamoDB table name is 3 to 255 letters, digits, '_', '-' or '.'; got " + name);
    }

    @Test
    void a_table_name_of_255_characters_is_accepted_and_256_is_not() throws Exception {
        assertThat(ConsoleOptions.parse("--table", "t".repeat(255)).table()).hasSize(255);
        assertThatThrownBy(() -> ConsoleOptions.parse("--table", "t".repeat(256))).hasMessageStartingWith("--table: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "me@home", "ünïcode"})
    void a_user_id_outside_the_allowed_characters_is_refused_with_the_rule(String user) {
        assertThatThrownBy(() -> ConsoleOptions.parse("--user", user)).isInstanceOf(UsageException.class)
                .hasMessage("--user: use up to 64 letters, digits, '_', '-' or '.'; got " + user);
    }

    @Test
    void an_empty_value_is_a_missing_value() {
        assertThatThrownBy(() -> ConsoleOptions.parse("--user", "")).hasMessage("--user needs a value");
        assertThatThrownBy(() -> ConsoleOptions.parse("--data", " ")).hasMessage("--data needs a value");
    }

    @Test
    void a_user_id_of_64_characters_is_accepted_and_65_is_not() throws Exception {
        assertThat(ConsoleOptions.parse("--user", "u".repeat(64)).user()).hasSize(64);
        assertThatThrownBy(() -> ConsoleOptions.parse("--user", "u".repeat(65))).hasMessageStartingWith("--user: ");
    }

    @Test
    void the_usage_text_lists_every_option_the_parser_accepts() {
        assertThat(ConsoleOptions.USAGE).contains("--data DIR", "--in-memory", "--endpoint URL", "--table NAME", "--user ID",
                "--real-time", "--speak", "--ssml", "--verbose", "--help", "--screen", "--locale LOCALE");
    }

    // --- --locale: any locale the skill package has a model for --------------------------------------------

    /** A models folder like the skill package's, with these locales. */
    private static Path modelsFor(Path folder, String... locales) throws Exception {
        for (String locale : locales) {
            Files.writeString(folder.resolve(locale + ".json"), "{}");
        }
        return folder;
    }

    @Test
    void without_locale_the_console_talks_en_us() throws Exception {
        assertThat(ConsoleOptions.parse().locale()).isEqualTo("en-US");
        assertThat(ConsoleOptions.parse("--in-memory").locale()).isEqualTo(ConsoleOptions.DEFAULT_LOCALE);
        assertThat(new ConsoleOptions(new InMemory(), "abc", "ann", false, false, false, false, false, false).locale())
                .isEqualTo("en-US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "es-ES", "es-US", "es-MX", "en-GB", "en-US"})
    void locale_takes_any_locale_with_a_model(String locale, @TempDir Path folder) throws Exception {
        Path models = modelsFor(folder, "de-DE", "en-GB", "en-US", "es-ES", "es-MX", "es-US");
        ConsoleOptions options = ConsoleOptions.parse(models, "--in-memory", "--locale", locale, "--user", "ann");
        assertThat(options.locale()).isEqualTo(locale);
        assertThat(options.storage()).isEqualTo(new InMemory());
        assertThat(options.user()).isEqualTo("ann");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-de", "DE-DE", "de_DE"})
    void a_locale_in_other_case_or_with_an_underscore_is_the_models_locale(String given, @TempDir Path folder) throws Exception {
        assertThat(ConsoleOptions.parse(modelsFor(folder, "de-DE", "en-US"), "--locale", given).locale()).isEqualTo("de-DE");
    }

    @Test
    void a_locale_without_a_model_is_a_usage_error_naming_the_locales_there_are(@TempDir Path folder) throws Exception {
        Path models = modelsFor(folder, "en-US", "de-DE", "es-MX");
        assertThatThrownBy(() -> ConsoleOptions.parse(models, "--locale", "fr-FR")).isInstanceOf(UsageException.class)
                .hasMessage("--locale: there is no interaction model for fr-FR in " + models + "; the locales are de-DE, en-US, es-MX");
        assertThatThrownBy(() -> ConsoleOptions.parse(models, "--locale", "german")).isInstanceOf(UsageException.class)
                .hasMessageContaining("no interaction model for german").hasMessageEndingWith("de-DE, en-US, es-MX");
        assertThatThrownBy(() -> ConsoleOptions.parse(models, "--locale")).hasMessage("--locale needs a value");
        assertThatThrownBy(() -> ConsoleOptions.parse(models, "--locale", "--in-memory")).hasMessage("--locale needs a value");
    }

    @Test
    void a_locale_with_a_model_in_a_language_the_console_cannot_hear_is_a_usage_error(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> ConsoleOptions.parse(modelsFor(folder, "en-US", "fr-FR"), "--locale", "fr-FR"))
                .isInstanceOf(UsageException.class).hasMessageContaining("English, German and Spanish");
    }

    @Test
    void a_locale_outside_the_repository_folder_says_where_to_run_the_console(@TempDir Path folder) {
        assertThatThrownBy(() -> ConsoleOptions.parse(folder.resolve("missing"), "--locale", "de-DE"))
                .isInstanceOf(UsageException.class).hasMessageContaining("run the console from the repository's root folder");
    }

    @Test
    void the_skill_packages_own_models_are_the_ones_locale_takes() throws Exception {
        for (String locale : InteractionModel.locales(InteractionModel.FOLDER)) {
            assertThat(ConsoleOptions.parse("--locale", locale).locale()).isEqualTo(locale);
        }
        assertThatThrownBy(() -> ConsoleOptions.parse("--locale", "xx-XX"))
                .hasMessageContaining(String.join(", ", InteractionModel.locales(InteractionModel.FOLDER)));
    }

    private static ConsoleOptions withSwitches(boolean realTime, boolean speak, boolean ssml, boolean verbose, boolean help) {
        return new ConsoleOptions(new OnDisk(ConsoleOptions.DEFAULT_DATA), ConsoleOptions.DEFAULT_TABLE,
                ConsoleOptions.DEFAULT_USER, realTime, speak, ssml, verbose, help, false);
    }
}
