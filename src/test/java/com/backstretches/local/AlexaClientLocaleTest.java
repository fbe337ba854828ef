package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.ConsoleSession.Closed;
import com.backstretches.local.ConsoleSession.ConsentAnswer;
import com.backstretches.local.ConsoleSession.Nothing;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An {@link AlexaClient} (and the console session on it) for a German or Spanish device. */
class AlexaClientLocaleTest {

    private static final String SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    private final AlexaClientTest.EchoSkill skill = new AlexaClientTest.EchoSkill();
    private final AlexaClient german = new AlexaClient(skill, UtteranceMatcherGermanTest.GERMAN_MODEL, SKILL,
            "amzn1.ask.account.GERMAN", "de-DE");
    private final AlexaClient spanish = new AlexaClient(skill, UtteranceMatcherSpanishTest.SPANISH_MODEL, SKILL,
            "amzn1.ask.account.SPANISH", "es-MX");

    @Test
    void every_request_from_a_german_client_carries_de_de_and_is_heard_in_german() {
        german.say("öffne sanfte rückendehnung");
        german.say("halte fünfundvierzig sekunden");
        german.say("beenden");
        assertThat(skill.received).extracting(e -> e.path("request").path("locale").asText())
                .containsExactly("de-DE", "de-DE", "de-DE");
        JsonNode hold = skill.received.get(1).path("request").path("intent");
        assertThat(hold.path("name").asText()).isEqualTo("HoldTimeIntent");
        assertThat(hold.path("slots").path("seconds").path("value").asText()).isEqualTo("45");
        assertThat(german.language()).isEqualTo(SpokenLanguage.GERMAN);
        assertThat(german.envelopes().locale()).isEqualTo("de-DE");
    }

    @Test
    void beenden_in_german_and_salir_in_spanish_close_the_session_as_exit_does() {
        german.say("öffne sanfte rückendehnung");
        Turn closed = german.say("Alexa, beenden");
        assertThat(closed.intent()).isEqualTo("SessionEndedRequest");
        assertThat(skill.received.get(1).path("request").path("reason").asText()).isEqualTo("USER_INITIATED");

        spanish.say("abre estiramientos de espalda");
        assertThat(spanish.say("salir").intent()).isEqualTo("SessionEndedRequest");
        assertThat(spanish.isExit("Alexa, salir.")).isTrue();
        assertThat(spanish.isExit("sal de aquí")).isFalse();
    }

    @Test
    void a_german_yes_to_alexas_permission_question_is_accepted_and_a_spanish_no_denied() {
        german.say("öffne sanfte rückendehnung");
        german.say("ja");
        assertThat(german.consentPending()).isPresent();
        Turn accepted = german.say("Ja, gerne!");
        assertThat(accepted.plainSpeech()).contains("Connections.Response ACCEPTED");
        assertThat(german.envelopes().permissions()).containsExactly(Envelopes.REMINDERS_SCOPE);

        spanish.say("abre estiramientos de espalda");
        spanish.say("sí");
        Turn denied = spanish.say("No, gracias.");
        assertThat(denied.plainSpeech()).contains("Connections.Response DENIED");
        assertThat(spanish.envelopes().permissions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GERMAN | ja | ACCEPTED",
        "GERMAN | Ja bitte! | ACCEPTED",
        "GERMAN | einverstanden | ACCEPTED",
        "GERMAN | ich stimme zu | ACCEPTED",
        "GERMAN | Alexa, ja | ACCEPTED",
        "GERMAN | nein | DENIED",
        "GERMAN | nein danke | DENIED",
        "GERMAN | lieber nicht | DENIED",
        "GERMAN | yes | NOT_ANSWERED",
        "GERMAN | vielleicht später | NOT_ANSWERED",
        "SPANISH | sí | ACCEPTED",
        "SPANISH | si | ACCEPTED",
        "SPANISH | ¡Sí, por favor! | ACCEPTED",
        "SPANISH | acepto | ACCEPTED",
        "SPANISH | de acuerdo | ACCEPTED",
        "SPANISH | no | DENIED",
        "SPANISH | no, gracias | DENIED",
        "SPANISH | no lo apruebo | DENIED",
        "SPANISH | tal vez | NOT_ANSWERED",
        "ENGLISH | I approve | ACCEPTED",
        "ENGLISH | ja | NOT_ANSWERED",
    })
    void each_language_has_its_own_yes_and_no_to_alexas_permission_question(SpokenLanguage language, String said, String status) {
        assertThat(AlexaClient.consentAnswer(said, language)).as(said).isEqualTo(status);
    }

