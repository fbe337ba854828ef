package com.backstretches.skill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AplVersionsTest {

    @Test
    void newer_runtimes_get_the_document_and_older_or_unreadable_ones_do_not() {
        assertThat(AplVersions.atLeast("2024.2", "1.6")).isTrue();
        assertThat(AplVersions.atLeast("1.6", "1.6")).isTrue();
        assertThat(AplVersions.atLeast("1.10", "1.6")).isTrue();
        assertThat(AplVersions.atLeast("1.5", "1.6")).isFalse();
        assertThat(AplVersions.atLeast("1", "1.6")).isFalse();
        assertThat(AplVersions.atLeast("", "1.6")).isFalse();
        assertThat(AplVersions.atLeast("latest", "1.6")).isFalse();
        assertThat(AplVersions.atLeast(null, "1.6")).isFalse();
    }
}
