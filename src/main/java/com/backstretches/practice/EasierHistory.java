package com.backstretches.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which stretches a user has been doing at the easier version, and on which days, so that after
 * several recent sessions the skill can offer, once, to try the standard version again. A day
 * counts as one session however often the stretch was done that day.
 */
public record EasierHistory(Map<String, List<LocalDate>> days, Set<String> offered) {

    /** This many recent days at the easier version earn the offer. */
    public static final int SESSIONS = 3;
    /** Days older than this no longer count as recent. */
    public static final int RECENT_DAYS = 14;
    /** Only the newest days are kept: enough to decide, small enough for the item. */
    static final int KEPT = 5;

    public static final EasierHistory EMPTY = new EasierHistory(Map.of(), Set.of());

    public EasierHistory {
        Map<String, List<LocalDate>> copy = new HashMap<>();
        days.forEach((id, list) -> {
            List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(list));
            if (!sorted.isEmpty()) {
                copy.put(id, List.copyOf(sorted.subList(Math.max(0, sorted.size() - KEPT), sorted.size())));
            }
        });
        days = Map.copyOf(copy);
        offered = Set.copyOf(offered);
    }

    /** The stretches, among {@code atEasier}, done easier on enough recent days and not offered yet. */
    public Set<String> readyForStandard(Predicate<String> atEasier, LocalDate today) {
        Set<String> ready = new HashSet<>();
        LocalDate since = today.minusDays(RECENT_DAYS - 1L);
        days.forEach((id, list) -> {
            long recent = list.stream().filter(d -> !d.isBefore(since) && !d.isAfter(today)).count();
            if (recent >= SESSIONS && !offered.contains(id) && atEasier.test(id)) {
                ready.add(id);
            }
        });
        return ready;
    }

    public boolean usedOn(String stretchId, LocalDate day) {
        return days.getOrDefault(stretchId, List.of()).contains(day);
    }

    public EasierHistory used(String stretchId, LocalDate day) {
        Map<String, List<LocalDate>> copy = new HashMap<>(days);
        List<LocalDate> list = new ArrayList<>(copy.getOrDefault(stretchId, List.of()));
        list.add(day);
        copy.put(stretchId, list);
        return new EasierHistory(copy, offered);
    }

    public EasierHistory offeredStandard(String stretchId) {
        Set<String> copy = new HashSet<>(offered);
        copy.add(stretchId);
        return new EasierHistory(days, copy);
    }

    /** A new choice of version starts the count again, and a new offer may come of it. */
    public EasierHistory versionChanged(String stretchId) {
        Map<String, List<LocalDate>> copy = new HashMap<>(days);
        copy.remove(stretchId);
        Set<String> offers = new HashSet<>(offered);
        offers.remove(stretchId);
        return new EasierHistory(copy, offers);
    }
}
