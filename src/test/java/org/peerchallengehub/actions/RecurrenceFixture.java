package org.peerchallengehub.actions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Thurrock fixture (src/test/resources/actions/thurrock-recurrence.txt): the 2011 report's items, the
 * 2016 report's items with their split (dev or held-out), and the pairs a reader judged to be revisits.
 */
record RecurrenceFixture(
        Map<String, String> earlier, Map<String, NewItem> items, Set<Pair> revisits, Set<String> newOnly) {

    record NewItem(String id, boolean dev, String section, String text) {}

    record Pair(String item, String earlier) {}

    static RecurrenceFixture thurrock() {
        try (InputStream in = RecurrenceFixture.class.getResourceAsStream("/actions/thurrock-recurrence.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecurrenceFixture parse(String text) {
        Map<String, String> earlier = new LinkedHashMap<>();
        Map<String, NewItem> items = new LinkedHashMap<>();
        Set<Pair> revisits = new HashSet<>();
        Set<String> newOnly = new HashSet<>();
        String block = "";
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                block = line;
                continue;
            }
            String[] f = line.split("\t");
            switch (block) {
                case "[earlier]" -> earlier.put(f[0], f[1]);
                case "[new]" -> items.put(f[0], new NewItem(f[0], f[1].equals("dev"), f[2], f[3]));
                case "[revisits]" -> revisits.add(new Pair(f[0], f[1]));
                case "[new-only]" -> newOnly.add(f[0]);
                default -> throw new IllegalStateException("A line outside a block: " + line);
            }
        }
        return new RecurrenceFixture(earlier, items, revisits, newOnly);
    }

    List<NewItem> split(boolean dev) {
        List<NewItem> out = new ArrayList<>();
        for (NewItem i : items.values()) {
            if (i.dev() == dev) {
                out.add(i);
            }
        }
        return out;
    }
}
