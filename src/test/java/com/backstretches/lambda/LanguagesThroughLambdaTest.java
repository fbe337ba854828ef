package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.ScreenDevice;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.speech.SsmlCheck;
import com.backstretches.speech.Words;
import com.backstretches.store.InMemoryProfileStore;
import com.backstretches.testkit.EnglishWords;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German and Spanish through the Lambda entry point, in real envelopes carrying the locale: the whole
 * routine from launch to the end, and every side road, answered as Alexa accepts, with the holds and
 * pauses of the English routine, and not one of the skill's English words in what is said or shown.
 */
class LanguagesThroughLambdaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger USERS = new AtomicInteger();
    private final BackStretchesHandler handler = new BackStretchesHandler(new InMemoryProfileStore(), CLOCK, RoutineLoader.standard(),
            Optional.of(EnvelopeTest.SKILL_ID));


    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "es-ES", "es-MX", "es-US"})
    void the_whole_routine_plays_from_launch_to_the_end_in_the_language_with_the_english_routines_holds(String locale) {
        Walk walk = walk(locale);
        Walk english = walk("en-US");
        // A slower language may split a set into more turns; the silences, in order, are the same.
        assertThat(walk.breaks).as("every break of the routine, in order, against English's").isEqualTo(english.breaks);
        Turn last = walk.turns.get(walk.turns.size() - 1);
        assertThat(last.shouldEndSession()).contains(true);
        assertThat(last.plainSpeech()).contains(Words.of(locale).text("finished.goodbye"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "es-ES", "es-MX", "es-US"})
    void every_side_road_is_answered_in_the_language(String locale) {
        AlexaClient alexa = client(locale, Optional.empty());
        List<Turn> turns = new ArrayList<>();
        turns.add(alexa.launch());
        turns.add(alexa.send("AMAZON.HelpIntent"));
        turns.add(alexa.send("AMAZON.YesIntent"));
        turns.add(alexa.send("ProgressIntent"));
        turns.add(alexa.send("DescribeIntent"));
        turns.add(alexa.send("EasierIntent"));
        turns.add(alexa.send("ReadyIntent"));
        turns.add(alexa.send("AMAZON.RepeatIntent"));
        turns.add(alexa.send("HarderIntent"));
        turns.add(alexa.send("AMAZON.StartOverIntent"));
        turns.add(alexa.send("PainIntent"));
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("HoldTimeIntent", Map.of("seconds", "45")));
        turns.add(alexa.send("HoldTimeIntent", Map.of("seconds", "500")));
        turns.add(alexa.send("HoldTimeIntent"));
        turns.add(alexa.send("HistoryIntent"));
        turns.add(alexa.send("QuickRoutineIntent"));
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("TimeBudgetIntent", Map.of("minutes", "10")));
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("TimeBudgetIntent", Map.of("minutes", "1")));
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("ReminderIntent", Map.of("time", "07:05")));
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("ReminderIntent"));
        turns.add(alexa.send("AMAZON.FallbackIntent"));
        turns.add(alexa.send("GoToStretchIntent"));
        turns.add(alexa.send("AMAZON.PreviousIntent"));
        turns.add(alexa.send("SkipIntent"));
        turns.add(alexa.send("AMAZON.PauseIntent"));
        alexa.newSession();
        turns.add(alexa.launch());
        turns.add(alexa.send("AMAZON.NoIntent"));
        turns.add(alexa.send("AMAZON.NoIntent"));
        alexa.newSession();
        turns.add(alexa.launch());
        turns.add(alexa.send("AMAZON.YesIntent"));
        turns.add(alexa.send("AMAZON.StopIntent"));
        for (Turn turn : turns) {
            check(turn, locale);
        }
        assertThat(turns.get(turns.size() - 1).shouldEndSession()).contains(true);
    }

    @Test
    void the_english_word_check_catches_english() {
        assertThat(EnglishWords.in("Stretch one of six: the prone extension.")).contains("stretch", "one", "the");
        assertThat(EnglishWords.in("Übung eins von sechs: Bauchlage-Streckung. Ejercicio uno de seis.")).isEmpty();
    }

    /** Launch, yes, then ready or next until the routine ends, on an Echo Show so the screen's words are checked too. */
    private Walk walk(String locale) {
        AlexaClient alexa = client(locale, Optional.of(ScreenDevice.ECHO_SHOW_8));
        Walk walk = new Walk();
        walk.add(alexa.launch(), locale);
        walk.add(alexa.send("AMAZON.YesIntent"), locale);
        for (int i = 0; i < 200 && alexa.sessionOpen(); i++) {
            walk.add(alexa.send(i % 2 == 0 ? "ReadyIntent" : "AMAZON.NextIntent"), locale);
        }
        assertThat(alexa.sessionOpen()).as("the routine ended within 200 turns").isFalse();
        return walk;
    }

    private final class Walk {
        final List<Turn> turns = new ArrayList<>();
        final List<Integer> breaks = new ArrayList<>();

        void add(Turn turn, String locale) {
            if (!locale.startsWith("en")) {
                check(turn, locale);
            }
            turns.add(turn);
            breaks.addAll(SsmlCheck.breaks(turn.speech()));
        }
    }

    private static void check(Turn turn, String locale) {
        ResponseChecks.assertLikeAlexa(turn.raw());
        SsmlCheck.assertValidSpeech(turn.speech());
        turn.reprompt().ifPresent(SsmlCheck::assertValidSpeech);
        assertThat(turn.plainSpeech()).as("%s speech", locale).isNotBlank();
        assertThat(EnglishWords.in(turn.plainSpeech())).as("English words in %s: %s", locale, turn.plainSpeech()).isEmpty();
        turn.plainReprompt().ifPresent(r -> assertThat(EnglishWords.in(r)).as("English words in the %s reprompt: %s", locale, r).isEmpty());
        turn.screenData().ifPresent(data -> {
            List<String> texts = new ArrayList<>();
            collectTexts(data, texts);
            for (String text : texts) {
                assertThat(EnglishWords.in(text)).as("English words on the %s screen: %s", locale, text).isEmpty();
            }
        });
    }

    /** Every string a person can read in the screen's data: not ids, tokens, drawings or colours. */
    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.contains(" ") || s.matches("\\p{Lu}\\p{Ll}+")) {
                out.add(s);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!Set.of("id", "pose", "poses", "token", "type", "graphic", "button", "buttons").contains(e.getKey())) {
                    collectTexts(e.getValue(), out);
                } else if (e.getKey().equals("buttons")) {
                    e.getValue().forEach(b -> collectTexts(b.path("label"), out));
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectTexts(child, out));
        }
    }

    private AlexaClient client(String locale, Optional<ScreenDevice> screen) {
        Envelopes envelopes = new Envelopes(EnvelopeTest.SKILL_ID, "amzn1.ask.account.LANGUAGE-" + USERS.incrementAndGet()).withLocale(locale);
        InteractionModel model = InteractionModel.load(Path.of("skill-package/interactionModels/custom/" + locale + ".json"));
        return new AlexaClient(handler, model, screen.map(envelopes::withScreen).orElse(envelopes));
    }
}
