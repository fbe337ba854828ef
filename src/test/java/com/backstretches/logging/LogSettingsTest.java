package com.backstretches.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogSettingsTest {

    @Test
    void by_default_lines_go_to_stdout_at_info_with_the_ask_sdk_held_at_warn() {
        LogSettings settings = LogSettings.from(Map.<String, String>of()::get);
        assertThat(settings.target()).isEqualTo(LogSettings.Target.STDOUT);
        assertThat(settings.levelFor("com.backstretches.skill.RequestLog")).isEqualTo(Level.INFO);
        assertThat(settings.levelFor("com.amazon.ask.dispatcher.impl.DefaultRequestDispatcher")).isEqualTo(Level.WARN);
        assertThat(settings.levelFor("com.amazon.askother")).as("a prefix matches whole name parts only").isEqualTo(Level.INFO);
    }

    @Test
    void the_console_sends_lines_to_stderr_and_a_stricter_root_level_wins_everywhere() {
        LogSettings settings = LogSettings.from(Map.of(LogSettings.TARGET_PROPERTY, "stderr", LogSettings.LEVEL_PROPERTY, "error")::get);
        assertThat(settings.target()).isEqualTo(LogSettings.Target.STDERR);
        assertThat(settings.levelFor("com.backstretches.skill.RequestLog")).isEqualTo(Level.ERROR);
        assertThat(settings.levelFor("com.amazon.ask.Skill")).isEqualTo(Level.ERROR);
    }

    @Test
    void an_unknown_level_or_target_falls_back_to_the_defaults() {
        LogSettings settings = LogSettings.from(Map.of(LogSettings.TARGET_PROPERTY, "printer", LogSettings.LEVEL_PROPERTY, "loud")::get);
        assertThat(settings.target()).isEqualTo(LogSettings.Target.STDOUT);
        assertThat(settings.rootLevel()).isEqualTo(Level.INFO);
    }
}
