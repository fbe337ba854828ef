package com.backstretches.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backstretches.lambda.Settings;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.testkit.SamTemplate;
import com.backstretches.testkit.SamTemplate.Tagged;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** template.yaml, skill.json and ask-resources.json checked against the code they deploy. */
class TemplateTest {

    private static final String TABLE = "ProfileTable";
    private static final Set<String> ITEM_ACTIONS = Set.of("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

    private final SamTemplate template = SamTemplate.read();
    private final Map<String, Object> function = template.function();

    @Test
    void the_handler_is_a_stream_handler_lambda_can_construct() throws ReflectiveOperationException {
        String handler = (String) function.get("Handler");
        // Loaded without initialising: the handler's static state reads the environment.
        Class<?> type = Class.forName(handler, false, getClass().getClassLoader());

        assertThat(RequestStreamHandler.class).isAssignableFrom(type);
        assertThat(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())).as("public concrete class").isTrue();
        assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).as("public no-arg constructor").isTrue();
    }

    @Test
    void the_table_is_keyed_by_the_partition_key_the_store_uses_as_a_string() {
        Map<String, Object> table = template.properties(TABLE);

        assertThat(SamTemplate.list(table.get("KeySchema"))).singleElement()
                .isEqualTo(Map.of("AttributeName", DynamoDbProfileStore.PARTITION_KEY, "KeyType", "HASH"));
        assertThat(SamTemplate.list(table.get("AttributeDefinitions")))
                .containsExactly(Map.of("AttributeName", DynamoDbProfileStore.PARTITION_KEY, "AttributeType", "S"));
        assertThat(table.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
    }

    @Test
    void items_expire_by_the_attribute_the_store_writes() {
        Map<String, Object> ttl = SamTemplate.map(template.properties(TABLE).get("TimeToLiveSpecification"));

        assertThat(ttl).containsEntry("AttributeName", DynamoDbProfileStore.EXPIRY_ATTRIBUTE).containsEntry("Enabled", true);
    }

    @Test
    void the_table_outlives_the_stack_and_is_recoverable_and_encrypted() {
        Map<String, Object> resource = template.resource(TABLE);
        Map<String, Object> table = template.properties(TABLE);

        assertThat(resource).containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
        assertThat(SamTemplate.map(table.get("PointInTimeRecoverySpecification"))).containsEntry("PointInTimeRecoveryEnabled", true);
        assertThat(SamTemplate.map(table.get("SSESpecification"))).containsEntry("SSEEnabled", true);
    }

    @Test
    void the_environment_gives_settings_the_table_and_the_skill_id_parameter() {
        Map<String, Object> variables = SamTemplate.map(SamTemplate.map(function.get("Environment")).get("Variables"));

        assertThat(variables).containsEntry(Settings.TABLE_NAME, Tagged.ref(TABLE))
                .containsEntry(Settings.SKILL_ID, Tagged.ref("SkillId"));
        assertThat(variables.keySet()).as("nothing but the settings and the JVM's start-up flags")
                .containsOnly(Settings.TABLE_NAME, Settings.SKILL_ID, "JAVA_TOOL_OPTIONS");
        assertThat(template.parameters()).containsKey("SkillId");
    }

    @Test
    void the_skill_id_check_cannot_be_deployed_switched_off() {
        Map<String, Object> skillId = SamTemplate.map(template.parameters().get("SkillId"));
        assertThat(skillId).as("no default: sam deploy asks for it").doesNotContainKey("Default");
        String pattern = (String) skillId.get("AllowedPattern");
        assertThat("").as("an empty id is refused").doesNotMatch(pattern);
        assertThat("amzn1.ask.skill.11111111-2222-3333-4444-555555555555").matches(pattern);
    }

    @Test
    void only_this_skill_may_invoke_the_function() {
        // SAM turns each event into a resource policy on the function; an Alexa trigger without a
        // SkillId lets any skill call it, and any other event type adds another caller.
        Map<String, Object> events = SamTemplate.map(function.get("Events"));
        assertThat(events).as("the function's triggers").hasSize(1);
        Map<String, Object> trigger = SamTemplate.map(events.values().iterator().next());
        assertThat(trigger.get("Type")).isEqualTo("AlexaSkill");
        assertThat(trigger.get("Properties")).as("the Alexa trigger's properties, with its SkillId").isInstanceOf(Map.class);
        assertThat(SamTemplate.map(trigger.get("Properties"))).as("the Alexa trigger is bound to the skill id parameter")
                .containsEntry("SkillId", Tagged.ref("SkillId"));
    }

    @Test
    void the_jvm_flags_only_tune_start_up() throws Exception {
        Object options = SamTemplate.map(SamTemplate.map(function.get("Environment")).get("Variables")).get("JAVA_TOOL_OPTIONS");
        assertThat(options).isInstanceOf(String.class);
        // Flags that change behaviour rather than speed (a debugger agent, a heap too small) have no place here.
        assertThat(((String) options).split("\\s+")).allMatch(flag -> flag.startsWith("-XX:+TieredCompilation")
                || flag.startsWith("-XX:TieredStopAtLevel=") || flag.startsWith("-Xshare:"));
    }

    @Test
    void the_function_may_only_get_update_and_delete_items_of_its_own_table() {
        Set<String> granted = new HashSet<>();
        for (Object policy : SamTemplate.list(function.get("Policies"))) {
            // An inline document only: a managed policy or a SAM policy template would grant more than is read here.
            for (Object s : SamTemplate.list(SamTemplate.map(policy).get("Statement"))) {
                Map<String, Object> statement = SamTemplate.map(s);
                assertThat(statement.get("Effect")).isEqualTo("Allow");
                assertThat(statement).doesNotContainKeys("NotAction", "NotResource");
                assertThat(asList(statement.get("Resource"))).containsExactly(Tagged.getAtt(TABLE + ".Arn"));
                List<Object> actions = asList(statement.get("Action"));
                assertThat(actions).allSatisfy(a -> assertThat(ITEM_ACTIONS).contains((String) a));
                actions.forEach(a -> granted.add((String) a));
            }
        }
        assertThat(granted).isEqualTo(ITEM_ACTIONS);
    }

    @Test
    void the_function_answers_within_alexas_time_and_starts_from_a_snapshot() {
        assertThat((Integer) function.get("Timeout")).isLessThan(8);
        assertThat(function.get("Runtime")).isEqualTo("java21");
        assertThat(SamTemplate.map(function.get("SnapStart"))).containsEntry("ApplyOn", "PublishedVersions");
        // SnapStart applies to published versions only, so Alexa must call an alias that points at one.
        assertThat((String) function.get("AutoPublishAlias")).isNotBlank();
    }

    @Test
    void the_code_is_the_jar_the_build_shades_and_sam_build_leaves_it_alone() throws Exception {
        assertThat(function.get("CodeUri")).isEqualTo("target/" + shadedJarName() + ".jar");
        assertThat(SamTemplate.map(template.resource(template.functionId()).get("Metadata"))).containsEntry("SkipBuild", true);
    }

    @Test
    void the_function_logs_to_a_group_that_keeps_lines_for_a_limited_time() {
        Object group = SamTemplate.map(function.get("LoggingConfig")).get("LogGroup");
        assertThat(group).isInstanceOf(Tagged.class);
        String groupId = (String) ((Tagged) group).value();
        Map<String, Object> logGroup = template.resource(groupId);

        assertThat(logGroup.get("Type")).isEqualTo("AWS::Logs::LogGroup");
        Object retention = SamTemplate.map(logGroup.get("Properties")).get("RetentionInDays");
        assertThat(retention).isEqualTo(Tagged.ref("LogRetentionDays"));
        assertThat(SamTemplate.map(template.parameters().get("LogRetentionDays")).get("Default")).isInstanceOf(Integer.class);
    }

    @Test
    void the_outputs_give_the_alias_arn_the_table_and_the_log_group() {
        List<Object> values = template.outputs().values().stream().map(o -> SamTemplate.map(o).get("Value")).toList();
        Object group = SamTemplate.map(function.get("LoggingConfig")).get("LogGroup");

        assertThat(values).contains(Tagged.ref(template.functionId() + ".Alias"), Tagged.ref(TABLE), group);
    }

    @Test
    void no_resource_depends_on_itself() {
        Map<String, Set<String>> edges = new HashMap<>();
        template.resources().forEach((id, resource) -> {
            Set<String> on = new HashSet<>(SamTemplate.references(resource));
            Object dependsOn = SamTemplate.map(resource).get("DependsOn");
            if (dependsOn != null) {
                asList(dependsOn).forEach(d -> on.add((String) d));
            }
            on.retainAll(template.resources().keySet());
            edges.put(id, on);
        });

        for (String start : edges.keySet()) {
            assertThat(reachable(start, edges)).as("what %s reaches through references", start).doesNotContain(start);
        }
    }

    @Test
    void the_skill_manifest_sends_requests_and_events_to_the_alias() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile()).path("manifest");
        String endpoint = manifest.path("apis").path("custom").path("endpoint").path("uri").asText();
        String events = manifest.path("events").path("endpoint").path("uri").asText();
        String alias = (String) function.get("AutoPublishAlias");

        assertThat(events).isEqualTo(endpoint);
        assertThat(endpoint).matches("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+:" + alias);
    }

    @Test
    void ask_deploy_deploys_only_the_skill_package() throws IOException {
        JsonNode resources = new ObjectMapper().readTree(Path.of("ask-resources.json").toFile());
        JsonNode profile = resources.path("profiles").path("default");

        assertThat(resources.path("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(Path.of(profile.path("skillMetadata").path("src").asText(), "skill.json")).isRegularFile();
        // SAM deploys the function: ASK CLI must neither build code nor deploy infrastructure.
        assertThat(profile.has("code")).isFalse();
        assertThat(profile.has("skillInfrastructure")).isFalse();
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> ? SamTemplate.list(value) : List.of(value);
    }

    private static Set<String> reachable(String start, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(edges.get(start));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** The shade plugin's finalName in pom.xml: the jar `mvn package` writes to target/. */
    private static String shadedJarName() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList finalName = plugin.getElementsByTagName("finalName");
            if (text(plugin, "artifactId").equals("maven-shade-plugin") && finalName.getLength() == 1) {
                return finalName.item(0).getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml's maven-shade-plugin sets no finalName");
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
