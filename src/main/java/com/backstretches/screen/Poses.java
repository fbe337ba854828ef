package com.backstretches.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pose drawings: which graphics each stretch shows (a cycle shows one per hold, in order), and
 * each graphic as the AVG the document draws, read from resource files on first use.
 */
public final class Poses {

    static final String MAP = "screen/poses.json";
    static final String GRAPHIC = "screen/poses/%s.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> byStretch;
    private final Map<String, JsonNode> graphics = new ConcurrentHashMap<>();

    private Poses(Map<String, List<String>> byStretch) {
        this.byStretch = Map.copyOf(byStretch);
    }

    public static Poses load() {
        JsonNode map = read(MAP);
        Map<String, List<String>> byStretch = new HashMap<>();
        map.fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            e.getValue().forEach(n -> names.add(n.asText()));
            if (names.isEmpty()) {
                throw new IllegalStateException(MAP + ": no pose for " + e.getKey());
            }
            byStretch.put(e.getKey(), List.copyOf(names));
        });
        return new Poses(byStretch);
    }

    /** The graphics of a stretch, by name. */
    public List<String> of(String stretchId) {
        List<String> names = byStretch.get(stretchId);
        if (names == null) {
            throw new IllegalArgumentException(MAP + " has no pose for " + stretchId);
        }
        return names;
    }

    public Map<String, List<String>> all() {
        return byStretch;
    }

    /** The AVG object of one graphic (shared: do not change it). */
    public JsonNode graphic(String name) {
        return graphics.computeIfAbsent(name, n -> read(GRAPHIC.formatted(n)));
    }

    static JsonNode read(String resource) {
        try (InputStream in = Poses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
