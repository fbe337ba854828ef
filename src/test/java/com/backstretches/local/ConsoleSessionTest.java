package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.local.ConsoleSession.Answer;
import com.backstretches.local.ConsoleSession.Closed;
import com.backstretches.local.ConsoleSession.ConsentAnswer;
import com.backstretches.local.ConsoleSession.Failure;
import com.backstretches.local.ConsoleSession.Heard;
import com.backstretches.local.ConsoleSession.Nothing;
import com.backstretches.local.ConsoleSession.Reprompt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    private static final String SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000002";

    /**
     * Stands in for the skill: a launch and most intents keep the session open with a reprompt naming
     * the turn; SkipIntent keeps it open with no reprompt; StopIntent ends it; ReadyIntent fails while
     * {@code failing} is set (with a message, or none when {@code failWithoutMessage}); YesIntent hands
     * over to Alexa to ask for the reminders permission.
     */
    static final class FakeSkill implements RequestStreamHandler {
        private static final ObjectMapper JSON = new ObjectMapper();
        final List<JsonNode> received = new ArrayList<>();
        boolean failing;
        boolean failWithoutMessage;
        boolean failOnSessionEnd;

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            JsonNode envelope = JSON.readTree(input);
            received.add(envelope);
            JsonNode request = envelope.path("request");
            String type = request.path("type").asText();
            if (type.equals("SessionEndedRequest")) {
                if (failOnSessionEnd) {
                    throw new IllegalStateException("table is gone");
                }
                return;
            }
            String intent = type.equals("IntentRequest") ? request.path("intent").path("name").asText() : type;
            if (intent.equals("ReadyIntent") && failing) {
                throw failWithoutMessage ? new NullPointerException() : new IllegalStateException("database down");
            }
            ObjectNode out = JSON.createObjectNode().put("version", "1.0");
            ObjectNode response = out.putObject("response");
            response.putObject("outputSpeech").put("type", "SSML").put("ssml", "<speak>You said " + intent + ".</speak>");
            switch (intent) {
                case "AMAZON.StopIntent" -> response.put("shouldEndSession", true);
                case "SkipIntent" -> response.put("shouldEndSession", false);
                case "AMAZON.YesIntent" -> {
                    ObjectNode askFor = response.putArray("directives").addObject();
                    askFor.put("type", "Connections.SendRequest").put("name", "AskFor").put("token", "daily-reminder@07:00");
                    askFor.putObject("payload").put("@type", "AskForPermissionsConsentRequest").put("@version", "2")
                            .putArray("permissionScopes").addObject()
                            .put("permissionScope", "alexa::alerts:reminders:skill:readwrite").put("consentLevel", "ACCOUNT");
                    response.put("shouldEndSession", true);
                }
                default -> {
                    response.putObject("reprompt").putObject("outputSpeech").put("type", "SSML")
                            .put("ssml", "<speak>Still there after " + intent + "?</speak>");
                    response.put("shouldEndSession", false);
                }
            }
            JSON.writeValue(output, out);
        }

        List<String> requestTypes() {
            return received.stream().map(e -> e.path("request").path("type").asText()).toList();
        }

        String lastEndReason() {
            JsonNode last = received.get(received.size() - 1).path("request");
            assertThat(last.path("type").asText()).isEqualTo("SessionEndedRequest");
            return last.path("reason").asText();
        }
    }

    private final FakeSkill skill = new FakeSkill();
    private final ConsoleSession session = new ConsoleSession(
            new AlexaClient(skill, UtteranceMatcherTest.fixtureModel(), SKILL, "amzn1.ask.account.CONSOLETEST"));

    @Test
    void silence_with_no_session_open_reaches_nothing_and_says_how_to_start() {
        Heard heard = session.hear("");
        assertThat(heard).isInstanceOf(Nothing.class);
        assertThat(((Nothing) heard).why()).contains("no session is open", "open back stretches");
        assertThat(skill.received).isEmpty();
        assertThat(session.finished()).isFalse();
    }

    @Test
    void a_line_of_only_spaces_or_punctuation_is_silence_too() {
        session.hear("open back stretches");
        assertThat(session.hear("   ")).isInstanceOf(Reprompt.class);
        assertThat(session.hear(" ... ")).isInstanceOf(Closed.class);
    }

    @Test
    void words_go_to_the_skill_and_its_turn_comes_back() {
        Heard heard = session.hear("open back stretches");
        assertThat(heard).isInstanceOf(Answer.class);
        Turn turn = ((Answer) heard).turn();
        assertThat(turn.intent()).isEqualTo("LaunchRequest");
        assertThat(turn.plainSpeech()).isEqualTo("You said LaunchRequest.");
        assertThat(session.sessionOpen()).isTrue();
        assertThat(skill.requestTypes()).containsExactly("LaunchRequest");
    }

    @Test
    void first_silence_plays_the_reprompt_without_calling_the_skill_and_the_second_closes_the_session() {
        session.hear("open back stretches");

        Heard first = session.hear("");
        assertThat(first).isEqualTo(new Reprompt("<speak>Still there after LaunchRequest?</speak>"));
        assertThat(skill.received).hasSize(1);
        assertThat(session.sessionOpen()).isTrue();

        Heard second = session.hear("");
        assertThat(second).isInstanceOf(Closed.class);
        assertThat(((Closed) second).why()).startsWith("no answer");
        assertThat(skill.requestTypes()).containsExactly("LaunchRequest", "SessionEndedRequest");
        assertThat(skill.lastEndReason()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
        assertThat(session.sessionOpen()).isFalse();
        assertThat(session.finished()).isFalse();

        assertThat(session.hear("")).isInstanceOf(Nothing.class);
        assertThat(skill.received).hasSize(2);
    }

    @Test
    void an_answer_after_the_reprompt_earns_a_fresh_reprompt_on_the_next_silence() {
        session.hear("open back stretches");
        assertThat(session.hear("")).isInstanceOf(Reprompt.class);
        session.hear("go to the pancake");
        assertThat(session.hear("")).isEqualTo(new Reprompt("<speak>Still there after GoToStretchIntent?</speak>"));
        assertThat(session.hear("")).isInstanceOf(Closed.class);
    }

    @Test
    void silence_after_a_turn_with_no_reprompt_closes_the_session_at_once() {
        session.hear("open back stretches");
        session.hear("skip this one");
        Heard heard = session.hear("");
        assertThat(heard).isInstanceOf(Closed.class);
        assertThat(skill.lastEndReason()).isEqualTo("EXCEEDED_MAX_REPROMPTS");
    }

    @Test
    void silence_after_the_skill_ended_the_session_reaches_nothing_and_sends_no_session_ended_request() {
        session.hear("open back stretches");
        session.hear("stop");
        assertThat(session.sessionOpen()).isFalse();
        assertThat(session.hear("")).isInstanceOf(Nothing.class);
        assertThat(skill.requestTypes()).containsExactly("LaunchRequest", "IntentRequest");
    }

    @Test
    void exit_closes_the_session_as_user_initiated_and_the_console_stays() {
        session.hear("open back stretches");
        Heard heard = session.hear("Exit.");
        assertThat(heard).isEqualTo(new Closed("you said exit"));
        assertThat(skill.lastEndReason()).isEqualTo("USER_INITIATED");
        assertThat(session.sessionOpen()).isFalse();
        assertThat(session.finished()).isFalse();
    }

    @Test
    void alexa_exit_is_exit_and_exit_with_no_session_reaches_nothing() {
        session.hear("open back stretches");
        assertThat(session.hear("Alexa, exit")).isInstanceOf(Closed.class);
        Heard again = session.hear("exit");
        assertThat(again).isInstanceOf(Nothing.class);
        assertThat(((Nothing) again).why()).contains("no session was open");
        assertThat(skill.requestTypes()).containsExactly("LaunchRequest", "SessionEndedRequest");
    }

    @Test
    void the_reprompt_of_a_closed_session_is_not_played_in_the_next_one() {
        session.hear("open back stretches");
        session.hear("exit");
        session.hear("open back stretches");
        session.hear("skip it");
        assertThat(session.hear("")).isInstanceOf(Closed.class);
    }

    @Test
    void quit_closes_an_open_session_as_user_initiated_and_finishes_the_console() {
        session.hear("open back stretches");
        Heard heard = session.hear("quit");
        assertThat(heard).isEqualTo(new Closed("you quit the console"));
        assertThat(skill.lastEndReason()).isEqualTo("USER_INITIATED");
        assertThat(session.finished()).isTrue();
    }

    @Test
    void quit_with_no_session_finishes_the_console_without_calling_the_skill() {
        assertThat(session.hear("Alexa, quit!")).isInstanceOf(Nothing.class);
        assertThat(session.finished()).isTrue();
        assertThat(skill.received).isEmpty();
    }

    @Test
    void end_of_input_is_like_quit() {
        session.hear("open back stretches");
        assertThat(session.endOfInput()).isEqualTo(new Closed("the input ended"));
        assertThat(skill.lastEndReason()).isEqualTo("USER_INITIATED");
        assertThat(session.finished()).isTrue();

        ConsoleSession idle = new ConsoleSession(new AlexaClient(skill, UtteranceMatcherTest.fixtureModel(), SKILL, "amzn1.ask.account.IDLE"));
        assertThat(idle.endOfInput()).isInstanceOf(Nothing.class);
        assertThat(idle.finished()).isTrue();
    }

    @Test
    void a_skill_that_throws_is_a_failure_that_ends_the_session_as_alexa_would_and_the_console_keeps_going() {
        session.hear("open back stretches");
        skill.failing = true;
        Heard heard = session.hear("ready");
        assertThat(heard).isEqualTo(new Failure("database down"));
        assertThat(session.finished()).isFalse();
        assertThat(session.sessionOpen()).isFalse();
        assertThat(skill.lastEndReason()).isEqualTo("ERROR");
        assertThat(session.hear("")).isInstanceOf(Nothing.class);

        skill.failing = false;
        Heard next = session.hear("ready");
        assertThat(next).isInstanceOf(Answer.class);
        assertThat(((Answer) next).turn().plainSpeech()).isEqualTo("You said ReadyIntent.");
    }

    @Test
    void a_failure_without_a_message_is_named_by_its_exception() {
        session.hear("open back stretches");
        skill.failing = true;
        skill.failWithoutMessage = true;
        assertThat(session.hear("ready")).isEqualTo(new Failure("NullPointerException"));
    }

    @Test
    void a_skill_that_fails_on_the_session_ended_request_still_has_its_session_closed() {
        session.hear("open back stretches");
        skill.failOnSessionEnd = true;
        Heard heard = session.hear("exit");
        assertThat(heard).isInstanceOf(Failure.class);
        assertThat(((Failure) heard).why()).startsWith("the skill failed on the end of the session").contains("table is gone");
        assertThat(session.sessionOpen()).isFalse();
        assertThat(session.hear("")).isInstanceOf(Nothing.class);
    }

    @Test
    void silence_while_alexa_asks_for_a_permission_reaches_the_skill_as_not_answered() {
        session.hear("open back stretches");
        session.hear("yes");
        assertThat(session.sessionOpen()).isFalse();

        Heard heard = session.hear("");
        assertThat(heard).isInstanceOf(ConsentAnswer.class);
        assertThat(((ConsentAnswer) heard).payloadStatus()).isEqualTo("NOT_ANSWERED");
        assertThat(((ConsentAnswer) heard).turn().plainSpeech()).isEqualTo("You said Connections.Response.");
        JsonNode sent = skill.received.get(skill.received.size() - 1);
        assertThat(sent.path("request").path("payload").path("status").asText()).isEqualTo("NOT_ANSWERED");
        assertThat(sent.path("session").path("new").asBoolean()).isTrue();
        // Alexa's question is over; the skill's own session and reprompt apply again.
        assertThat(session.hear("")).isEqualTo(new Reprompt("<speak>Still there after Connections.Response?</speak>"));
    }

    @Test
    void words_while_alexa_asks_answer_alexa_even_exit() {
        session.hear("open back stretches");
        session.hear("yes");
        assertThat(session.hear("I approve")).isInstanceOf(ConsentAnswer.class)
                .extracting(h -> ((ConsentAnswer) h).payloadStatus()).isEqualTo("ACCEPTED");

        session.hear("yes");
        Heard exit = session.hear("exit");
        assertThat(exit).isInstanceOf(ConsentAnswer.class);
        assertThat(((ConsentAnswer) exit).payloadStatus()).isEqualTo("NOT_ANSWERED");
        assertThat(skill.requestTypes()).containsExactly("LaunchRequest", "IntentRequest", "Connections.Response",
                "IntentRequest", "Connections.Response");
    }
}
