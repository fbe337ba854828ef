package com.backstretches.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The APL document the skill renders, read once from its resource file, and what one response sends
 * with it: the document carrying only the pose graphics this screen draws (which keeps the response
 * small), and the screen as its datasource.
 */
public final class AplDocument {

    static final String RESOURCE = "screen/document.json";
    public static final String TOKEN = "backStretchesScreen";
    /** The datasource's name; the document's main template takes it as its parameter. */
    public static final String DATASOURCE = "screen";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode template;
    private final Poses poses;

    private AplDocument(ObjectNode template, Poses poses) {
        this.template = template;
        this.poses = poses;
    }

    public static AplDocument load(Poses poses) {
        JsonNode doc = Poses.read(RESOURCE);
        if (!(doc instanceof ObjectNode object) || !"APL".equals(doc.path("type").asText())) {
            throw new IllegalStateException(RESOURCE + " is not an APL document");
        }
        return new AplDocument(object, poses);
    }

    /** The APL version the document is written in: a device whose runtime is older does not get it. */
    public String version() {
        return template.path("version").asText();
    }

    /** The document for this screen, as the directive's {@code document}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> document(Screen screen) {
        ObjectNode doc = template.deepCopy();
        ObjectNode graphics = doc.putObject("graphics");
        screen.poses().forEach(name -> graphics.set(name, poses.graphic(name)));
        return JSON.convertValue(doc, Map.class);
    }

    /** The directive's {@code datasources}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> datasources(Screen screen) {
        return Map.of(DATASOURCE, JSON.convertValue(screen, Map.class));
    }
}
