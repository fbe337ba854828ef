package com.backstretches.dialog;

import com.backstretches.coach.CoachState;
import java.util.Objects;

/** The conversation between two requests of a session: the coach's state, the last question, this visit, and whether anything has been said yet. */
public record DialogState(CoachState coach, Question question, Visit visit, boolean greeted) {

    public DialogState {
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(visit, "visit");
    }
}
