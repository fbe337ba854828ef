package com.backstretches.speech;

import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import java.time.Duration;

/**
 * Planned duration of a script: its pauses plus its words at a stated speaking rate. Alexa's
 * default voice is a little faster than 160 words a minute, so plans err on the long side.
 */
public record SpeechTiming(int wordsPerMinute) {

    public static final SpeechTiming DEFAULT = new SpeechTiming(160);

    public SpeechTiming {
        if (wordsPerMinute < 60 || wordsPerMinute > 400) {
            throw new IllegalArgumentException("speaking rate " + wordsPerMinute + " words a minute is implausible");
        }
    }

    public Duration planned(Script script) {
        long pauseMillis = script.flat().filter(Pause.class::isInstance).mapToLong(s -> ((Pause) s).millis()).sum();
        // Words spoken at a rate of 80% take 100/80 as long.
        long wordMillis = script.flat().filter(Say.class::isInstance).map(Say.class::cast)
                .mapToLong(s -> wordCount(s.text()) * 60_000L * Say.NORMAL_RATE / ((long) wordsPerMinute * s.ratePercent())).sum();
        return Duration.ofMillis(pauseMillis + wordMillis);
    }

    /** How long these words take to say at this rate. */
    public Duration saying(String text) {
        return Duration.ofMillis(wordCount(text) * 60_000L / wordsPerMinute);
    }

    static long wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("[\\s-]+").length;
    }
}
