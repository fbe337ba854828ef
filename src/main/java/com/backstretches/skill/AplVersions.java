package com.backstretches.skill;

/** APL versions ("1.6", "2024.2") compared part by part as numbers; anything unreadable is too old. */
final class AplVersions {

    private AplVersions() {
    }

    static boolean atLeast(String version, String wanted) {
        int[] v = parse(version);
        int[] w = parse(wanted);
        if (v.length == 0) {
            return false;
        }
        for (int i = 0; i < Math.max(v.length, w.length); i++) {
            int a = i < v.length ? v[i] : 0;
            int b = i < w.length ? w[i] : 0;
            if (a != b) {
                return a > b;
            }
        }
        return true;
    }

    private static int[] parse(String version) {
        if (version == null || !version.matches("\\d{1,6}(\\.\\d{1,6}){0,3}")) {
            return new int[0];
        }
        String[] parts = version.split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
