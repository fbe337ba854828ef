package com.backstretches.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.local.AvgToSvg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class PoseGraphicsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double WIDTH = 240;
    private static final double HEIGHT = 160;

    // What APL AVG 1.2 allows on a path; anything else is a typo the device would silently ignore.
    private static final Set<String> PATH_PROPERTIES = Set.of("type", "pathData", "stroke", "strokeWidth", "fill",
            "strokeLineCap", "strokeLineJoin", "strokeOpacity", "fillOpacity", "opacity");

    private static final Pattern TOKEN = Pattern.compile("([A-Za-z])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)|([\\s,]+)|(.)");

    @ParameterizedTest
    @ValueSource(strings = {"prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
            "half-pancake", "a-frame", "squat"})
    void every_pose_is_an_avg_1_2_graphic_on_the_shared_240_by_160_viewport(String name) {
        JsonNode avg = pose(name);

        assertThat(avg.path("type").asText()).isEqualTo("AVG");
        assertThat(avg.path("version").asText()).isEqualTo("1.2");
        assertThat(avg.path("width").asInt()).isEqualTo(240);
        assertThat(avg.path("height").asInt()).isEqualTo(160);
        assertThat(avg.path("viewportWidth").isNumber()).isTrue();
        assertThat(avg.path("viewportWidth").asDouble()).isEqualTo(WIDTH);
        assertThat(avg.path("viewportHeight").asDouble()).isEqualTo(HEIGHT);
        assertThat(paths(avg)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
            "half-pancake", "a-frame", "squat"})
    void every_path_uses_absolute_commands_only_and_stays_inside_the_viewport(String name) {
        for (JsonNode path : paths(pose(name))) {
            String data = path.path("pathData").asText();
            assertThat(data).as("%s pathData", name).isNotBlank();

            List<double[]> points = pointsReached(data);

            assertThat(points).as("%s: %s", name, data).isNotEmpty().allSatisfy(point -> {
                assertThat(point[0]).as("x in %s", data).isBetween(0.0, WIDTH);
                assertThat(point[1]).as("y in %s", data).isBetween(0.0, HEIGHT);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
            "half-pancake", "a-frame", "squat"})
    void every_path_is_a_round_capped_line_in_the_ink_colour_with_only_avg_properties(String name) {
        for (JsonNode path : paths(pose(name))) {
            List<String> properties = new ArrayList<>();
            path.fieldNames().forEachRemaining(properties::add);

            assertThat(properties).as(name).isSubsetOf(PATH_PROPERTIES);
            assertThat(path.path("stroke").asText()).isEqualTo("${ink}");
            assertThat(path.path("strokeWidth").isNumber()).as("a number, not a string").isTrue();
            assertThat(path.path("strokeLineCap").asText()).isEqualTo("round");
            assertThat(path.path("strokeLineJoin").asText()).isEqualTo("round");
            assertThat(path.path("fill").asText()).isEqualTo("transparent");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
            "half-pancake", "a-frame", "squat"})
    void every_pose_file_is_under_1000_bytes(String name) {
        assertThat(bytes(name)).hasSizeLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prone-extension", "wag-tail", "quadruped-sidebend", "quadruped-torso-rotation",
            "half-pancake", "a-frame", "squat"})
    void the_svg_preview_of_every_pose_is_well_formed_with_one_path_element_per_avg_path(String name) throws Exception {
        JsonNode avg = pose(name);

        String svg = AvgToSvg.svg(avg, Map.of(), 480, 320);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 240 160");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("480");
        assertThat(document.getElementsByTagNameNS(SVG_NS, "path").getLength()).isEqualTo(paths(avg).size());
        assertThat(svg).doesNotContain("${").contains("stroke=\"#F4F1EA\"").contains("stroke-linecap=\"round\"");
    }

    @Test
    void the_svg_preview_uses_a_given_parameter_value_escaped_for_xml() throws Exception {
        String svg = AvgToSvg.svg(pose("squat"), Map.of("ink", "a\"<&>'b"), 240, 160);

        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS(SVG_NS, "path").item(0).getAttributes().getNamedItem("stroke")
                .getNodeValue()).isEqualTo("a\"<&>'b");
        assertThat(svg).doesNotContain("#F4F1EA");
    }

    @Test
    void the_svg_preview_rejects_an_expression_that_is_not_a_plain_parameter_reference() {
        ObjectNode avg = (ObjectNode) pose("squat");
        ((ObjectNode) avg.withArray("items").get(1)).put("stroke", "${ink == 'x' ? 'red' : ink}");

        assertThatThrownBy(() -> AvgToSvg.svg(avg, Map.of(), 240, 160))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain parameter reference")
                .hasMessageContaining("${ink == 'x' ? 'red' : ink}");

        ((ObjectNode) avg.withArray("items").get(1)).put("stroke", "${colour}");
        assertThatThrownBy(() -> AvgToSvg.svg(avg, Map.of(), 240, 160))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${colour}");
    }

    @Test
    void the_svg_preview_draws_a_group_as_a_g_element_and_fills_nothing_unless_told() throws Exception {
        JsonNode avg = JSON.readTree("""
                {"type":"AVG","version":"1.2","width":10,"height":10,"parameters":["ink"],
                 "items":[{"type":"group","opacity":0.5,"items":[{"type":"path","pathData":"M1 1 L9 9","stroke":"${ink}"}]}]}
                """);

        String svg = AvgToSvg.svg(avg, Map.of("ink", "red"), 20, 20);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 10 10");
        var group = document.getElementsByTagNameNS(SVG_NS, "g");
        assertThat(group.getLength()).isEqualTo(1);
        assertThat(group.item(0).getAttributes().getNamedItem("opacity").getNodeValue()).isEqualTo("0.5");
        var path = document.getElementsByTagNameNS(SVG_NS, "path").item(0);
        assertThat(path.getParentNode()).isSameAs(group.item(0));
        // SVG would fill a path black by default; AVG fills nothing.
        assertThat(path.getAttributes().getNamedItem("fill").getNodeValue()).isEqualTo("none");
        assertThat(path.getAttributes().getNamedItem("stroke").getNodeValue()).isEqualTo("red");
    }

    /** Every point a path reaches or steers by: end points, and the control points of curves. */
    private static List<double[]> pointsReached(String data) {
        List<double[]> points = new ArrayList<>();
        char command = 0;
        List<Double> numbers = new ArrayList<>();
        double x = Double.NaN;
        double y = Double.NaN;
        Matcher matcher = TOKEN.matcher(data);
        List<Object> tokens = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group(4) != null) {
                throw new AssertionError("unexpected character '" + matcher.group(4) + "' in path " + data);
            }
            if (matcher.group(1) != null) {
                tokens.add(matcher.group(1).charAt(0));
            } else if (matcher.group(2) != null) {
                tokens.add(Double.parseDouble(matcher.group(2)));
            }
        }
        tokens.add('\0');
        assertThat(tokens.get(0)).as("a path starts with M: %s", data).isEqualTo('M');
        for (Object token : tokens) {
            if (token instanceof Double number) {
                numbers.add(number);
                continue;
            }
            if (command != 0) {
                int arity = arity(command, data);
                assertThat(numbers.size() % Math.max(arity, 1)).as("%s takes %d numbers at a time in %s", command, arity, data)
                        .isZero();
                assertThat(arity == 0 ? numbers.isEmpty() : !numbers.isEmpty()).as("numbers after %s in %s", command, data).isTrue();
                for (int i = 0; i < numbers.size(); i += Math.max(arity, 1)) {
                    List<Double> n = numbers.subList(i, Math.min(i + arity, numbers.size()));
                    switch (command) {
                        case 'M', 'L' -> points.add(new double[] {x = n.get(0), y = n.get(1)});
                        case 'H' -> points.add(new double[] {x = n.get(0), y});
                        case 'V' -> points.add(new double[] {x, y = n.get(0)});
                        case 'Q', 'C' -> {
                            for (int p = 0; p < arity; p += 2) {
                                points.add(new double[] {n.get(p), n.get(p + 1)});
                            }
                            x = n.get(arity - 2);
                            y = n.get(arity - 1);
                        }
                        case 'A' -> points.add(new double[] {x = n.get(5), y = n.get(6)});
                        default -> {
                        }
                    }
                }
            }
            command = (Character) token;
            numbers.clear();
        }
        return points;
    }

    private static int arity(char command, String data) {
        return switch (command) {
            case 'M', 'L' -> 2;
            case 'H', 'V' -> 1;
            case 'Q' -> 4;
            case 'C' -> 6;
            case 'A' -> 7;
            case 'Z' -> 0;
            default -> throw new AssertionError("'" + command + "' is not an absolute path command (M L H V C Q A Z) in " + data);
        };
    }

    private static List<JsonNode> paths(JsonNode container) {
        List<JsonNode> paths = new ArrayList<>();
        for (JsonNode item : container.path("items")) {
            switch (item.path("type").asText()) {
                case "path" -> paths.add(item);
                case "group" -> paths.addAll(paths(item));
                default -> throw new AssertionError("a pose draws with paths and groups only, not " + item.path("type"));
            }
        }
        return paths;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode pose(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        String resource = "screen/poses/" + name + ".json";
        try (InputStream in = PoseGraphicsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the class path", resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
