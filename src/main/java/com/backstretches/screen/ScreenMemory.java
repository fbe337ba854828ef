package com.backstretches.screen;

import com.backstretches.coach.TurnRef;
import com.backstretches.session.Side;
import com.backstretches.session.Step;
import java.util.Optional;

/**
 * What a screen needs beyond the session's state to be drawn again for "repeat": the set the last
 * answer coached and the timeline of its words. Carried in the session only when a screen was shown.
 */
public record ScreenMemory(Optional<TurnRef> coached, Timeline timeline) {

    /** "stretch|SIDE|set|part|parts|timeline", or "-|timeline" when no set was coached. */
    public String encode() {
        return coached.map(c -> c.step().stretchId() + "|" + c.step().side().name() + "|" + c.step().set() + "|" + c.part() + "|" + c.parts())
                .orElse("-") + "|" + timeline.encode();
    }

    /** @throws IllegalArgumentException when the text is not one of ours */
    public static ScreenMemory decode(String text) {
        String[] f = text.split("\\|", -1);
        if (f.length == 2 && f[0].equals("-")) {
            return new ScreenMemory(Optional.empty(), Timeline.decode(f[1]));
        }
        if (f.length != 6) {
            throw new IllegalArgumentException("not a screen memory");
        }
        Step step = new Step(f[0], Side.valueOf(f[1]), Integer.parseInt(f[2]));
        int part = Integer.parseInt(f[3]);
        int parts = Integer.parseInt(f[4]);
        if (part < 1 || part > parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
        return new ScreenMemory(Optional.of(new TurnRef(step, part, parts)), Timeline.decode(f[5]));
    }
}
