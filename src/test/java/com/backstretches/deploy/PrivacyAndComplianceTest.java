package com.backstretches.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * skill.json's privacy-and-compliance answers: every one written out, none left for Alexa to assume,
 * each what is true of this skill (the reasons are in docs/reliability-and-privacy.md).
 */
class PrivacyAndComplianceTest {

    /** Every yes/no answer of {@code manifest.privacyAndCompliance}, with this skill's answer. */
    private static final Map<String, Boolean> ANSWERS = answers();

    private static Map<String, Boolean> answers() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("allowsPurchases", false);   // no in-skill purchasing, nothing sold
        answers.put("usesPersonalInfo", false);  // no name, email, phone, address or location asked for or kept
        answers.put("isChildDirected", false);   // for adults whose back has been checked by a doctor
        answers.put("isExportCompliant", true);  // nothing export-controlled: only the usual TLS of AWS and Alexa
        answers.put("containsAds", false);       // no advertising
        answers.put("usesHealthInfo", false);    // not a HIPAA covered entity or business associate; no PHI
        return answers;
    }

    /** Personal information an Alexa permission would hand to the skill: asking for one means usesPersonalInfo. */
    private static final List<String> PERSONAL_PERMISSION_WORDS = List.of("profile", "address", "geolocation", "person_id");

    private final JsonNode manifest = readManifest();
    private final JsonNode privacy = manifest.path("privacyAndCompliance");

    @Test
    void every_privacy_and_compliance_answer_is_written_out_with_its_value() {
        List<String> expectedFields = new ArrayList<>(ANSWERS.keySet());
        expectedFields.add("shoppingKit");
        expectedFields.add("locales");
        assertThat(fieldNames(privacy))
                .as("privacyAndCompliance fields: every answer written out, and a new field decided here and in docs/reliability-and-privacy.md")
                .containsExactlyInAnyOrderElementsOf(expectedFields);

        ANSWERS.forEach((field, answer) -> {
            JsonNode value = privacy.path(field);
            assertThat(value.isBoolean()).as("privacyAndCompliance.%s is a JSON boolean, not %s", field, value).isTrue();
            assertThat(value.booleanValue()).as("privacyAndCompliance.%s", field).isEqualTo(answer);
        });
    }

    @Test
    void the_skill_uses_no_alexa_shopping_actions() {
        JsonNode shoppingKit = privacy.path("shoppingKit");

        assertThat(fieldNames(shoppingKit)).as("privacyAndCompliance.shoppingKit").containsExactly("isShoppingActionsEnabled");
        assertThat(shoppingKit.path("isShoppingActionsEnabled").isBoolean()).isTrue();
        assertThat(shoppingKit.path("isShoppingActionsEnabled").booleanValue()).isFalse();
    }

    @Test
    void every_published_locale_has_a_privacy_policy() {
        JsonNode locales = privacy.path("locales");
        assertThat(fieldNames(locales))
                .containsExactlyInAnyOrderElementsOf(fieldNames(manifest.path("publishingInformation").path("locales")));

        locales.fields().forEachRemaining(locale -> {
            assertThat(fieldNames(locale.getValue()))
                    .as("privacyAndCompliance.locales.%s", locale.getKey())
                    .contains("privacyPolicyUrl")
                    .isSubsetOf("privacyPolicyUrl", "termsOfUseUrl");
            locale.getValue().fields().forEachRemaining(url -> {
                URI uri = URI.create(url.getValue().asText());
                assertThat(uri.getScheme()).as("%s.%s", locale.getKey(), url.getKey()).isEqualTo("https");
                assertThat(uri.getHost()).as("%s.%s", locale.getKey(), url.getKey()).isNotBlank();
            });
        });
    }

    @Test
    void no_permission_hands_the_skill_personal_information_while_it_says_it_uses_none() {
        List<String> permissions = new ArrayList<>();
        manifest.path("permissions").forEach(permission -> permissions.add(permission.path("name").asText()));

        assertThat(permissions).as("manifest.permissions").isNotEmpty();
        for (String permission : permissions) {
            assertThat(PERSONAL_PERMISSION_WORDS)
                    .as("%s asks for personal information: set usesPersonalInfo to true and say why", permission)
                    .noneMatch(permission::contains);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode readManifest() {
        try {
            return new ObjectMapper().readTree(Path.of("skill-package", "skill.json").toFile()).path("manifest");
        } catch (IOException e) {
            throw new IllegalStateException("skill-package/skill.json", e);
        }
    }
}
