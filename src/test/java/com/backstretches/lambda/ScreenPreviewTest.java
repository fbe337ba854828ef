package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.ScreenDevice;
import com.backstretches.local.ScreenPreview;
import com.backstretches.local.Turn;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The console's screen preview of every screen of a whole routine: each pose drawn as valid SVG, and a real browser draws the page. */
class ScreenPreviewTest {

    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);

    @Test
    void every_pose_of_the_routine_is_previewed_as_svg_a_parser_accepts(@TempDir Path dir) throws Exception {
        AlexaClient show = ScreensTestDevices.on(new SkillOnLocalDynamoDb(DB.client(), TABLE), ScreenDevice.ECHO_SHOW_8);
        show.say("open back stretches");
        Turn turn = show.say("yes");
        Set<String> drawn = new TreeSet<>();
        String firstSet = null;
        for (int i = 0; turn.sessionOpen() && i < 60; i++) {
            String html = ScreenPreview.html(turn.screen().orElseThrow());
            Matcher svg = SVG.matcher(html);
            int count = 0;
            while (svg.find()) {
                Document doc = parse(svg.group());
                assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
                assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isPositive();
                count++;
            }
            assertThat(count).as("a drawing on %s", turn.plainSpeech()).isPositive();
            turn.screenData().orElseThrow().path("frames").forEach(f -> drawn.add(f.path("pose").asText()));
            if (firstSet == null && html.contains("Hold 30 s")) {
                firstSet = html;
            }
            turn = show.say("next");
        }
        assertThat(drawn).containsExactlyInAnyOrder("prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
                "half-pancake", "a-frame", "squat");
        browserDraws(firstSet, dir);
    }

    /** Headless Chromium (Debian's package), when this machine has it, turns the page into a picture of some substance. */
    private static void browserDraws(String html, Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("chromium"), "no chromium on this machine: the SVG parse above stands");
        Path page = Files.writeString(dir.resolve("preview.html"), html);
        Path png = dir.resolve("preview.png");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--screenshot=" + png, "--window-size=1280,800", page.toUri().toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(png).exists();
        assertThat(Files.size(png)).as("a drawn page, not a blank one").isGreaterThan(20_000);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
