package com.backstretches.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * template.yaml as the tests read it: plain maps, lists and scalars, with CloudFormation's intrinsic
 * functions kept as {@link Tagged} values so a test can tell {@code !Ref ProfileTable} from the string
 * "ProfileTable".
 */
public final class SamTemplate {

    public static final Path FILE = Path.of("template.yaml");
    public static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    /**
     * An intrinsic function, in its short-form tag whichever form the template used: {@code !Ref X}
     * and {@code {Ref: X}} both become {@code Tagged("!Ref", "X")}; a long-form GetAtt's list becomes
     * "Resource.Attribute", as the short form writes it.
     */
    public record Tagged(String tag, Object value) {

        public static Tagged ref(String name) {
            return new Tagged("!Ref", name);
        }

        public static Tagged getAtt(String resourceDotAttribute) {
            return new Tagged("!GetAtt", resourceDotAttribute);
        }
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate read() {
        return read(FILE);
    }

    public static SamTemplate read(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(new CloudFormationConstructor()).load(in);
            return new SamTemplate(map(normalise(loaded)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    /** The whole resource: Type, Properties and attributes such as DeletionPolicy. */
    public Map<String, Object> resource(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource == null) {
            throw new AssertionError("template.yaml has no resource " + logicalId);
        }
        return map(resource);
    }

    public Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).get("Properties"));
    }

    /** Logical ids of the resources of one type, in template order. */
    public List<String> resourcesOfType(String type) {
        return resources().entrySet().stream().filter(e -> type.equals(map(e.getValue()).get("Type"))).map(Map.Entry::getKey).toList();
    }

    /** The logical id of the template's one function. */
    public String functionId() {
        List<String> functions = resourcesOfType(FUNCTION_TYPE);
        if (functions.size() != 1) {
            throw new AssertionError("template.yaml should declare one " + FUNCTION_TYPE + ", has " + functions);
        }
        return functions.get(0);
    }

    /** The Properties of the template's one function. */
    public Map<String, Object> function() {
        return properties(functionId());
    }

    public Map<String, Object> parameters() {
        return map(root.getOrDefault("Parameters", Map.of()));
    }

    public Map<String, Object> outputs() {
        return map(root.getOrDefault("Outputs", Map.of()));
    }

    /**
     * The names a value refers to through Ref, GetAtt and Sub, anywhere inside it: logical ids and
     * parameters, without attributes ("SkillFunction.Alias" is SkillFunction) or pseudo parameters.
     */
    public static Set<String> references(Object value) {
        Set<String> names = new LinkedHashSet<>();
        collectReferences(value, names);
        return names;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping in template.yaml, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("expected a list in template.yaml, found " + value);
        }
        return (List<Object>) value;
    }

    private static void collectReferences(Object value, Set<String> names) {
        if (value instanceof Tagged tagged) {
            switch (tagged.tag()) {
                case "!Ref", "!GetAtt" -> addName(String.valueOf(tagged.value()), names);
                case "!Sub" -> {
                    Object body = tagged.value() instanceof List<?> parts ? parts.get(0) : tagged.value();
                    Matcher m = SUB_VARIABLE.matcher(String.valueOf(body));
                    while (m.find()) {
                        addName(m.group(1), names);
                    }
                    if (tagged.value() instanceof List<?> parts && parts.size() > 1) {
                        collectReferences(parts.get(1), names);
                    }
                }
                default -> collectReferences(tagged.value(), names);
            }
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collectReferences(v, names));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectReferences(v, names));
        }
    }

    private static void addName(String reference, Set<String> names) {
        String name = reference.split("\\.", 2)[0].strip();
        if (!name.startsWith("AWS::")) {
            names.add(name);
        }
    }

    /** Long-form intrinsics ({Ref: X}, {Fn::GetAtt: [X, Arn]}) become the same Tagged as the short forms. */
    private static Object normalise(Object value) {
        if (value instanceof Tagged tagged) {
            return new Tagged(tagged.tag(), normalise(tagged.value()));
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(normalise(v)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                String key = String.valueOf(m.keySet().iterator().next());
                Object inner = normalise(m.values().iterator().next());
                if (key.equals("Ref")) {
                    return new Tagged("!Ref", inner);
                }
                if (key.startsWith("Fn::")) {
                    String tag = "!" + key.substring(4);
                    return tag.equals("!GetAtt") && inner instanceof List<?> parts
                            ? new Tagged(tag, parts.get(0) + "." + parts.get(1))
                            : new Tagged(tag, inner);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        return value;
    }

    /** Reads CloudFormation's short-form tags (!Ref, !GetAtt, !Sub, ...) as Tagged values instead of failing on them. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            this.yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    if (node instanceof ScalarNode scalar) {
                        return new Tagged(tag, scalar.getValue());
                    }
                    if (node instanceof SequenceNode sequence) {
                        return new Tagged(tag, constructSequence(sequence));
                    }
                    return new Tagged(tag, constructMapping((MappingNode) node));
                }
            });
        }
    }
}
