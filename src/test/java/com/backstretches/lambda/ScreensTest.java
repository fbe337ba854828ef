package com.backstretches.lambda;

import static com.backstretches.lambda.SessionState.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.ScreenDevice;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.screen.AplDocument;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 16 through the Lambda entry point on DynamoDB Local, with the Viewport and APL runtime real
 * devices send: every answer of the routine shows its screen, a device without one hears exactly
 * what a speaker hears, and a button pressed is the words it stands for.
 */
class ScreensTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final com.backstretches.routine.Routine ROUTINE = RoutineLoader.standard();

    private static AlexaClient on(SkillOnLocalDynamoDb skill, ScreenDevice device) {
        return ScreensTestDevices.on(skill, device);
    }

    @ParameterizedTest
    @EnumSource(ScreenDevice.class)
    void the_whole_routine_walked_by_next_shows_the_stretch_set_side_and_hold_on_every_turn(ScreenDevice device) {
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient show = on(skill, device);
        Turn turn = show.say("open back stretches");
        assertThat(turn.screenData()).as("the welcome has a screen").isPresent();
        turn = show.say("yes");
        int sets = 0;
        int cycles = 0;
        List<String> rounds = new ArrayList<>();
        for (int i = 0; turn.sessionOpen(); i++) {
            assertThat(i).as("the routine ends").isLessThan(60);
            ResponseChecks.assertLikeAlexa(turn.raw());
            assertThat(turn.screenData()).as("a screen on %s", turn.raw()).isPresent();
            JsonNode screen = turn.screenData().get();
            String[] at = where(turn).split(" ");
            var stretch = ROUTINE.stretch(at[0]);
            assertThat(screen.path("name").asText()).isEqualToIgnoringCase(stretch.name());
            assertThat(screen.path("stretchOf").asText()).isEqualTo("Stretch " + ROUTINE.numberOf(at[0]) + " of 6");
            if (stretch.dose().sets() > 1) {
                assertThat(screen.path("part").asText()).contains("Set " + at[2] + " of " + stretch.dose().sets());
            }
            if (!at[1].equals("NONE")) {
                assertThat(screen.path("part").asText()).contains(at[1].equals("LEFT") ? "Left side" : "Right side");
            }
            List<Integer> holds = new ArrayList<>();
            screen.path("frames").forEach(f -> {
                if (f.path("hold").asInt() > 0) {
                    holds.add(f.path("hold").asInt());
                }
            });
            if (stretch.dose().hold().isPresent() && !holds.isEmpty()) {
                assertThat(holds).as("the hold on the screen is the hold said").containsExactly(30);
                sets++;
            }
            if (stretch.dose().cycle().isPresent()) {
                screen.path("frames").forEach(f -> {
                    if (f.path("hold").asInt() > 0) {
                        rounds.add(f.path("label").asText());
                    }
                });
            }
            if (stretch.dose().cycle().isPresent() && !holds.isEmpty()) {
                assertThat(holds).as("A-frame and squat holds of ten seconds").allMatch(h -> h == 10);
                cycles++;
            }
            turn = show.say("next");
        }
        assertThat(sets).as("every set with a hold counted down").isEqualTo(3 + 6 + 6 + 2);
        assertThat(cycles).as("the A-frame rounds counted down").isPositive();
        List<String> expected = new ArrayList<>();
        for (int round = 1; round <= 10; round++) {
            expected.add("Round " + round + " of 10 \u00b7 A-frame");
            expected.add("Round " + round + " of 10 \u00b7 Squat");
        }
        assertThat(rounds).as("rounds numbered on across the turns they are split into").isEqualTo(expected);
        assertThat(turn.screenData().orElseThrow().path("headline").asText()).isEqualTo("All six stretches done");
        assertThat(turn.screenData().orElseThrow().path("streak").asText()).isEqualTo("1 day in a row");
    }

    @Test
    void a_speaker_hears_byte_for_byte_what_a_screen_device_hears_and_gets_no_directive() {
        AlexaClient speaker = new SkillOnLocalDynamoDb(DB.client(), TABLE).device("amzn1.ask.device.SPEAKER");
        AlexaClient show = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SHOW_8);
        List<String> lines = List.of("open back stretches", "yes", "ready", "easier", "where am i", "repeat", "next", "help",
                "hold for forty five seconds", "next", "ready", "pause");
        for (String line : lines) {
            Turn heard = speaker.say(line);
            Turn seen = show.say(line);
            assertThat(heard.directives()).as("no directive for a speaker after %s", line).isEmpty();
            assertThat(seen.screen()).as("a screen after %s", line).isPresent();
            assertThat(withoutScreen(seen.raw())).as("after \"%s\"", line).isEqualTo(heard.raw());
        }
    }

    @Test
    void a_device_with_an_older_apl_runtime_than_the_document_gets_the_speaker_answer() {
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient old = skill.device("amzn1.ask.device.OLD-SHOW");
        ObjectNode launch = old.envelopes().launchRequest(Envelopes.Session.startNew());
        ((ObjectNode) launch.path("context").path("System").path("device").path("supportedInterfaces"))
                .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.0");
        JsonNode response = old.invoke(launch);
        assertThat(response.path("response").path("directives").isMissingNode() || response.path("response").path("directives").isEmpty())
                .isTrue();
        assertThat(response.path("response").path("outputSpeech").path("ssml").asText()).startsWith("<speak>Welcome to Back Stretches");
    }

    @Test
    void pressing_easier_is_the_easier_intent_and_a_new_session_resumes_at_the_easier_version() {
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient show = on(skill, ScreenDevice.ECHO_SHOW_8);
        show.say("open back stretches");
        show.say("yes");
        Turn set = show.press("next");
        assertThat(set.plainSpeech()).as("next pressed while getting into position starts the set").contains("Ten times, with me");
        Turn easier = show.press("easier");
        assertThat(easier.plainSpeech()).contains("easier");
        assertThat(easier.screenData().orElseThrow().path("version").asText()).isEqualTo("Easier version");
        assertThat(skill.stored().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
        assertThat(show.press("pause").shouldEndSession()).contains(true);

        show.newSession();
        Turn resumed = show.say("ask back stretches to resume");
        assertThat(resumed.screenData().orElseThrow().path("version").asText()).isEqualTo("Easier version");
        assertThat(resumed.plainSpeech() + " " + show.say("ready").plainSpeech()).as("the easier setup").contains("hands set well out in front of you");
        assertThat(skill.stored().position().levelOf("prone-extension")).isEqualTo(Level.EASIER);
    }

    @Test
    void each_button_answers_as_its_words_do() {
        for (String[] pair : new String[][] {{"next", "next"}, {"repeat", "repeat"}, {"easier", "easier"}, {"pause", "pause"}}) {
            AlexaClient pressing = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SHOW_5);
            AlexaClient saying = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SHOW_5);
            for (String line : List.of("open back stretches", "yes", "ready")) {
                pressing.say(line);
                saying.say(line);
            }
            assertThat(pressing.press(pair[0]).raw()).as("pressing %s", pair[0]).isEqualTo(saying.say(pair[1]).raw());
        }
        AlexaClient pressing = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.FIRE_TV);
        AlexaClient saying = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.FIRE_TV);
        pressing.say("open back stretches");
        saying.say("open back stretches");
        assertThat(pressing.press("yes").raw()).isEqualTo(saying.say("yes").raw());
        assertThat(pressing.press("no").raw()).isEqualTo(saying.say("no").raw());
    }

    @Test
    void repeat_shows_the_same_screen_with_the_same_countdown() {
        AlexaClient show = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SPOT);
        show.say("open back stretches");
        show.say("yes");
        Turn set = show.say("ready");
        Turn again = show.press("repeat");
        assertThat(again.speech()).isEqualTo(set.speech());
        assertThat(again.screenData()).isEqualTo(set.screenData());
    }

    @Test
    void a_press_the_skill_does_not_know_or_from_another_document_gets_a_clear_answer() {
        SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE);
        AlexaClient show = on(skill, ScreenDevice.ECHO_SHOW_8);
        show.say("open back stretches");
        for (var args : List.of(List.of("press", "jump"), List.of("press"), List.of("other", "next"), List.<String>of())) {
            JsonNode response = show.invoke(show.envelopes().userEvent(Envelopes.Session.startNew(), AplDocument.TOKEN, args, "x"));
            ResponseChecks.assertLikeAlexa(response);
            assertThat(response.path("response").path("outputSpeech").path("ssml").asText()).as("%s", args).contains("Sorry");
        }
        JsonNode stale = show.invoke(show.envelopes().userEvent(Envelopes.Session.startNew(), "someOtherDocument", List.of("press", "next"), "next"));
        assertThat(stale.path("response").path("outputSpeech").path("ssml").asText()).contains("Sorry");
    }

    @Test
    void every_countdown_starts_and_ends_where_the_spoken_hold_does_at_any_hold_and_pace() {
        for (String setting : List.of("hold for thirty seconds", "hold for sixty seconds", "slower", "faster")) {
            AlexaClient show = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SHOW_8);
            show.say("open back stretches");
            show.say(setting);
            Turn turn = show.say("yes");
            int checked = 0;
            for (int i = 0; turn.sessionOpen() && i < 60; i++) {
                List<long[]> breaks = breaks(turn.speech());
                for (JsonNode frame : turn.screenData().orElseThrow().path("frames")) {
                    int hold = frame.path("hold").asInt();
                    if (hold == 0) {
                        continue;
                    }
                    long from = frame.path("from").asLong();
                    long to = frame.path("to").asLong();
                    assertThat(breaks).as("a silence starts the hold at %d ms (%s)", from, setting).anyMatch(b -> near(b[0], from));
                    assertThat(breaks).as("a silence ends the hold at %d ms (%s)", to, setting).anyMatch(b -> near(b[1], to));
                    long silence = breaks.stream().filter(b -> b[0] >= from - TOLERANCE && b[1] <= to + TOLERANCE).mapToLong(b -> b[1] - b[0]).sum();
                    assertThat(silence).as("the silences of the hold in %s", turn.plainSpeech()).isEqualTo(hold * 1000L);
                    checked++;
                }
                turn = show.say("next");
            }
            assertThat(checked).as("holds checked with %s", setting).isGreaterThan(20);
        }
    }

    @Test
    void the_largest_response_the_longest_set_with_its_screen_and_session_stays_under_24_kb() {
        int largest = 0;
        String where = "";
        for (ScreenDevice device : List.of(ScreenDevice.ECHO_SHOW_15, ScreenDevice.ECHO_SPOT)) {
            AlexaClient show = on(new SkillOnLocalDynamoDb(DB.client(), TABLE), device);
            show.say("open back stretches");
            show.say("hold for sixty seconds");
            show.say("slower");
            Turn turn = show.say("yes");
            for (int i = 0; turn.sessionOpen() && i < 80; i++) {
                int bytes = turn.raw().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes > largest) {
                    largest = bytes;
                    where = where(turn) + " on " + device;
                }
                turn = show.say("next");
            }
        }
        System.out.println("largest response with a screen: " + largest + " bytes, at " + where);
        assertThat(largest).as("at %s", where).isLessThanOrEqualTo(ResponseChecks.MAX_RESPONSE_BYTES).isGreaterThan(10_000);
    }

    /** Planned time, as the coach plans it: 160 words a minute (slower or faster under prosody), breaks as written. */
    private static final int WORDS_PER_MINUTE = 160;
    private static final long TOLERANCE = 25;

    private static boolean near(long a, long b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    /** Each break of the SSML as [start, end] in planned milliseconds from the first word. */
    private static List<long[]> breaks(String ssml) {
        var token = java.util.regex.Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>|<prosody rate=\"(\\d+)%\">([^<]*)</prosody>|([^<]+)")
                .matcher(ssml.replace("<speak>", "").replace("</speak>", ""));
        List<long[]> out = new ArrayList<>();
        long at = 0;
        while (token.find()) {
            if (token.group(1) != null) {
                long millis = Long.parseLong(token.group(1)) * (token.group(2).equals("s") ? 1000 : 1);
                out.add(new long[] {at, at + millis});
                at += millis;
            } else {
                String words = token.group(3) != null ? token.group(4) : token.group(5);
                int rate = token.group(3) != null ? Integer.parseInt(token.group(3)) : 100;
                String w = words.strip();
                long count = w.isEmpty() ? 0 : w.split("[\\s-]+").length;
                at += count * 60_000L * 100 / ((long) WORDS_PER_MINUTE * rate);
            }
        }
        return out;
    }

    private static JsonNode withoutScreen(JsonNode response) {
        ObjectNode copy = response.deepCopy();
        ObjectNode r = (ObjectNode) copy.get("response");
        r.remove("directives");
        JsonNode state = copy.path("sessionAttributes").path("backStretches");
        if (state instanceof ObjectNode s) {
            s.remove("lastScreen");
        }
        return copy;
    }
}
