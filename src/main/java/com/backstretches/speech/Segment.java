package com.backstretches.speech;

import java.util.List;
import java.util.Objects;

/** A piece of a spoken turn: words, a silence, or a timed hold made of both. */
public sealed interface Segment permits Segment.Say, Segment.Pause, Segment.Hold {

    /** Alexa's SSML break is at most ten seconds. */
    int MAX_PAUSE_MILLIS = 10_000;

    /** Words; {@code ratePercent} is the speaking rate, 100 for the voice's own (SSML prosody otherwise). */
    record Say(String text, int ratePercent) implements Segment {
        public static final int NORMAL_RATE = 100;

        public Say(String text) {
            this(text, NORMAL_RATE);
        }

        public Say {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("empty speech");
            }
            // Alexa's prosody rate goes from 20% up; past 200% words run together.
            if (ratePercent < 20 || ratePercent > 200) {
                throw new IllegalArgumentException("speaking rate " + ratePercent + "% is outside 20-200%");
            }
            text = text.strip();
        }
    }

    record Pause(int millis) implements Segment {
        public Pause {
            if (millis <= 0 || millis > MAX_PAUSE_MILLIS) {
                throw new IllegalArgumentException("a pause must be 1-" + MAX_PAUSE_MILLIS + " ms, got " + millis);
            }
        }
    }

    /**
     * A hold of {@code seconds}: pauses that add up to exactly that long, with short cues between
     * them. It starts and ends with a pause, so the words around it frame it.
     */
    record Hold(int seconds, List<Segment> timeline) implements Segment {
        public Hold {
            timeline = List.copyOf(timeline);
            if (timeline.isEmpty() || !(timeline.get(0) instanceof Pause) || !(timeline.get(timeline.size() - 1) instanceof Pause)) {
                throw new IllegalArgumentException("a hold starts and ends with a pause");
            }
            if (timeline.stream().anyMatch(s -> s instanceof Hold)) {
                throw new IllegalArgumentException("holds do not nest");
            }
            long total = timeline.stream().filter(Pause.class::isInstance).mapToLong(s -> ((Pause) s).millis()).sum();
            if (total != seconds * 1000L) {
                throw new IllegalArgumentException("a " + seconds + " s hold has " + total + " ms of pauses");
            }
        }
    }
}
