package com.backstretches.speech;

import com.backstretches.routine.RoutineLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The shipped routine file as text, with one edit, for tests that need odd content. */
final class RoutineLoaderCopy {

    private RoutineLoaderCopy() {
    }

    static String shippedWith(String original, String replacement) {
        try (InputStream in = RoutineLoaderCopy.class.getClassLoader().getResourceAsStream(RoutineLoader.DEFAULT_RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!json.contains(original)) {
                throw new IllegalStateException("the routine file no longer contains " + original);
            }
            return json.replace(original, replacement);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
