package com.backstretches.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SSML this skill writes, checked strictly: one {@code <speak>} holding words, breaks of 1 ms to
 * 10 s (Alexa's limit) never two in a row, and words at another speaking rate in
 * {@code <prosody rate="N%">} (the pace setting; Alexa takes 20% and up, past 200% words run
 * together). Anything else the skill never writes, so finding it is a bug.
 */
public final class SpeakableSsml {

    public static final int MAX_BREAK_MILLIS = 10_000;
    private static final Pattern BREAK_TIME = Pattern.compile("(\\d+)(ms|s)");
    private static final Pattern RATE = Pattern.compile("(\\d+)%");

    private SpeakableSsml() {
    }

    public static void assertSpeakable(String ssml) {
        assertThat(ssml.length()).as("length of %s", ssml).isLessThanOrEqualTo(ResponseChecks.MAX_SPEECH_CHARS);
        Element root = parse(ssml);
        assertThat(root.getTagName()).as("root of %s", ssml).isEqualTo("speak");
        assertThat(root.getAttributes().getLength()).as("attributes on <speak> in %s", ssml).isZero();
        boolean previousWasBreak = false;
        boolean anything = false;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                continue;
            }
            anything = true;
            boolean isBreak = n instanceof Element e && e.getTagName().equals("break");
            if (isBreak) {
                assertThat(previousWasBreak).as("two breaks in a row in %s", ssml).isFalse();
                assertBreak((Element) n, ssml);
            } else if (n instanceof Element e && e.getTagName().equals("prosody")) {
                assertProsody(e, ssml);
            } else {
                assertThat(n.getNodeType()).as("only words, <break> and <prosody> inside <speak>, found %s in %s", n.getNodeName(), ssml)
                        .isEqualTo(Node.TEXT_NODE);
            }
            previousWasBreak = isBreak;
        }
        assertThat(anything).as("%s says something", ssml).isTrue();
    }

    private static void assertBreak(Element brk, String ssml) {
        assertOnlyAttribute(brk, "time", ssml);
        String time = brk.getAttribute("time");
        Matcher m = BREAK_TIME.matcher(time);
        if (!m.matches()) {
            fail("break time \"%s\" is not a whole number of s or ms in %s", time, ssml);
        }
        long millis = Long.parseLong(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1);
        assertThat(millis).as("break time=\"%s\" (1 ms to 10 s) in %s", time, ssml).isBetween(1L, (long) MAX_BREAK_MILLIS);
    }

    private static void assertProsody(Element prosody, String ssml) {
        assertOnlyAttribute(prosody, "rate", ssml);
        String rate = prosody.getAttribute("rate");
        Matcher m = RATE.matcher(rate);
        if (!m.matches()) {
            fail("prosody rate \"%s\" is not a percentage in %s", rate, ssml);
        }
        assertThat(Integer.parseInt(m.group(1))).as("prosody rate %s in %s", rate, ssml).isBetween(20, 200);
        for (Node n = prosody.getFirstChild(); n != null; n = n.getNextSibling()) {
            assertThat(n.getNodeType()).as("only words inside <prosody>, found %s in %s", n.getNodeName(), ssml).isEqualTo(Node.TEXT_NODE);
        }
        assertThat(prosody.getTextContent()).as("words inside <prosody> in %s", ssml).isNotBlank();
    }

    private static void assertOnlyAttribute(Element element, String name, String ssml) {
        NamedNodeMap attributes = element.getAttributes();
        assertThat(attributes.getLength() == 1 && element.hasAttribute(name))
                .as("<%s> has exactly the attribute %s in %s", element.getTagName(), name, ssml).isTrue();
    }

    private static Element parse(String ssml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // report through the assertion, not on stderr
            return builder.parse(new InputSource(new StringReader(ssml))).getDocumentElement();
        } catch (Exception e) {
            return fail("not well-formed SSML (%s): %s", e.getMessage(), ssml);
        }
    }
}
