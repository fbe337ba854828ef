package com.backstretches.screen;

import com.backstretches.speech.Script;
import com.backstretches.speech.Segment;
import com.backstretches.speech.SpeechTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of one spoken turn, back to back from its first word to forever, planned from the very
 * script that becomes its SSML at the coach's speaking rate: a hold's frame starts where its first
 * silence starts and ends where its last one ends, so the screen counts down what the voice counts down.
 */
public record Timeline(List<Frame> frames) {

    public Timeline {
        frames = List.copyOf(frames);
        if (frames.isEmpty() || frames.get(0).fromMillis() != 0 || frames.get(frames.size() - 1).toMillis() != Frame.FOREVER) {
            throw new IllegalArgumentException("a timeline runs from 0 to forever");
        }
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).fromMillis() != frames.get(i - 1).toMillis()) {
                throw new IllegalArgumentException("frames leave a gap or overlap at " + frames.get(i).fromMillis() + " ms");
            }
        }
    }

    /** One pose the whole time, no countdown: a screen for an answer that coaches no set. */
    public static Timeline still(int pose) {
        return new Timeline(List.of(new Frame(0, Frame.FOREVER, 0, pose)));
    }

    /**
     * {@code poses}: how many poses the stretch has. With more than one (a cycle of holds), the
     * holds take them in turn, and the words before a hold already show its pose, as its cue names it.
     */
    public static Timeline of(Script speech, SpeechTiming timing, int poses) {
        List<Frame> frames = new ArrayList<>();
        long at = 0;
        long wordsFrom = 0;
        int holds = 0;
        for (Segment segment : speech.segments()) {
            long length = timing.plannedMillis(segment);
            if (segment instanceof Segment.Hold hold) {
                int pose = holds++ % Math.max(1, poses);
                if (at > wordsFrom) {
                    frames.add(new Frame(wordsFrom, at, 0, pose));
                }
                frames.add(new Frame(at, at + length, hold.seconds(), pose));
                wordsFrom = at + length;
            }
            at += length;
        }
        int lastPose = holds == 0 ? 0 : (holds - 1) % Math.max(1, poses);
        frames.add(new Frame(wordsFrom, Frame.FOREVER, 0, lastPose));
        return new Timeline(frames);
    }

    public List<Frame> holds() {
        return frames.stream().filter(Frame::isHold).toList();
    }

    /** Compact, for the session to carry so that "repeat" shows the same countdown: "from.to.hold.pose" joined by "/". */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (Frame f : frames) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(f.fromMillis()).append('.').append(f.toMillis()).append('.').append(f.holdSeconds()).append('.').append(f.pose());
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not a timeline of ours */
    public static Timeline decode(String text) {
        List<Frame> frames = new ArrayList<>();
        for (String part : text.split("/", -1)) {
            String[] f = part.split("\\.", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("not a frame: " + part);
            }
            frames.add(new Frame(Long.parseLong(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
        return new Timeline(frames);
    }
}
