package com.backstretches.dialog;

import com.backstretches.session.Command;
import com.backstretches.session.RoutineLength;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the skill has offered this session beyond the routine itself: the standard version of a
 * stretch done easier for a while ({@code standardOffered}, each at most once; {@code pending}, the
 * one waiting for a yes or no, with what the user had asked for), and the stretch the user already
 * asked to make easier once ({@code easierAskedOn}), so a second ask offers skipping it; and a daily
 * reminder at a time the user asked for, waiting for their yes ({@code reminder}); and a run planned
 * to the minutes the user has, said and waiting for their yes ({@code plan}).
 */
public record Offers(Set<String> standardOffered, Optional<StandardOffer> pending, Optional<String> easierAskedOn,
        Optional<LocalTime> reminder, Optional<RoutineLength> plan) {

    public static final Offers NONE = new Offers(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Offers(Set<String> standardOffered, Optional<StandardOffer> pending, Optional<String> easierAskedOn,
            Optional<LocalTime> reminder) {
        this(standardOffered, pending, easierAskedOn, reminder, Optional.empty());
    }

    /** The offer of the standard version of {@code stretchId}, made instead of answering {@code deferred}. */
    public record StandardOffer(String stretchId, Command deferred) {
        public StandardOffer {
            Objects.requireNonNull(stretchId, "stretchId");
            Objects.requireNonNull(deferred, "deferred");
        }
    }

    public Offers {
        standardOffered = Set.copyOf(standardOffered);
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(easierAskedOn, "easierAskedOn");
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(plan, "plan");
    }

    Offers offering(StandardOffer offer) {
        Set<String> offered = new HashSet<>(standardOffered);
        offered.add(offer.stretchId());
        return new Offers(offered, Optional.of(offer), easierAskedOn, Optional.empty(), Optional.empty());
    }

    Offers offeringReminder(LocalTime time) {
        return new Offers(standardOffered, Optional.empty(), easierAskedOn, Optional.of(time), Optional.empty());
    }

    Offers offeringPlan(RoutineLength length) {
        return new Offers(standardOffered, Optional.empty(), easierAskedOn, Optional.empty(), Optional.of(length));
    }

    /** Nothing waits for an answer any more. */
    Offers settled() {
        return new Offers(standardOffered, Optional.empty(), easierAskedOn, Optional.empty(), Optional.empty());
    }

    Offers easierAsked(String stretchId) {
        return new Offers(standardOffered, pending, Optional.of(stretchId), reminder, plan);
    }
}
