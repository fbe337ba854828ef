package com.backstretches.dialog;

import com.backstretches.coach.CoachState;
import java.util.Objects;

/**
 * The conversation between two requests of a session: the coach's state, the last question, this
 * visit, whether anything has been said yet, and the offers made beyond the routine.
 */
public record DialogState(CoachState coach, Question question, Visit visit, boolean greeted, Offers offers) {

    public DialogState(CoachState coach, Question question, Visit visit, boolean greeted) {
        this(coach, question, visit, greeted, Offers.NONE);
    }

    public DialogState {
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(offers, "offers");
    }
}
