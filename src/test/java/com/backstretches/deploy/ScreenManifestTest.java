package com.backstretches.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.ScreenDevice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** skill.json declares the APL interface with viewports that take in every screen the skill is tried on. */
class ScreenManifestTest {

    @Test
    void the_manifest_declares_apl_for_every_device_with_a_screen_the_tests_play() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile()).path("manifest");
        JsonNode apl = null;
        for (JsonNode i : manifest.path("apis").path("custom").path("interfaces")) {
            if (i.path("type").asText().equals("ALEXA_PRESENTATION_APL")) {
                apl = i;
            }
        }
        assertThat(apl).as("ALEXA_PRESENTATION_APL in apis.custom.interfaces").isNotNull();
        JsonNode viewports = apl.path("supportedViewports");
        for (ScreenDevice device : ScreenDevice.values()) {
            boolean fits = false;
            for (JsonNode v : viewports) {
                fits |= v.path("mode").asText().equals(device.tv() ? "TV" : "HUB")
                        && v.path("shape").asText().equals(device.round() ? "ROUND" : "RECTANGLE")
                        && v.path("minWidth").asInt() <= device.dpWidth() && device.dpWidth() <= v.path("maxWidth").asInt()
                        && v.path("minHeight").asInt() <= device.dpHeight() && device.dpHeight() <= v.path("maxHeight").asInt();
            }
            assertThat(fits).as("%s (%dx%d dp) fits a supported viewport", device, device.dpWidth(), device.dpHeight()).isTrue();
        }
    }
}
