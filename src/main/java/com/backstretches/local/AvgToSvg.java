package com.backstretches.local;

import com.backstretches.speech.SsmlRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an Alexa Vector Graphic (APL AVG 1.2) into an SVG element, so the pose drawings can be
 * previewed in a browser without a device. It covers what the pose files use: paths and groups,
 * with their paint, opacity and transform properties, and plain {@code ${name}} parameter references.
 */
public final class AvgToSvg {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PLAIN_NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");

    // AVG path property -> SVG attribute; AVG and SVG share the value vocabularies (round, bevel, ...).
    private static final Map<String, String> PATH_ATTRIBUTES = orderedMap(
            "stroke", "stroke",
            "strokeWidth", "stroke-width",
            "strokeOpacity", "stroke-opacity",
            "strokeLineCap", "stroke-linecap",
            "strokeLineJoin", "stroke-linejoin",
            "strokeMiterLimit", "stroke-miterlimit",
            "strokeDashOffset", "stroke-dashoffset",
            "fillOpacity", "fill-opacity",
            "opacity", "opacity",
            "pathLength", "pathLength");

    private AvgToSvg() {
    }

    /** An SVG element for this AVG graphic; parameters take their defaults unless given in {@code values}. */
    public static String svg(JsonNode avg, Map<String, String> values, int pixelWidth, int pixelHeight) {
        if (avg == null || !"AVG".equals(avg.path("type").asText())) {
            throw new IllegalArgumentException("not an AVG graphic: its \"type\" must be \"AVG\"");
        }
        Map<String, String> parameters = parameters(avg, values == null ? Map.of() : values);
        JsonNode width = avg.path("viewportWidth").isMissingNode() ? avg.path("width") : avg.path("viewportWidth");
        JsonNode height = avg.path("viewportHeight").isMissingNode() ? avg.path("height") : avg.path("viewportHeight");
        if (!width.isNumber() || !height.isNumber()) {
            throw new IllegalArgumentException("an AVG graphic needs a numeric viewportWidth/viewportHeight (or width/height)");
        }
        StringBuilder out = new StringBuilder(1024);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" width=\"").append(pixelWidth).append('"')
                .append(" height=\"").append(pixelHeight).append('"')
                .append(" viewBox=\"0 0 ").append(width.asText()).append(' ').append(height.asText()).append("\">");
        items(avg, parameters, out);
        return out.append("</svg>").toString();
    }

    private static Map<String, String> parameters(JsonNode avg, Map<String, String> values) {
        Map<String, String> parameters = new HashMap<>();
        for (JsonNode parameter : list(avg.path("parameters"))) {
            // APL allows a bare name as shorthand for a parameter with no default.
            String name = parameter.isTextual() ? parameter.asText() : parameter.path("name").asText();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("an AVG parameter has no name: " + parameter);
            }
            JsonNode fallback = parameter.path("default");
            parameters.put(name, values.getOrDefault(name, fallback.isValueNode() ? fallback.asText() : ""));
        }
        return parameters;
    }

    private static void items(JsonNode container, Map<String, String> parameters, StringBuilder out) {
        // APL accepts "item" as well as "items", and a single object where an array is expected.
        JsonNode items = container.has("items") ? container.get("items") : container.path("item");
        for (JsonNode item : list(items)) {
            String type = item.path("type").asText();
            switch (type) {
                case "path" -> path(item, parameters, out);
                case "group" -> group(item, parameters, out);
                default -> throw new IllegalArgumentException("AVG item type \"" + type + "\" is not supported (only path and group)");
            }
        }
    }

    private static void path(JsonNode path, Map<String, String> parameters, StringBuilder out) {
        out.append("<path");
        attribute(out, "d", value(path, "pathData", parameters));
        // AVG paints nothing unless told to, whereas SVG fills black by default.
        String fill = value(path, "fill", parameters);
        attribute(out, "fill", fill == null || fill.isBlank() || "transparent".equals(fill) ? "none" : fill);
        PATH_ATTRIBUTES.forEach((avgName, svgName) -> attribute(out, svgName, value(path, avgName, parameters)));
        JsonNode dashes = path.path("strokeDashArray");
        if (!dashes.isMissingNode()) {
            List<String> parts = list(dashes).stream().map(dash -> substitute(dash.asText(), parameters)).toList();
            attribute(out, "stroke-dasharray", String.join(" ", parts));
        }
        out.append("/>");
    }

    private static void group(JsonNode group, Map<String, String> parameters, StringBuilder out) {
        for (String unsupported : List.of("clipPath", "filters")) {
            if (group.has(unsupported)) {
                throw new IllegalArgumentException("AVG group property \"" + unsupported + "\" is not supported by the preview");
            }
        }
        out.append("<g");
        attribute(out, "opacity", value(group, "opacity", parameters));
        attribute(out, "transform", transform(group, parameters));
        out.append('>');
        items(group, parameters, out);
        out.append("</g>");
    }

    // AVG applies scale, then rotation, both about the pivot, then translation; "transform" (an SVG-style
    // string) comes first when both are given.
    private static String transform(JsonNode group, Map<String, String> parameters) {
        StringBuilder transform = new StringBuilder();
        String text = value(group, "transform", parameters);
        if (text != null && !text.isBlank()) {
            transform.append(text.trim());
        }
        double rotation = number(group, "rotation", 0, parameters);
        double scaleX = number(group, "scaleX", 1, parameters);
        double scaleY = number(group, "scaleY", 1, parameters);
        double pivotX = number(group, "pivotX", 0, parameters);
        double pivotY = number(group, "pivotY", 0, parameters);
        double translateX = number(group, "translateX", 0, parameters);
        double translateY = number(group, "translateY", 0, parameters);
        if (rotation != 0 || scaleX != 1 || scaleY != 1 || translateX != 0 || translateY != 0) {
            if (transform.length() > 0) {
                transform.append(' ');
            }
            transform.append("translate(").append(format(translateX + pivotX)).append(' ').append(format(translateY + pivotY)).append(')')
                    .append(" rotate(").append(format(rotation)).append(')')
                    .append(" scale(").append(format(scaleX)).append(' ').append(format(scaleY)).append(')')
                    .append(" translate(").append(format(-pivotX)).append(' ').append(format(-pivotY)).append(')');
        }
        return transform.length() == 0 ? null : transform.toString();
    }

    private static double number(JsonNode node, String name, double fallback, Map<String, String> parameters) {
        String text = value(node, name, parameters);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("AVG property \"" + name + "\" is not a number: " + text, e);
        }
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** The property as text with its parameter references resolved; null when absent. */
    private static String value(JsonNode node, String name, Map<String, String> parameters) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("AVG property \"" + name + "\" must be a single value, not " + value);
        }
        return substitute(value.asText(), parameters);
    }

    private static String substitute(String text, Map<String, String> parameters) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            out.append(text, from, matcher.start());
            // A preview has no data-binding evaluator: anything beyond a bare name would be silently wrong.
            Matcher name = PLAIN_NAME.matcher(matcher.group(1));
            if (!name.matches()) {
                throw new IllegalArgumentException("only plain parameter references like ${ink} are supported, not "
                        + matcher.group());
            }
            String value = parameters.get(name.group(1));
            if (value == null) {
                throw new IllegalArgumentException(matcher.group() + " names no parameter of this graphic (it has "
                        + parameters.keySet() + ")");
            }
            out.append(value);
            from = matcher.end();
        }
        String rest = text.substring(from);
        if (rest.contains("${")) {
            throw new IllegalArgumentException("unterminated expression in AVG property value: " + text);
        }
        return out.append(rest).toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(' ').append(name).append("=\"").append(SsmlRenderer.escape(value)).append('"');
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(node);
        }
        List<JsonNode> list = new ArrayList<>(node.size());
        node.forEach(list::add);
        return list;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
