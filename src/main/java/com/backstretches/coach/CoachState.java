package com.backstretches.coach;

import com.backstretches.session.Position;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the coach needs between two requests of one session: the user's position (which
 * outlives the session), the stretches already set up in full this session, the set being spoken
 * (none until something is coached in this session), and whether this user is new to the routine
 * (new users hear a little more).
 */
public record CoachState(Position position, Set<String> introduced, Optional<TurnState> turn, boolean newUser) {

    public CoachState {
        introduced = Set.copyOf(introduced);
    }

    /** The start of a session for someone at {@code position}. */
    public static CoachState newSession(Position position, boolean newUser) {
        return new CoachState(position, Set.of(), Optional.empty(), newUser);
    }

    CoachState at(Position newPosition) {
        return new CoachState(newPosition, introduced, turn, newUser);
    }

    CoachState coaching(Position newPosition, String stretchId, TurnState newTurn) {
        Set<String> seen = new HashSet<>(introduced);
        seen.add(stretchId);
        return new CoachState(newPosition, seen, Optional.of(newTurn), newUser);
    }

    CoachState atPart(int part) {
        return new CoachState(position, introduced, turn.map(t -> t.atPart(part)), newUser);
    }
}
