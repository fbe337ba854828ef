package com.backstretches.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a skill response against the limits Alexa enforces, so a test fails where Alexa would
 * answer "There was a problem with the requested skill's response".
 *
 * <p>The SSML checks are Alexa's own (valid XML under one {@code <speak>}, at most 8,000 characters,
 * no break over 10 s) plus this project's rule of never two breaks in a row. Other SSML tags such as
 * {@code <say-as>} or {@code <audio>} are allowed, as Alexa allows them.
 */
public final class ResponseChecks {

    public static final int MAX_SPEECH_CHARS = 8000;
    public static final int MAX_BREAK_MILLIS = 10_000;
    public static final int MAX_RESPONSE_BYTES = 24 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BREAK_TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

    private ResponseChecks() {
    }

    public static void assertLikeAlexa(JsonNode response) {
        assertThat(response).as("skill response").isNotNull();
        assertThat(response.path("version").asText(null)).as("version of %s", response).isEqualTo("1.0");
        JsonNode r = response.get("response");
        assertThat(r != null && r.isObject()).as("a \"response\" object in %s", response).isTrue();

        JsonNode attributes = response.get("sessionAttributes");
        if (attributes != null && !attributes.isNull()) {
            assertThat(attributes.isObject()).as("sessionAttributes is a JSON object: %s", attributes).isTrue();
        }

        if (r.hasNonNull("outputSpeech")) {
            assertSpeech("outputSpeech", r.get("outputSpeech"));
        }
        JsonNode reprompt = r.get("reprompt");
        if (reprompt != null && !reprompt.isNull()) {
            assertThat(reprompt.hasNonNull("outputSpeech")).as("reprompt has an outputSpeech: %s", reprompt).isTrue();
            assertSpeech("reprompt.outputSpeech", reprompt.get("outputSpeech"));
        }

        JsonNode flag = r.get("shouldEndSession");
        if (flag != null && !flag.isNull()) {
            assertThat(flag.isBoolean()).as("shouldEndSession is a boolean: %s", flag).isTrue();
            if (!flag.asBoolean()) {
                assertThat(r.hasNonNull("reprompt"))
                        .as("shouldEndSession is false, so the response needs a reprompt for a user who does not answer: %s", r)
                        .isTrue();
            }
        }

        assertThat(bytes(response)).as("serialized response size in bytes").isLessThanOrEqualTo(MAX_RESPONSE_BYTES);
    }

    /** One outputSpeech object: SSML or PlainText, within Alexa's limits. */
    public static void assertSpeech(String where, JsonNode outputSpeech) {
        String type = outputSpeech.path("type").asText("");
        switch (type) {
            case "SSML" -> {
                assertThat(outputSpeech.hasNonNull("ssml")).as("%s of type SSML has ssml", where).isTrue();
                assertValidSsml(where, outputSpeech.get("ssml").asText());
            }
            case "PlainText" -> {
                assertThat(outputSpeech.hasNonNull("text")).as("%s of type PlainText has text", where).isTrue();
                assertThat(outputSpeech.get("text").asText().length()).as("%s length", where)
                        .isLessThanOrEqualTo(MAX_SPEECH_CHARS);
            }
            default -> fail("%s type must be SSML or PlainText, was \"%s\"", where, type);
        }
    }

    public static void assertValidSsml(String where, String ssml) {
        assertThat(ssml.length()).as("%s length", where).isLessThanOrEqualTo(MAX_SPEECH_CHARS);
        Element root = parse(where, ssml).getDocumentElement();
        assertThat(root.getTagName()).as("%s root element", where).isEqualTo("speak");
        checkBreaks(where, ssml, root);
    }

    private static void checkBreaks(String where, String ssml, Element parent) {
        boolean previousWasBreak = false;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                continue;
            }
            boolean isBreak = n instanceof Element e && e.getTagName().equals("break");
            if (isBreak) {
                assertThat(previousWasBreak).as("%s has two breaks in a row: %s", where, ssml).isFalse();
                String time = ((Element) n).getAttribute("time");
                if (!time.isEmpty()) {
                    assertThat(millis(where, time)).as("%s break time=\"%s\" (at most 10s): %s", where, time, ssml)
                            .isBetween(0, MAX_BREAK_MILLIS);
                }
            } else if (n instanceof Element e) {
                checkBreaks(where, ssml, e);
            }
            previousWasBreak = isBreak;
        }
    }

    private static int millis(String where, String time) {
        Matcher m = BREAK_TIME.matcher(time.strip());
        if (!m.matches()) {
            return fail("%s break time \"%s\" is not a number of s or ms", where, time);
        }
        double value = Double.parseDouble(m.group(1));
        return (int) Math.round(m.group(2).equals("s") ? value * 1000 : value);
    }

    private static Document parse(String where, String ssml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // report through the assertion, not on stderr
            return builder.parse(new InputSource(new StringReader(ssml)));
        } catch (Exception e) {
            return fail("%s is not well-formed SSML (%s): %s", where, e.getMessage(), ssml);
        }
    }

    private static int bytes(JsonNode response) {
        try {
            return JSON.writeValueAsBytes(response).length;
        } catch (JsonProcessingException e) {
            return fail("response does not serialize: %s", e.getMessage());
        }
    }
}
