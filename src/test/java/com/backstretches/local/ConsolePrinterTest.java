package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.ConsolePrinter.Style;
import com.backstretches.local.ConsoleSession.Answer;
import com.backstretches.local.ConsoleSession.Closed;
import com.backstretches.local.ConsoleSession.ConsentAnswer;
import com.backstretches.local.ConsoleSession.Failure;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.local.ConsoleSession.Nothing;
import com.backstretches.local.ConsoleSession.Reprompt;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ConsolePrinterTest {

    private static final String HOLD = "<speak>Hold it. <break time=\"10s\"/> Ten to go.</speak>";
    private static final String READY = "<speak>Ready?</speak>";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Long> waited = new ArrayList<>();

    @Test
    void a_plain_block_echoes_the_line_shows_pauses_inline_and_the_reprompt_and_has_no_escapes() throws Exception {
        print(new Style(false, true, false, false), "open back stretches", answer(HOLD, Optional.of(READY), true));
        assertThat(output()).isEqualTo("""
                > open back stretches
                alexa> Hold it. [pause 10s] Ten to go.
                       reprompt, after about 8 s of silence: Ready?
                       (listening)

                """);
        assertThat(waited).isEmpty();
    }

    @Test
    void without_echo_the_line_is_not_repeated() throws Exception {
        print(new Style(false, false, false, false), "open back stretches", answer(HOLD, Optional.of(READY), true));
        assertThat(output()).startsWith("alexa> Hold it.").doesNotContain("> open back stretches");
    }

    @Test
    void a_terminal_block_is_coloured_and_a_plain_one_is_not() throws Exception {
        Heard heard = answer(HOLD, Optional.of(READY), true);
        print(new Style(true, false, false, false), "x", heard);
        assertThat(output()).contains("\u001b[36malexa> \u001b[0m", "\u001b[2m(listening)\u001b[0m");

        bytes.reset();
        print(new Style(false, false, true, false), "x", heard);
        assertThat(output()).doesNotContain("\u001b");
    }

    @Test
    void a_turn_that_ends_the_session_says_session_ended_and_shows_no_reprompt() throws Exception {
        print(new Style(false, false, false, false), "stop", answer("<speak>Goodbye.</speak>", Optional.of(READY), false));
        assertThat(output()).isEqualTo("""
                alexa> Goodbye.
                       (session ended)

                """);
    }

    @Test
    void an_open_session_without_a_reprompt_says_session_open_rather_than_listening() throws Exception {
        print(new Style(false, false, false, false), "skip", answer("<speak>Skipped.</speak>", Optional.empty(), true));
        assertThat(output()).contains("(session open)").doesNotContain("(listening)", "reprompt");
    }

    @Test
    void a_turn_with_no_speech_says_the_skill_said_nothing() throws Exception {
        print(new Style(false, false, false, false), "x", answer("", Optional.empty(), false));
        assertThat(output()).isEqualTo("""
                       (the skill said nothing)
                       (session ended)

                """);
    }

    @Test
    void ssml_adds_the_raw_ssml_of_the_speech_and_of_the_reprompt() throws Exception {
        print(new Style(false, false, true, false), "x", answer(HOLD, Optional.of(READY), true));
        assertThat(output()).isEqualTo("""
                alexa> Hold it. [pause 10s] Ten to go.
                       ssml: <speak>Hold it. <break time="10s"/> Ten to go.</speak>
                       reprompt, after about 8 s of silence: Ready?
                       ssml: <speak>Ready?</speak>
                       (listening)

                """);
    }

    @Test
    void without_ssml_no_raw_ssml_is_shown() throws Exception {
        print(new Style(false, false, false, false), "x", answer(HOLD, Optional.of(READY), true));
        assertThat(output()).doesNotContain("ssml:", "<speak>", "<break");
    }

    @Test
    void a_reprompt_is_marked_as_silence_and_spoken_like_any_speech() throws Exception {
        print(new Style(false, true, false, false), "", new Reprompt(READY));
        assertThat(output()).isEqualTo("""
                >\s
                       (silence: Alexa plays the reprompt)
                alexa> Ready?

                """);
    }

    @Test
    void closed_says_why_and_that_the_session_ended() throws Exception {
        print(new Style(false, false, false, false), "exit", new Closed("you said exit"));
        assertThat(output()).isEqualTo("""
                       (you said exit)
                       (session ended)

                """);
    }

    @Test
    void nothing_says_why_and_does_not_claim_a_session_ended() throws Exception {
        print(new Style(false, false, false, false), "", new Nothing("silence, and no session is open"));
        assertThat(output()).isEqualTo("""
                       (silence, and no session is open)

                """);
    }

    @Test
    void a_failure_names_the_cause_and_what_a_device_would_say() throws Exception {
        print(new Style(false, false, false, false), "ready", new Failure("database down"));
        assertThat(output()).contains("(the skill did not answer: database down)",
                "There was a problem with the requested skill's response", "(session ended)");
    }

    @Test
    void real_time_waits_the_words_at_160_a_minute_and_exactly_the_pauses_in_steps_of_at_most_a_second() throws Exception {
        String ssml = "<speak>Hold it. <break time=\"3s\"/> Nearly. <break time=\"800ms\"/> <break time=\"1.5s\"/> Done.</speak>";
        print(new Style(false, false, false, true), "x", answer(ssml, Optional.empty(), false));
        // Two words take 750 ms to say, one word 375 ms.
        assertThat(waited).containsExactly(750L, 1000L, 1000L, 1000L, 375L, 800L, 1000L, 500L, 375L);
        assertThat(waited.stream().mapToLong(Long::longValue).sum()).isEqualTo(5300 + 1500);
    }

    @Test
    void real_time_on_a_pipe_prints_each_piece_on_its_own_line_without_a_countdown() throws Exception {
        print(new Style(false, false, false, true), "x", answer(HOLD, Optional.of(READY), true));
        assertThat(output()).isEqualTo("""
                alexa> Hold it.
                       [pause 10s]
                       Ten to go.
                       reprompt, after about 8 s of silence: Ready?
                       (listening)

                """);
        assertThat(waited).containsExactly(750L, 1000L, 1000L, 1000L, 1000L, 1000L, 1000L, 1000L, 1000L, 1000L, 1000L, 1125L);
    }

    @Test
    void real_time_on_a_terminal_counts_the_seconds_down() throws Exception {
        print(new Style(true, false, false, true), "x", answer("<speak>Hold. <break time=\"2500ms\"/> Go.</speak>", Optional.empty(), false));
        assertThat(output()).contains("[pause 2.5s]", "3s left", "2s left", "1s left").doesNotContain("4s left", "0s left");
        assertThat(waited).containsExactly(375L, 1000L, 1000L, 500L, 375L);
    }

    @Test
    void real_time_waits_the_pauses_of_a_reprompt_too() throws Exception {
        print(new Style(false, false, false, true), "", new Reprompt("<speak>Still there? <break time=\"2s\"/></speak>"));
        assertThat(waited).containsExactly(750L, 1000L, 1000L);
    }

    @Test
    void without_real_time_the_waiter_is_never_asked_to_wait() throws Exception {
        String ssml = "<speak>A. <break time=\"10s\"/> B. <break time=\"30s\"/> C.</speak>";
        print(new Style(true, true, true, false), "x", answer(ssml, Optional.of(ssml), true));
        print(new Style(false, false, false, false), "", new Reprompt(ssml));
        assertThat(waited).isEmpty();
    }

    // ---- Alexa's own words and Alexa's world ----

    private static final String NEEDS_PERMISSION =
            "<speak>To remind you every day at seven a.m., I need your permission to set reminders.</speak>";

    @Test
    void a_turn_asking_for_consent_shows_alexas_own_question_after_the_skills_words_and_listens() throws Exception {
        print(new Style(false, true, false, false), "yes", askingForConsent());
        assertThat(output()).isEqualTo("""
                > yes
                alexa> To remind you every day at seven a.m., I need your permission to set reminders.
                alexa> (Alexa) Do you give Back Stretches permission to update your reminders? You can say I approve or no.
                       (listening)

                """);
    }

    @Test
    void alexas_own_words_are_marked_and_dimmed_on_a_terminal_and_come_after_the_skills_ssml() throws Exception {
        print(new Style(true, false, true, false), "yes", askingForConsent());
        assertThat(output()).contains("\u001b[36malexa> \u001b[0m\u001b[2m(Alexa) \u001b[0mDo you give Back Stretches")
                .doesNotContain("(session ended)");
        assertThat(output().indexOf("ssml: <speak>To remind you")).isLessThan(output().indexOf("(Alexa)"));
    }

    @Test
    void in_real_time_alexas_own_words_take_as_long_to_say_as_any_others() throws Exception {
        print(new Style(false, false, false, true), "yes", askingForConsent());
        assertThat(output()).contains("alexa> (Alexa) Do you give Back Stretches permission");
        // The skill's 15 words, then Alexa's 17.
        assertThat(waited).containsExactly(5625L, 6375L);
    }

    @Test
    void a_question_for_another_permission_names_its_scope() {
        assertThat(ConsolePrinter.consentQuestion(List.of("alexa::profile:email:read")))
                .isEqualTo("Do you give Back Stretches permission to use alexa::profile:email:read? You can say I approve or no.");
    }

    @Test
    void an_answer_to_alexa_says_how_alexa_took_it_before_the_skills_reply() throws Exception {
        print(new Style(false, true, false, false), "i approve",
                new ConsentAnswer("ACCEPTED", answer("<speak>Done.</speak>", Optional.of(READY), true).turn()));
        assertThat(output()).isEqualTo("""
                > i approve
                       (Alexa took that as ACCEPTED and told the skill, in a new session)
                alexa> Done.
                       reprompt, after about 8 s of silence: Ready?
                       (listening)

                """);
    }

    @Test
    void what_changed_in_alexas_world_is_noted_after_the_speech_once() throws Exception {
        List<List<String>> changes = new ArrayList<>(List.of(
                List.of("reminder set in the Alexa app: every day at 07:00, Europe/London"), List.of()));
        Supplier<List<String>> next = () -> changes.isEmpty() ? List.of() : changes.remove(0);
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsolePrinter printer = new ConsolePrinter(out, new Style(false, false, false, false), Optional.empty(), waited::add, next);
        printer.print("i approve", answer("<speak>Done.</speak>", Optional.of(READY), true));
        printer.print("next", answer("<speak>Next.</speak>", Optional.empty(), false));
        assertThat(output()).isEqualTo("""
                alexa> Done.
                       (reminder set in the Alexa app: every day at 07:00, Europe/London)
                       reprompt, after about 8 s of silence: Ready?
                       (listening)

                alexa> Next.
                       (session ended)

                """);
    }

    @Test
    void a_console_in_german_or_spanish_hears_alexa_ask_in_that_language() throws Exception {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsolePrinter(out, new Style(false, false, false, false), Optional.empty(), waited::add)
                .speaking(SpokenLanguage.GERMAN, "Sanfte Rückendehnung").print("ja", askingForConsent());
        assertThat(output()).contains("alexa> (Alexa) Erlaubst du Sanfte Rückendehnung, deine Erinnerungen zu verwalten?"
                + " Du kannst Ja oder Nein sagen.");
        assertThat(ConsolePrinter.consentQuestion(List.of(), SpokenLanguage.SPANISH, "Estiramientos de Espalda"))
                .isEqualTo("¿Das permiso a Estiramientos de Espalda para gestionar tus recordatorios? Puedes decir sí o no.");
        assertThat(ConsolePrinter.consentQuestion(List.of("a::b", "c::d"), SpokenLanguage.GERMAN, "Sanfte Rückendehnung"))
                .isEqualTo("Erlaubst du Sanfte Rückendehnung, a::b und c::d zu verwenden? Du kannst Ja oder Nein sagen.");
    }

    private static Answer askingForConsent() {
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        ObjectNode askFor = raw.putObject("response").putArray("directives").addObject();
        askFor.put("type", "Connections.SendRequest").put("name", "AskFor").put("token", "daily-reminder@07:00");
        askFor.putObject("payload").put("@type", "AskForPermissionsConsentRequest").put("@version", "2")
                .putArray("permissionScopes").addObject()
                .put("permissionScope", "alexa::alerts:reminders:skill:readwrite").put("consentLevel", "ACCOUNT");
        return new Answer(new Turn(raw, NEEDS_PERMISSION, Optional.empty(), Optional.of(true), false, "AMAZON.YesIntent"));
    }

    private void print(Style style, String line, Heard heard) throws InterruptedException {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsolePrinter(out, style, Optional.empty(), waited::add).print(line, heard);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static Answer answer(String speech, Optional<String> reprompt, boolean open) {
        return new Answer(new Turn(JsonNodeFactory.instance.objectNode(), speech, reprompt, Optional.of(!open), open, "TestIntent"));
    }
}
