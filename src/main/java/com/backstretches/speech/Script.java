package com.backstretches.speech;

import com.backstretches.speech.Segment.Hold;
import com.backstretches.speech.Segment.Pause;
import com.backstretches.speech.Segment.Say;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one response says, before it becomes SSML. Its rules hold by construction: no pause longer
 * than ten seconds and never two pauses in a row (Alexa would merge or reject them).
 */
public final class Script {

    private static final Script EMPTY = new Script(List.of());

    private final List<Segment> segments;

    private Script(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        Segment previous = null;
        for (Segment s : flatten(this.segments).toList()) {
            if (s instanceof Pause && previous instanceof Pause) {
                throw new IllegalArgumentException("two pauses in a row; put a cue between them");
            }
            previous = s;
        }
    }

    public static Script empty() {
        return EMPTY;
    }

    public static Script say(String text) {
        return new Script(List.of(new Say(text)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Says and pauses in speaking order, holds opened up. */
    public Stream<Segment> flat() {
        return flatten(segments);
    }

    public List<Hold> holds() {
        return segments.stream().filter(Hold.class::isInstance).map(Hold.class::cast).toList();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    public Script then(Script next) {
        List<Segment> joined = new ArrayList<>(segments);
        joined.addAll(next.segments);
        return new Script(joined);
    }

    /** The words only, for logs and tests. */
    public String text() {
        return flat().filter(Say.class::isInstance).map(s -> ((Say) s).text()).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static Stream<Segment> flatten(List<Segment> segments) {
        return segments.stream().flatMap(s -> s instanceof Hold h ? h.timeline().stream() : Stream.of(s));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Script other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return "Script" + segments;
    }

    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        private Builder() {
        }

        public Builder say(String text) {
            segments.add(new Say(text));
            return this;
        }

        /** Words at a speaking rate other than the voice's own. */
        public Builder say(String text, int ratePercent) {
            segments.add(new Say(text, ratePercent));
            return this;
        }

        public Builder pause(int millis) {
            segments.add(new Pause(millis));
            return this;
        }

        public Builder hold(Hold hold) {
            segments.add(hold);
            return this;
        }

        public Builder then(Script script) {
            segments.addAll(script.segments());
            return this;
        }

        public Script build() {
            return new Script(segments);
        }
    }
}
