package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.InteractionModel.Slot;
import com.backstretches.local.SpokenSamples.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every interaction model the skill package has (found in the folder, not listed here), in its own
 * language: each sample of each intent, its slots filled with a plausible value, is heard as that
 * intent with those values; and so is each sample with every value of its slots. The test's own
 * German and Spanish models go through the same checks.
 */
class EveryModelSampleTest {

    /** Every model in the skill package, by locale. */
    static Stream<Path> packageModels() {
        return InteractionModel.locales(InteractionModel.FOLDER).stream()
                .map(locale -> InteractionModel.file(InteractionModel.FOLDER, locale));
    }

    /** The skill package's models and this test's own German and Spanish ones. */
    static Stream<Path> allModels() {
        return Stream.concat(packageModels(), Stream.of(UtteranceMatcherGermanTest.GERMAN_MODEL,
                UtteranceMatcherSpanishTest.SPANISH_MODEL));
    }

    @Test
    void the_skill_package_has_models_and_each_is_for_a_locale_in_a_language_the_console_hears() throws IOException {
        List<String> locales = InteractionModel.locales(InteractionModel.FOLDER);
        assertThat(locales).contains("en-US");
        try (Stream<Path> files = Files.list(InteractionModel.FOLDER)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count())
                    .as("every .json in %s is named for a locale", InteractionModel.FOLDER).isEqualTo(locales.size());
        }
        for (String locale : locales) {
            assertThat(SpokenLanguage.find(locale)).as(locale).isPresent();
            assertThat(InteractionModel.load(InteractionModel.file(InteractionModel.FOLDER, locale)).locale()).contains(locale);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allModels")
    void every_sample_of_every_intent_with_plausible_slot_values_is_heard_as_its_own_intent(Path file) {
        InteractionModel model = InteractionModel.load(file);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        SpokenSamples samples = new SpokenSamples(model);
        List<String> wrong = new ArrayList<>();
        for (Phrase phrase : samples.eachSampleOnce()) {
            IntentMatch match = matcher.match(phrase.text());
            if (!match.name().equals(phrase.intent())) {
                wrong.add(describe(phrase, match));
                continue;
            }
            for (var value : phrase.slots().entrySet()) {
                Slot slot = model.intent(phrase.intent()).orElseThrow().slot(value.getKey()).orElseThrow();
                Optional<String> problem = slotProblem(model, matcher, slot, value.getValue(), match.slot(slot.name()));
                problem.ifPresent(p -> wrong.add(describe(phrase, match) + ": " + p));
            }
        }
        assertThat(wrong).as("%s: samples heard as something else", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allModels")
    void every_sample_with_every_value_of_its_slots_and_every_built_in_phrase_is_heard_as_its_own_intent(Path file) {
        InteractionModel model = InteractionModel.load(file);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        List<String> wrong = new ArrayList<>();
        for (Phrase phrase : new SpokenSamples(model).everyPhrase()) {
            IntentMatch match = matcher.match(phrase.text());
            if (!match.name().equals(phrase.intent())) {
                wrong.add(describe(phrase, match));
            }
        }
        assertThat(wrong).as("%s: phrases heard as something else", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allModels")
    void opening_the_skill_by_name_in_the_models_language_is_a_launch_and_asking_it_is_a_one_shot(Path file) {
        InteractionModel model = InteractionModel.load(file);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        String open = matcher.language().openPhrase(model.invocationName());
        assertThat(matcher.match(open).isLaunch()).as(open).isTrue();
        assertThat(matcher.match("Alexa, " + open).isLaunch()).as(open).isTrue();
        String ask = switch (matcher.language()) {
            case GERMAN -> "frag " + model.invocationName() + " ";
            case SPANISH -> "pregunta a " + model.invocationName() + " ";
            case ENGLISH -> "ask " + model.invocationName() + " ";
        };
        List<String> wrong = new ArrayList<>();
        for (Phrase phrase : new SpokenSamples(model).eachSampleOnce()) {
            IntentMatch match = matcher.match(ask + phrase.text());
            if (!match.name().equals(phrase.intent()) && !(phrase.intent().equals(UtteranceMatcher.FALLBACK))) {
                wrong.add(describe(phrase, match));
            }
        }
        assertThat(wrong).as("%s: one-shot requests (\"%s...\") heard as something else", file, ask).isEmpty();
    }

    /** Why a filled slot is not what Alexa would send for the value said, if it is not. */
    private static Optional<String> slotProblem(InteractionModel model, UtteranceMatcher matcher, Slot slot, String said,
            Optional<SlotMatch> heard) {
        if (heard.isEmpty()) {
            return Optional.of("slot " + slot.name() + " left empty");
        }
        SlotMatch got = heard.get();
        String expected = switch (slot.type()) {
            case "AMAZON.NUMBER", "AMAZON.TIME", "AMAZON.DURATION" -> matcher.resolveSlot(
                    model.intents().stream().filter(i -> i.slots().contains(slot)).findFirst().orElseThrow().name(),
                    slot.name(), said).value();
            default -> null;
        };
        if (expected != null) {
            return got.value().equals(expected) ? Optional.empty()
                    : Optional.of("slot " + slot.name() + " is " + got.value() + ", not " + expected);
        }
        if (slot.isBuiltInType()) {
            return Optional.empty();
        }
        String id = model.slotType(slot.type()).orElseThrow().values().get(0).id();
        return got.resolvedId().equals(Optional.of(id)) ? Optional.empty()
                : Optional.of("slot " + slot.name() + " resolved to " + got.resolvedId().orElse("nothing") + ", not " + id);
    }

    private static String describe(Phrase phrase, IntentMatch match) {
        return phrase + " heard as " + match.name() + (match.slots().isEmpty() ? "" : " " + match.slots().values().stream()
                .map(s -> s.name() + "=" + s.value() + s.resolvedId().map(id -> "(" + id + ")").orElse("")).toList());
    }
}
