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
        return Duration.ofMillis(script.flat().mapToLong(this::plannedMillis).sum());
    }

    /** One segment's planned length: a pause as written, words at this rate (at 80% they take 100/80 as long), a hold as both. */
    public long plannedMillis(Segment segment) {
        if (segment instanceof Pause pause) {
            return pause.millis();
        }
        if (segment instanceof Say say) {
            return wordCount(say.text()) * 60_000L * Say.NORMAL_RATE / ((long) wordsPerMinute * say.ratePercent());
        }
        return ((Segment.Hold) segment).timeline().stream().mapToLong(this::plannedMillis).sum();
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
