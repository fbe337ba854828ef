package com.backstretches.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.speech.Words;
import com.backstretches.testkit.EnglishWords;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message files a language is made of: a language file has exactly the English keys, a
 * regional file only keys that differ, no message is empty, every placeholder is one the skill
 * fills, and the number words are complete. A new language file is checked by being there.
 */
class MessageFilesTest {

    private static final Path SPEECH = Path.of("src/main/resources/speech");
    private static final Path SCREEN = Path.of("src/main/resources/screen");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    static Stream<String> languageFiles() {
        return files(SPEECH, "speech_[a-z]{2}\\.properties");
    }

    static Stream<String> regionalFiles() {
        return files(SPEECH, "speech_[a-z]{2}_[A-Z]{2}\\.properties");
    }

    static Stream<String> numberFiles() {
        return files(SPEECH, "numbers(_[a-z]{2})?\\.properties");
    }

    static Stream<String> screenFiles() {
        return files(SCREEN, "screen_[a-z]{2}\\.properties");
    }

    @Test
    void german_and_spanish_are_there() {
        assertThat(languageFiles()).contains("speech_de.properties", "speech_es.properties");
        assertThat(regionalFiles()).contains("speech_es_MX.properties", "speech_es_US.properties");
        assertThat(screenFiles()).contains("screen_de.properties", "screen_es.properties");
    }

    @ParameterizedTest
    @MethodSource("languageFiles")
    void a_language_file_has_exactly_the_english_keys(String file) {
        assertThat(load(SPEECH.resolve(file)).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(SPEECH.resolve("speech.properties")).stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("regionalFiles")
    void a_regional_file_only_has_keys_of_its_language_and_only_where_the_wording_differs(String file) {
        Properties regional = load(SPEECH.resolve(file));
        Properties language = load(SPEECH.resolve(file.substring(0, "speech_xx".length()) + ".properties"));
        assertThat(regional.stringPropertyNames()).isNotEmpty();
        for (String key : regional.stringPropertyNames()) {
            assertThat(language.getProperty(key)).as("%s in %s", key, file).isNotNull().isNotEqualTo(regional.getProperty(key));
        }
    }

    @ParameterizedTest
    @MethodSource("allSpeechFiles")
    void no_message_is_empty_and_every_placeholder_is_one_the_english_message_has(String file) {
        Properties english = load(SPEECH.resolve("speech.properties"));
        Properties messages = load(SPEECH.resolve(file));
        List<String> problems = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (text.isBlank()) {
                problems.add(key + " is empty");
            }
            Set<String> allowed = placeholders(english.getProperty(key, ""));
            Set<String> used = placeholders(text);
            if (!allowed.containsAll(used)) {
                problems.add(key + " uses " + used + ", the skill fills " + allowed);
            }
            if (text.contains("{") && !text.matches("[^{}]*(\\{[A-Za-z]+(:[mf])?}[^{}]*)*")) {
                problems.add(key + " has a malformed placeholder: " + text);
            }
        }
        assertThat(problems).isEmpty();
    }

    static Stream<String> allSpeechFiles() {
        return Stream.concat(Stream.of("speech.properties"), Stream.concat(languageFiles(), regionalFiles()));
    }

    @ParameterizedTest
    @MethodSource("numberFiles")
    void every_language_has_words_for_every_number_to_ninety_nine_and_the_hundreds(String file) {
        Properties numbers = load(SPEECH.resolve(file));
        List<String> missing = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            if (numbers.getProperty(Integer.toString(n), "").isBlank()) {
                missing.add(Integer.toString(n));
            }
        }
        for (int h = 1; h < 10; h++) {
            if (numbers.getProperty("hundreds." + h, "").isBlank()) {
                missing.add("hundreds." + h);
            }
        }
        if (numbers.getProperty("compose", "").isBlank()) {
            missing.add("compose");
        }
        assertThat(missing).as("missing from %s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("screenFiles")
    void a_screen_file_has_exactly_the_english_keys_and_placeholders(String file) {
        Properties english = load(SCREEN.resolve("screen.properties"));
        Properties screen = load(SCREEN.resolve(file));
        assertThat(screen.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(screen.getProperty(key))).as("%s in %s", key, file).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(screen.getProperty(key)).as("%s in %s", key, file).isNotBlank().doesNotContain("'");
        }
    }

    @ParameterizedTest
    @MethodSource("translatedFiles")
    void no_german_or_spanish_message_holds_one_of_the_skills_english_words(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        Properties messages = load(file);
        for (String key : messages.stringPropertyNames()) {
            List<String> english = EnglishWords.in(PLACEHOLDER.matcher(messages.getProperty(key)).replaceAll(" "));
            if (!english.isEmpty()) {
                problems.add(key + ": " + english);
            }
        }
        assertThat(problems).as("English words in %s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translatedRoutines")
    void no_german_or_spanish_routine_text_holds_one_of_the_skills_english_words(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        collectEnglish(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()), "", problems);
        assertThat(problems).as("English words in %s", file).isEmpty();
    }

    static Stream<Path> translatedFiles() {
        return Stream.of(Stream.concat(languageFiles(), regionalFiles()).map(SPEECH::resolve), screenFiles().map(SCREEN::resolve))
                .flatMap(s -> s);
    }

    static Stream<Path> translatedRoutines() {
        return files(Path.of("src/main/resources/routine"), "back-stretches_[a-z]{2}\\.json").map(f -> Path.of("src/main/resources/routine", f));
    }

    private static void collectEnglish(com.fasterxml.jackson.databind.JsonNode node, String at, List<String> problems) {
        if (node.isTextual() && !at.endsWith("/id") && !at.endsWith("/sides")) {
            List<String> english = EnglishWords.in(node.asText().replace("{side}", " "));
            if (!english.isEmpty()) {
                problems.add(at + ": " + english);
            }
        }
        node.fields().forEachRemaining(e -> collectEnglish(e.getValue(), at + "/" + e.getKey(), problems));
        for (int i = 0; i < node.size() && node.isArray(); i++) {
            collectEnglish(node.get(i), at + "/" + i, problems);
        }
    }

    @Test
    void a_locale_without_files_of_its_own_speaks_english_whatever_the_machine_speaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Words french = Words.of("fr-FR");
            assertThat(french.language()).isEmpty();
            assertThat(french.text("three")).isEqualTo("Three.");
            assertThat(Words.of("").text("three")).isEqualTo("Three.");
            assertThat(Words.of("de-AT").language()).isEqualTo("de");
            assertThat(Words.of("es-MX").locale()).isEqualTo(new Locale("es", "MX"));
            assertThat(Words.of("es-AR").locale()).isEqualTo(new Locale("es"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void the_english_locales_share_one_set_of_words() {
        assertThat(Words.of("en-US")).isSameAs(Words.of("en-GB")).isSameAs(Words.english());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll(":.*", "");
            names.add(name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1));
        }
        return names;
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Stream<String> files(Path dir, String pattern) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(f -> f.getFileName().toString()).filter(n -> n.matches(pattern)).sorted()
                    .collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
