package com.backstretches.routine;

import com.backstretches.routine.RoutineFile.CycleFile;
import com.backstretches.routine.RoutineFile.DoseFile;
import com.backstretches.routine.RoutineFile.StretchFile;
import com.backstretches.routine.RoutineFile.TimedHoldFile;
import com.backstretches.routine.RoutineFile.VersionFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates the routine file; any problem fails the load with every problem listed. */
public final class RoutineLoader {

    public static final String DEFAULT_RESOURCE = "routine/back-stretches.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern JSON_FIELD = Pattern.compile("\\[\"([^\"]+)\"]");
    private static final String SIDE_PLACEHOLDER = "side";
    private static final int MAX_SETS = 10;
    private static final int MAX_REPS = 50;
    private static final int MAX_CYCLES = 50;
    private static final int MIN_SWITCH = 2;
    private static final int MAX_SWITCH = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RoutineLoader() {
    }

    /** The routine shipped with the skill, parsed and validated once per JVM. */
    public static Routine standard() {
        return Standard.ROUTINE;
    }

    private static final class Standard {
        static final Routine ROUTINE = fromResource(DEFAULT_RESOURCE);
    }

    private static final Map<String, Routine> LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The routine in a language ("de": routine/back-stretches_de.json), the English one for "" or a
     * language without a file. A translation must have the English routine's shape exactly (the same
     * stretches, sides, doses and versions): saved progress is kept by id and set, whatever the language.
     */
    public static Routine forLanguage(String language) {
        if (language.isEmpty()) {
            return standard();
        }
        return LANGUAGES.computeIfAbsent(language, lang -> {
            String resource = resourceFor(lang);
            if (RoutineLoader.class.getClassLoader().getResource(resource) == null) {
                return standard();
            }
            Routine routine = fromResource(resource);
            List<String> problems = shapeDifferences(standard(), routine);
            if (!problems.isEmpty()) {
                throw new RoutineFileException(resource, problems);
            }
            return routine;
        });
    }

    private static String resourceFor(String language) {
        return language.isEmpty() ? DEFAULT_RESOURCE : DEFAULT_RESOURCE.replace(".json", "_" + language + ".json");
    }

    /** Where a translation differs from the original in anything but its words; empty when only the words differ. */
    public static List<String> shapeDifferences(Routine original, Routine translation) {
        List<String> problems = new ArrayList<>();
        List<Stretch> a = original.stretches();
        List<Stretch> b = translation.stretches();
        if (a.size() != b.size()) {
            problems.add("has " + b.size() + " stretches, the original " + a.size());
            return problems;
        }
        for (int i = 0; i < a.size(); i++) {
            Stretch x = a.get(i);
            Stretch y = b.get(i);
            String at = "stretch " + (i + 1) + " (" + y.id() + ")";
            if (!x.id().equals(y.id())) {
                problems.add(at + ": id should be " + x.id());
            }
            if (x.sides() != y.sides() || x.switchSeconds() != y.switchSeconds()) {
                problems.add(at + ": sides or switchSeconds differ from the original");
            }
            if (!shape(x.dose()).equals(shape(y.dose()))) {
                problems.add(at + ": dose differs from the original");
            }
            if (x.rhythm().isPresent() != y.rhythm().isPresent() || x.holdCue().isBlank() != y.holdCue().isBlank()) {
                problems.add(at + ": rhythm or holdCue present in one and not the other");
            }
            if (!x.versions().keySet().equals(y.versions().keySet())) {
                problems.add(at + ": versions " + y.versions().keySet() + ", the original " + x.versions().keySet());
            }
        }
        return problems;
    }

    /** A dose without its words: the cycle's holds by length and number of cues, not by name. */
    private static String shape(Dose d) {
        return d.sets() + "/" + d.reps() + "/" + d.hold() + "/" + d.cycle().map(c -> c.times() + ":"
                + c.holds().stream().map(h -> h.seconds() + "s" + h.cues().size()).toList()).orElse("");
    }

    public static Routine fromResource(String resource) {
        try (InputStream in = RoutineLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RoutineFileException(resource, List.of("the file is missing from the class path"));
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routine file " + resource, e);
        }
    }

    public static Routine fromJson(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RoutineFileException(source, List.of("not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        return new Validation(source).routine(root);
    }

    /** Collects every problem in one pass so that a content editor can fix the file in one go. */
    private static final class Validation {
        private final String source;
        private final List<String> problems = new ArrayList<>();

        Validation(String source) {
            this.source = source;
        }

        Routine routine(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new RoutineFileException(source, List.of("the top level must be an object with \"title\" and \"stretches\""));
            }
            Set<String> topFields = new HashSet<>();
            root.fieldNames().forEachRemaining(topFields::add);
            topFields.removeAll(Set.of("title", "stretches"));
            topFields.forEach(f -> problems.add("unknown top-level field '" + f + "'"));

            JsonNode titleNode = root.path("title");
            String title = titleNode.isTextual() && !titleNode.asText().isBlank() ? titleNode.asText().trim() : null;
            if (title == null) {
                problems.add("missing field 'title'");
            }
            JsonNode list = root.path("stretches");
            List<Stretch> stretches = new ArrayList<>();
            if (!list.isArray() || list.isEmpty()) {
                problems.add("missing field 'stretches' (a non-empty list)");
            } else {
                Map<String, String> idOwners = new HashMap<>();
                Map<String, String> nameOwners = new HashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    JsonNode node = list.get(i);
                    String label = label(node, i);
                    StretchFile file = bind(node, label);
                    if (file == null) {
                        continue;
                    }
                    Stretch stretch = stretch(file, label);
                    if (stretch == null) {
                        continue;
                    }
                    String previous = idOwners.putIfAbsent(stretch.id(), label);
                    if (previous != null) {
                        problems.add(label + ": duplicate id '" + stretch.id() + "' (also used by stretch #" + idOwnerNumber(list, stretch.id()) + ")");
                    }
                    for (String name : spokenNames(stretch)) {
                        String owner = nameOwners.putIfAbsent(Routine.normalizeName(name), stretch.id());
                        if (owner != null && !owner.equals(stretch.id())) {
                            problems.add(label + ": field 'alsoCalled' repeats the name '" + name + "' of stretch '" + owner + "'");
                        }
                    }
                    stretches.add(stretch);
                }
            }
            if (!problems.isEmpty()) {
                throw new RoutineFileException(source, problems);
            }
            return new Routine(title, stretches);
        }

        private static int idOwnerNumber(JsonNode list, String id) {
            for (int i = 0; i < list.size(); i++) {
                if (id.equals(list.get(i).path("id").asText(null))) {
                    return i + 1;
                }
            }
            return 0;
        }

        private static List<String> spokenNames(Stretch s) {
            List<String> names = new ArrayList<>(s.alsoCalled());
            names.add(s.name());
            return names.stream().distinct().toList();
        }

        private static String label(JsonNode node, int index) {
            String id = node.path("id").asText("");
            return id.isBlank() ? "stretch #" + (index + 1) : "stretch '" + id + "'";
        }

        private StretchFile bind(JsonNode node, String label) {
            try {
                return MAPPER.treeToValue(node, StretchFile.class);
            } catch (UnrecognizedPropertyException e) {
                problems.add(label + ": unknown field '" + e.getPropertyName() + "'" + where(e.getPathReference()));
            } catch (JsonProcessingException e) {
                problems.add(label + ": " + e.getOriginalMessage() + where(e instanceof JsonMappingException m ? m.getPathReference() : ""));
            }
            return null;
        }

        private static String where(String pathReference) {
            // Jackson's path looks like "...StretchFile["dose"]->...DoseFile["rpes"]"; keep the field names.
            Matcher m = JSON_FIELD.matcher(pathReference);
            List<String> fields = new ArrayList<>();
            while (m.find()) {
                fields.add(m.group(1));
            }
            return fields.size() > 1 ? " in '" + String.join(".", fields.subList(0, fields.size() - 1)) + "'" : "";
        }

        private Stretch stretch(StretchFile f, String label) {
            int before = problems.size();
            String id = required(label, "id", f.id());
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(label + ": field 'id' must be lower-case words joined by hyphens, like 'half-pancake'");
            }
            String name = required(label, "name", f.name());
            List<String> alsoCalled = f.alsoCalled() == null ? List.of() : f.alsoCalled();
            if (alsoCalled.stream().anyMatch(n -> n == null || n.isBlank())) {
                problems.add(label + ": field 'alsoCalled' has an empty name");
            }
            String targets = required(label, "targets", f.targets());
            SideMode sides = sides(label, f.sides());
            Dose dose = dose(label, f.dose());
            Optional<Rhythm> rhythm = rhythm(label, f, dose);
            String holdCue = f.holdCue();
            // From the file, not the validated dose, so one bad hold is one problem, not two.
            boolean holds = f.dose() != null && f.dose().hold() != null;
            if (holds && isBlank(holdCue)) {
                problems.add(label + ": missing field 'holdCue' (the stretch has a hold)");
            }
            if (!holds && !isBlank(holdCue)) {
                problems.add(label + ": field 'holdCue' is given but the dose has no hold");
            }
            Map<Level, Version> versions = versions(label, f.versions());
            int switchSeconds = switchSeconds(label, f.switchSeconds(), sides);
            checkCycleCues(label, dose, versions);
            checkPlaceholders(label, f, sides);
            if (sides == SideMode.ALTERNATING && dose != null && !dose.hasReps()) {
                problems.add(label + ": field 'sides' is 'alternating' but 'dose.reps' is 0; alternating sides count reps to each side");
            }
            if (problems.size() > before) {
                return null;
            }
            return new Stretch(id, name, alsoCalled, targets, sides, dose, rhythm, holds ? holdCue : "", switchSeconds, versions);
        }

        /** A stretch done on each side says how long changing sides takes: one silence, at most ten seconds. */
        private int switchSeconds(String label, Integer seconds, SideMode sides) {
            if (sides != SideMode.EACH) {
                if (seconds != null) {
                    problems.add(label + ": field 'switchSeconds' is given but 'sides' is not 'each'");
                }
                return 0;
            }
            if (seconds == null) {
                problems.add(label + ": missing field 'switchSeconds' (the time to change sides, " + MIN_SWITCH + "-" + MAX_SWITCH + " s)");
                return 0;
            }
            if (seconds < MIN_SWITCH || seconds > MAX_SWITCH) {
                problems.add(label + ": field 'switchSeconds' is " + seconds + ", must be " + MIN_SWITCH + "-" + MAX_SWITCH);
                return 0;
            }
            return seconds;
        }

        /** A version's own cycle cues name the cycle's timed holds, and only a stretch with a cycle has them. */
        private void checkCycleCues(String label, Dose dose, Map<Level, Version> versions) {
            for (Version v : versions.values()) {
                for (Map.Entry<String, List<String>> e : v.cycleCues().entrySet()) {
                    String field = "versions." + v.level().key() + ".cycleCues." + e.getKey();
                    boolean named = dose != null && dose.cycle().map(c -> c.holds().stream().anyMatch(h -> h.name().equals(e.getKey())))
                            .orElse(false);
                    if (dose != null && dose.cycle().isEmpty()) {
                        problems.add(label + ": field '" + field + "' is given but the dose has no cycle");
                    } else if (!named && dose != null) {
                        problems.add(label + ": field '" + field + "' names no timed hold of the cycle");
                    }
                    if (e.getValue() == null || e.getValue().isEmpty() || e.getValue().stream().anyMatch(RoutineLoader::isBlank)) {
                        problems.add(label + ": field '" + field + "' needs a non-empty list of sentences");
                    }
                }
            }
        }

        private SideMode sides(String label, String value) {
            if (value == null) {
                problems.add(label + ": missing field 'sides' (none, each or alternating)");
                return null;
            }
            try {
                return SideMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": field 'sides' is '" + value + "', must be none, each or alternating");
                return null;
            }
        }

        private Dose dose(String label, DoseFile d) {
            if (d == null) {
                problems.add(label + ": missing field 'dose'");
                return null;
            }
            int before = problems.size();
            Integer sets = d.sets();
            if (sets == null) {
                problems.add(label + ": missing field 'dose.sets'");
            } else if (sets < 1 || sets > MAX_SETS) {
                problems.add(label + ": field 'dose.sets' is " + sets + ", must be 1-" + MAX_SETS);
            }
            int reps = d.reps() == null ? 0 : d.reps();
            if (reps < 0 || reps > MAX_REPS) {
                problems.add(label + ": field 'dose.reps' is " + reps + ", must be 0-" + MAX_REPS);
            }
            Optional<HoldRange> hold = Optional.empty();
            if (d.hold() != null) {
                Integer min = holdSeconds(label, "dose.hold.minSeconds", d.hold().minSeconds());
                Integer max = holdSeconds(label, "dose.hold.maxSeconds", d.hold().maxSeconds());
                if (min != null && max != null) {
                    if (min > max) {
                        problems.add(label + ": field 'dose.hold.minSeconds' (" + min + ") is above 'dose.hold.maxSeconds' (" + max + ")");
                    } else {
                        hold = Optional.of(new HoldRange(min, max));
                    }
                }
            }
            Optional<Cycle> cycle = d.cycle() == null ? Optional.empty() : cycle(label, d.cycle());
            if (d.cycle() != null && (reps > 0 || d.hold() != null)) {
                problems.add(label + ": field 'dose.cycle' cannot be combined with 'dose.reps' or 'dose.hold'");
            }
            if (reps == 0 && d.hold() == null && d.cycle() == null) {
                problems.add(label + ": field 'dose' needs reps, a hold or a cycle");
            }
            if (problems.size() > before) {
                return null;
            }
            return new Dose(sets, reps, hold, cycle);
        }

        private Optional<Cycle> cycle(String label, CycleFile c) {
            int before = problems.size();
            if (c.times() == null) {
                problems.add(label + ": missing field 'dose.cycle.times'");
            } else if (c.times() < 1 || c.times() > MAX_CYCLES) {
                problems.add(label + ": field 'dose.cycle.times' is " + c.times() + ", must be 1-" + MAX_CYCLES);
            }
            List<TimedHold> holds = new ArrayList<>();
            if (c.holds() == null || c.holds().isEmpty()) {
                problems.add(label + ": missing field 'dose.cycle.holds' (a non-empty list)");
            } else {
                for (int i = 0; i < c.holds().size(); i++) {
                    TimedHoldFile h = c.holds().get(i);
                    String field = "dose.cycle.holds[" + i + "]";
                    if (h == null) {
                        problems.add(label + ": field '" + field + "' is empty");
                        continue;
                    }
                    String name = required(label, field + ".name", h.name());
                    Integer seconds = holdSeconds(label, field + ".seconds", h.seconds());
                    List<String> cues = lines(label, field + ".cues", h.cues());
                    if (name != null && seconds != null && !cues.isEmpty()) {
                        holds.add(new TimedHold(name, seconds, cues.stream().map(String::trim).toList()));
                    }
                }
            }
            return problems.size() > before ? Optional.empty() : Optional.of(new Cycle(c.times(), holds));
        }

        private Integer holdSeconds(String label, String field, Integer seconds) {
            if (seconds == null) {
                problems.add(label + ": missing field '" + field + "'");
                return null;
            }
            if (seconds < Routine.MIN_HOLD_SECONDS || seconds > Routine.MAX_HOLD_SECONDS) {
                problems.add(label + ": field '" + field + "' is " + seconds + " s, a hold must be "
                        + Routine.MIN_HOLD_SECONDS + "-" + Routine.MAX_HOLD_SECONDS + " s");
                return null;
            }
            return seconds;
        }

        private Optional<Rhythm> rhythm(String label, StretchFile f, Dose dose) {
            boolean reps = dose != null && dose.hasReps();
            if (f.rhythm() == null) {
                if (reps) {
                    problems.add(label + ": missing field 'rhythm' (the stretch has reps)");
                }
                return Optional.empty();
            }
            if (dose != null && !reps) {
                problems.add(label + ": field 'rhythm' is given but 'dose.reps' is 0");
            }
            String in = required(label, "rhythm.in", f.rhythm().in());
            String out = required(label, "rhythm.out", f.rhythm().out());
            return in == null || out == null ? Optional.empty() : Optional.of(new Rhythm(in, out));
        }

        private Map<Level, Version> versions(String label, Map<String, VersionFile> files) {
            Map<Level, Version> versions = new EnumMap<>(Level.class);
            if (files == null) {
                problems.add(label + ": missing field 'versions'");
                return versions;
            }
            for (Map.Entry<String, VersionFile> e : files.entrySet()) {
                Level level = Optional.ofNullable(e.getKey())
                        .flatMap(k -> Arrays.stream(Level.values()).filter(l -> l.key().equals(k)).findFirst())
                        .orElse(null);
                if (level == null) {
                    problems.add(label + ": field 'versions." + e.getKey() + "' is not a version; use easier, standard or harder");
                    continue;
                }
                Version v = version(label, "versions." + e.getKey(), level, e.getValue());
                if (v != null) {
                    versions.put(level, v);
                }
            }
            for (Level needed : List.of(Level.EASIER, Level.STANDARD)) {
                if (!files.containsKey(needed.key())) {
                    problems.add(label + ": missing field 'versions." + needed.key() + "'");
                }
            }
            return versions;
        }

        private Version version(String label, String field, Level level, VersionFile v) {
            if (v == null) {
                problems.add(label + ": field '" + field + "' is empty");
                return null;
            }
            int before = problems.size();
            List<String> setup = lines(label, field + ".setup", v.setup());
            List<String> movement = lines(label, field + ".movement", v.movement());
            String reminder = required(label, field + ".reminder", v.reminder());
            String change = required(label, field + ".change", v.change());
            Map<String, List<String>> cycleCues = v.cycleCues() == null ? Map.of() : v.cycleCues();
            if (cycleCues.values().stream().anyMatch(Objects::isNull)) {
                problems.add(label + ": field '" + field + ".cycleCues' has an empty list");
                return null;
            }
            return problems.size() > before ? null : new Version(level, setup, movement, reminder, change, cycleCues);
        }

        private List<String> lines(String label, String field, List<String> lines) {
            if (lines == null || lines.isEmpty()) {
                problems.add(label + ": missing field '" + field + "' (a non-empty list of sentences)");
                return List.of();
            }
            if (lines.stream().anyMatch(RoutineLoader::isBlank)) {
                problems.add(label + ": field '" + field + "' has an empty sentence");
            }
            return lines;
        }

        private void checkPlaceholders(String label, StretchFile f, SideMode sides) {
            List<String> texts = new ArrayList<>();
            texts.add(f.holdCue());
            if (f.rhythm() != null) {
                texts.add(f.rhythm().in());
                texts.add(f.rhythm().out());
            }
            if (f.versions() != null) {
                f.versions().values().stream().filter(Objects::nonNull).forEach(v -> {
                    if (v.setup() != null) {
                        texts.addAll(v.setup());
                    }
                    if (v.movement() != null) {
                        texts.addAll(v.movement());
                    }
                    texts.add(v.reminder());
                    texts.add(v.change());
                    if (v.cycleCues() != null) {
                        v.cycleCues().values().stream().filter(Objects::nonNull).forEach(texts::addAll);
                    }
                });
            }
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    if (!SIDE_PLACEHOLDER.equals(name)) {
                        problems.add(label + ": unknown placeholder {" + name + "} in \"" + text + "\"; only {side} is allowed");
                    } else if (sides != null && sides != SideMode.EACH) {
                        problems.add(label + ": placeholder {side} used in \"" + text + "\" but 'sides' is not 'each'");
                    }
                }
            }
        }

        private String required(String label, String field, String value) {
            if (isBlank(value)) {
                problems.add(label + ": missing field '" + field + "'");
                return null;
            }
            return value.trim();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
