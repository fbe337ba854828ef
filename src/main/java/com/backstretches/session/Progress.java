package com.backstretches.session;

import java.util.Optional;

/**
 * A "where am I" summary: numbers are 1-based, {@code setsOnThisSide} counts the sets of the current
 * side; {@code stretchesAfterThis} does not count the current stretch.
 */
public record Progress(
        Status status,
        int stretchNumber,
        int stretchCount,
        String stretchName,
        Side side,
        int set,
        int setsOnThisSide,
        int stretchesAfterThis,
        Optional<String> nextStretchName) {
}
