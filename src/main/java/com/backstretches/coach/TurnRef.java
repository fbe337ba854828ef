package com.backstretches.coach;

import com.backstretches.session.Step;

/** Which set a reply coached, and which of its parts (1-based) out of how many. */
public record TurnRef(Step step, int part, int parts) {

    @Override
    public String toString() {
        String side = switch (step.side()) {
            case LEFT -> " left";
            case RIGHT -> " right";
            case NONE -> "";
        };
        return step.stretchId() + side + " set " + step.set() + (parts > 1 ? " part " + part + "/" + parts : "");
    }
}