    @Test
    void a_client_for_a_models_locale_hears_the_models_language_even_with_default_envelopes() {
        AlexaClient client = new AlexaClient(skill, InteractionModel.load(UtteranceMatcherGermanTest.GERMAN_MODEL),
                new Envelopes(SKILL, "amzn1.ask.account.DEFAULT", "amzn1.ask.device.TEST", Clock.systemUTC()));
        assertThat(client.language()).isEqualTo(SpokenLanguage.GERMAN);
        assertThat(client.envelopes().locale()).as("the constructors without a locale mean en-US").isEqualTo("en-US");
    }

    @Test
    void a_client_for_a_model_without_a_locale_hears_the_envelopes_language() {
        AlexaClient client = new AlexaClient(skill, InteractionModel.load(UtteranceMatcherTest.fixtureModel()),
                new Envelopes(SKILL, "amzn1.ask.account.X", "amzn1.ask.device.TEST", Clock.systemUTC(), "es-US"));
        assertThat(client.language()).isEqualTo(SpokenLanguage.SPANISH);
        AlexaClient english = new AlexaClient(skill, UtteranceMatcherTest.fixtureModel(), SKILL, "amzn1.ask.account.Y");
        assertThat(english.language()).isEqualTo(SpokenLanguage.ENGLISH);
        assertThat(english.envelopes().locale()).isEqualTo("en-US");
    }

    @Test
    void a_client_for_a_locale_of_the_skill_package_loads_that_locales_model() {
        for (String locale : InteractionModel.locales(InteractionModel.FOLDER)) {
            AlexaClient client = AlexaClient.forLocale(skill, locale, SKILL, "amzn1.ask.account.LOCALE");
            client.say(client.language().openPhrase(client.model().invocationName()));
            assertThat(client.lastRequest().path("request").path("type").asText()).as(locale).isEqualTo("LaunchRequest");
            assertThat(client.lastRequest().path("request").path("locale").asText()).as(locale).isEqualTo(locale);
            assertThat(client.model().locale()).contains(locale);
        }
    }

    @Test
    void a_german_console_session_says_how_to_start_in_german_and_takes_beenden_and_ja() {
        ConsoleSession session = new ConsoleSession(german);
        assertThat(session.hear("")).isInstanceOf(Nothing.class)
                .extracting(h -> ((Nothing) h).why()).asString().contains("öffne sanfte rückendehnung");
        session.hear("öffne sanfte rückendehnung");
        assertThat(session.hear("beenden")).isEqualTo(new Closed("you said beenden"));
        session.hear("öffne sanfte rückendehnung");
        session.hear("ja");
        assertThat(session.hear("ja")).isInstanceOf(ConsentAnswer.class)
                .extracting(h -> ((ConsentAnswer) h).payloadStatus()).isEqualTo("ACCEPTED");
        assertThat(skill.received).extracting(e -> e.path("request").path("type").asText()).containsExactly(
                "LaunchRequest", "SessionEndedRequest", "LaunchRequest", "IntentRequest", "Connections.Response");
        assertThat(List.of(new ConsoleSession(spanish).hear(""))).singleElement().isInstanceOf(Nothing.class)
                .extracting(h -> ((Nothing) h).why()).asString().contains("abre estiramientos de espalda");
    }
}
