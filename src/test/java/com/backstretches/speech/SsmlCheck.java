package com.backstretches.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Checks SSML the way Alexa would reject it: parse errors, long breaks, breaks back to back. */
public final class SsmlCheck {

    private SsmlCheck() {
    }

    public static Document parse(String ssml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        } catch (Exception e) {
            return fail("SSML does not parse: " + e.getMessage() + "\n" + ssml);
        }
    }

    /** Every break's length in milliseconds, in order. */
    public static List<Integer> breaks(String ssml) {
        List<Integer> millis = new ArrayList<>();
        Element root = parse(ssml).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("break")) {
                millis.add(toMillis(e.getAttribute("time")));
            }
        }
        return millis;
    }

    public static void assertValidSpeech(String ssml) {
        Element root = parse(ssml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("speak");
        assertThat(ssml.length()).as("outputSpeech length").isLessThanOrEqualTo(SsmlRenderer.MAX_SPEECH_CHARS);
        boolean previousWasBreak = false;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                continue;
            }
            boolean isBreak = n instanceof Element e && e.getTagName().equals("break");
            if (isBreak) {
                assertThat(previousWasBreak).as("two breaks back to back in %s", ssml).isFalse();
                assertThat(toMillis(((Element) n).getAttribute("time"))).as("break length").isBetween(1, 10_000);
            } else {
                assertThat(n.getNodeType()).as("only text and breaks inside <speak>").isEqualTo(Node.TEXT_NODE);
            }
            previousWasBreak = isBreak;
        }
    }

    static int toMillis(String time) {
        if (time.endsWith("ms")) {
            return Integer.parseInt(time.substring(0, time.length() - 2));
        }
        if (time.endsWith("s")) {
            return Integer.parseInt(time.substring(0, time.length() - 1)) * 1000;
        }
        return fail("break time without a unit: " + time);
    }
}
