package com.backstretches.speech;

import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;

/** The only place that writes SSML: words escaped, pauses as breaks, a pace as prosody, one {@code <speak>} root. */
public final class SsmlRenderer {

    /** Alexa rejects an outputSpeech longer than this many characters. */
    public static final int MAX_SPEECH_CHARS = 8000;

    public String render(Script script) {
        StringBuilder ssml = new StringBuilder("<speak>");
        boolean first = true;
        for (Segment s : script.flat().toList()) {
            if (!first) {
                ssml.append(' ');
            }
            first = false;
            if (s instanceof Say say && say.ratePercent() != Say.NORMAL_RATE) {
                ssml.append("<prosody rate=\"").append(say.ratePercent()).append("%\">").append(escape(say.text())).append("</prosody>");
            } else if (s instanceof Say say) {
                ssml.append(escape(say.text()));
            } else if (s instanceof Pause pause) {
                ssml.append("<break time=\"").append(time(pause.millis())).append("\"/>");
            }
        }
        ssml.append("</speak>");
        if (ssml.length() > MAX_SPEECH_CHARS) {
            // A turn is planned well under this; reaching it is a bug in the turn, not user input.
            throw new IllegalStateException("SSML of " + ssml.length() + " characters exceeds Alexa's " + MAX_SPEECH_CHARS);
        }
        return ssml.toString();
    }

    static String time(int millis) {
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }

    /** XML's five special characters as entities: for SSML, and for the console's HTML and SVG too. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
