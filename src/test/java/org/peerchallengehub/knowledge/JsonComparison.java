package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares parsed output with an expected document field by field, loosely for quotes and dashes
 * (curly and straight quotes, hyphen and en or em dashes are the same), and lists every difference
 * with its path, so one failing test says everything that is wrong.
 */
final class JsonComparison {

    private JsonComparison() {}

    /** Differences between {@code expected} and {@code actual}; keys in {@code ignored} are skipped. */
    static List<String> differences(JsonNode expected, JsonNode actual, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, ignored, out);
        return out;
    }

    static String loose(String s) {
        return s.replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u00A0', ' ');
    }

    private static void compare(
            String path, JsonNode expected, JsonNode actual, Set<String> ignored, List<String> out) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": expected an object, got " + actual);
                return;
            }
            for (String key : expected.propertyNames()) {
                if (ignored.contains(key)) {
                    continue;
                }
                if (!actual.has(key)) {
                    out.add(path + "." + key + ": missing");
                } else {
                    compare(path + "." + key, expected.get(key), actual.get(key), ignored, out);
                }
            }
            for (String key : actual.propertyNames()) {
                if (!expected.has(key) && !ignored.contains(key)) {
                    out.add(path + "." + key + ": not expected");
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                out.add(path + ": expected an array, got " + actual);
                return;
            }
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " entries, got " + actual.size() + ": " + actual);
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), ignored, out);
            }
        } else if (expected.isString() && actual.isString()) {
            if (!loose(expected.asString()).equals(loose(actual.asString()))) {
                out.add(path + ": expected \"" + expected.asString() + "\", got \"" + actual.asString() + "\"");
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
