package com.backstretches.screen;

import com.backstretches.coach.TurnRef;
import com.backstretches.dialog.DialogState;
import com.backstretches.dialog.Question;
import com.backstretches.routine.Cycle;
import com.backstretches.routine.Level;
import com.backstretches.routine.Routine;
import com.backstretches.routine.Stretch;
import com.backstretches.session.Navigator;
import com.backstretches.session.Position;
import com.backstretches.session.Side;
import com.backstretches.session.Status;
import com.backstretches.session.Step;
import com.backstretches.speech.TurnWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a screen from the answer that made the speech: where the person is, the stretch's name,
 * set and side, its version and key cue, its pose through the turn, progress, the streak when the
 * routine is done, and the buttons that answer what was just asked.
 */
public final class ScreenComposer {

    /**
     * How far the voice is ahead of the document's clock: Alexa starts speaking before it has drawn
     * the screen, so the countdown reads its clock this much later. An estimate; see docs/screens.md.
     */
    public static final long SPEECH_LEAD_MILLIS = 500;

    private enum Kind { WELCOME, SET, PAUSED, STOPPED, FINISHED, INFO }

    private final Routine routine;
    private final Poses poses;
    private final ScreenText text;
    private final TurnWriter writer;

    /** {@code writer}: the language's own, which fills a cue's side as the speech does. */
    public ScreenComposer(Routine routine, Poses poses, ScreenText text, TurnWriter writer) {
        this.routine = routine;
        this.poses = poses;
        this.text = text;
        this.writer = writer;
    }

    public Poses poses() {
        return poses;
    }

    public Screen compose(ScreenFacts facts) {
        DialogState state = facts.state();
        Position p = state.coach().position();
        Step step = facts.coached().map(TurnRef::step).orElse(p.step());
        Kind kind = kind(facts, p);
        Stretch stretch = p.length().applyTo(routine.stretch(step.stretchId()));
        Level level = p.levelOf(stretch.id());
        List<String> stretchPoses = poses.of(stretch.id());
        List<Screen.FrameView> frames = frames(facts, stretch, stretchPoses);
        int hold = TurnWriter.holdFor(stretch, p.length().holdFor(p.holdSeconds()));
        int current = routine.numberOf(stretch.id());
        int streak = state.visit().streak().current();
        return new Screen(
                text.get("title"),
                headline(kind),
                text.get("stretchOf", current, routine.stretches().size()),
                capitalize(stretch.name()),
                part(stretch, step, p),
                level == Level.STANDARD ? "" : text.get("level." + level.name()),
                writer.fill(stretch.version(level).reminder(), step.side()),
                hold > 0 ? text.get("holdNote", hold) : "",
                kind != Kind.SET && streak > 0 ? (streak == 1 ? text.get("streak.one") : text.get("streak.many", streak)) : "",
                marks(current, p.status()),
                frames,
                SPEECH_LEAD_MILLIS,
                buttons(facts, state.question(), p.status()));
    }

    private static Kind kind(ScreenFacts facts, Position p) {
        if (facts.coached().isPresent()) {
            return Kind.SET;
        }
        if (p.status() == Status.FINISHED) {
            return Kind.FINISHED;
        }
        if (p.status() == Status.NOT_STARTED) {
            return Kind.WELCOME;
        }
        if (facts.paused()) {
            return Kind.PAUSED;
        }
        return facts.endsSession() ? Kind.STOPPED : Kind.INFO;
    }

    private String headline(Kind kind) {
        return switch (kind) {
            case SET, INFO -> "";
            default -> text.get("headline." + kind.name());
        };
    }

    /** "Set 2 of 3 · Left side", "10 rounds": only what tells this set from the others. */
    private String part(Stretch stretch, Step step, Position p) {
        List<String> parts = new ArrayList<>();
        int sets = Navigator.setsOf(stretch, p.length());
        if (sets > 1) {
            parts.add(text.get("setOf", step.set(), sets));
        }
        stretch.dose().cycle().ifPresent(c -> parts.add(text.get("rounds", c.times())));
        if (step.side() != Side.NONE) {
            parts.add(text.get("side." + step.side().name()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Each frame with its drawing; a hold labelled "Hold", or in a cycle by its round and name ("Round 3 of 10 · Squat"). */
    private List<Screen.FrameView> frames(ScreenFacts facts, Stretch stretch, List<String> stretchPoses) {
        List<Screen.FrameView> frames = new ArrayList<>();
        Optional<Cycle> cycle = stretch.dose().cycle();
        int holds = 0;
        for (Frame f : facts.timeline().frames()) {
            String label = "";
            if (f.isHold() && cycle.isPresent()) {
                int perRound = cycle.get().holds().size();
                label = text.get("roundOf", facts.roundsBefore() + holds / perRound + 1, cycle.get().times(),
                        capitalize(cycle.get().holds().get(f.pose() % perRound).name()));
            } else if (f.isHold()) {
                label = text.get("hold");
            }
            holds += f.isHold() ? 1 : 0;
            frames.add(new Screen.FrameView(f.fromMillis(), f.toMillis(), f.holdSeconds(), stretchPoses.get(f.pose() % stretchPoses.size()), label));
        }
        return frames;
    }

    private List<Screen.Mark> marks(int current, Status status) {
        List<Screen.Mark> marks = new ArrayList<>();
        for (int i = 1; i <= routine.stretches().size(); i++) {
            String state = status == Status.FINISHED || i < current ? "done" : i == current && status == Status.IN_PROGRESS ? "current" : "todo";
            marks.add(new Screen.Mark(state));
        }
        return marks;
    }

    /** Nothing to press once the session has ended: no one is listening for it. */
    private List<Screen.ButtonView> buttons(ScreenFacts facts, Question question, Status status) {
        if (facts.endsSession()) {
            return List.of();
        }
        List<Button> buttons = switch (question) {
            case NONE, CONTINUE -> status == Status.IN_PROGRESS
                    ? List.of(Button.NEXT, Button.REPEAT, Button.EASIER, Button.PAUSE)
                    : List.of(Button.NEXT, Button.REPEAT);
            default -> status == Status.IN_PROGRESS
                    ? List.of(Button.YES, Button.NO, Button.REPEAT, Button.PAUSE)
                    : List.of(Button.YES, Button.NO, Button.REPEAT);
        };
        return buttons.stream()
                .map(b -> new Screen.ButtonView(b.id(), text.get("button." + b.id()), b == buttons.get(0) || b == second(buttons)))
                .toList();
    }

    /** The other button a small screen keeps beside the first: no to a question, otherwise pause. */
    private static Button second(List<Button> buttons) {
        return buttons.contains(Button.NO) ? Button.NO : Button.PAUSE;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
