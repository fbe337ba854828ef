package com.backstretches.screen;

import java.util.List;

/**
 * One screen as the APL document receives it (its datasource): every text already in words, the
 * poses by graphic name, and the frames of the turn for the countdown. Empty strings are not shown.
 */
public record Screen(
        String title,
        String headline,
        String stretchOf,
        String name,
        String part,
        String version,
        String cue,
        String holdNote,
        String streak,
        List<Mark> marks,
        List<FrameView> frames,
        long speechLeadMillis,
        List<ButtonView> buttons) {

    public Screen {
        marks = List.copyOf(marks);
        frames = List.copyOf(frames);
        buttons = List.copyOf(buttons);
    }

    /** One of the routine's stretches in the progress marks: "done", "current" or "todo". */
    public record Mark(String state) {
    }

    /** A frame with its pose named by graphic and, during a hold, its label ("Hold", or the hold's own name in a cycle). */
    public record FrameView(long from, long to, int hold, String pose, String label) {
    }

    /** {@code primary}: one of the two a small round screen has room for. */
    public record ButtonView(String id, String label, boolean primary) {
    }

    /** The graphics this screen draws, each once, in order of appearance. */
    public List<String> poses() {
        return frames.stream().map(FrameView::pose).distinct().toList();
    }
}
