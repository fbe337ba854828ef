package com.backstretches.routine;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The whole routine: its stretches in the order they are done, findable by id or by any spoken name. */
public final class Routine {

    public static final int MIN_HOLD_SECONDS = 1;
    public static final int MAX_HOLD_SECONDS = 120;

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|der|die|das|den|dem|el|la|los|las) (?=.)");

    private final String title;
    private final List<Stretch> stretches;
    private final Map<String, Stretch> byId = new HashMap<>();
    private final Map<String, Stretch> byName = new HashMap<>();

    public Routine(String title, List<Stretch> stretches) {
        this.title = Objects.requireNonNull(title, "title");
        this.stretches = List.copyOf(stretches);
        // Later entries never replace earlier ones, so a name shared by mistake keeps its first owner.
        for (Stretch s : this.stretches) {
            byId.putIfAbsent(s.id(), s);
            byName.putIfAbsent(normalizeName(s.id()), s);
            byName.putIfAbsent(normalizeName(s.name()), s);
            s.alsoCalled().forEach(n -> byName.putIfAbsent(normalizeName(n), s));
        }
    }

    public String title() {
        return title;
    }

    public List<Stretch> stretches() {
        return stretches;
    }

    public Optional<Stretch> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Stretch stretch(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no stretch with id " + id));
    }

    /** 1-based number of the stretch, as spoken ("stretch three of six"). */
    public int numberOf(String id) {
        int i = stretches.indexOf(stretch(id));
        return i + 1;
    }

    /** Finds a stretch by any name a person may say for it: its name, an alias, or its id. */
    public Optional<Stretch> byName(String spoken) {
        if (spoken == null) {
            return Optional.empty();
        }
        String wanted = normalizeName(spoken);
        return wanted.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(wanted));
    }

    /**
     * Lower case, accents and punctuation dropped ("Übung" and "ubung" meet), a leading article dropped:
     * how speech arrives from Alexa, in English, German or Spanish.
     */
    public static String normalizeName(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD))
                .replaceAll("");
        String n = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").trim();
        return LEADING_ARTICLE.matcher(n).replaceFirst("");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Routine other && title.equals(other.title) && stretches.equals(other.stretches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, stretches);
    }

    @Override
    public String toString() {
        return "Routine[" + title + ", " + stretches.size() + " stretches]";
    }
}
