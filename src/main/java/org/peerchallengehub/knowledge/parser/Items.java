package org.peerchallengehub.knowledge.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The items of a bullet list, with sub-bullets joined to their bullet: the parent text, ": "
 * (unless it already ends with a colon), then the sub-bullet texts joined with "; ".
 *
 * <p>Word and PDF copies of a report often lose the indentation of sub-bullets, so a flat list is
 * read the way a person reads it: a bullet that introduces what follows (it ends with a colon, or
 * with a dangling "by", "of", "in the areas of" …) takes the bullets after it as its sub-bullets,
 * as long as they read as fragments — no full stop, a single sentence, and not suddenly far longer
 * than the short fragments before them.
 */
final class Items {

    private Items() {}

    private static final Pattern DANGLING = Pattern.compile(
            "(?i).*\\b(by|of|to|in|on|for|with|including|include|includes|such as|as follows|following|namely|are|is|be"
                    + "|and|or|the|e\\.g\\.|i\\.e\\.)$");
    private static final java.util.Set<String> DANGLING_WORDS = java.util.Set.of(
            "by",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "including",
            "include",
            "includes",
            "following",
            "namely",
            "are",
            "is",
            "be",
            "and",
            "or",
            "the",
            "e.g.",
            "i.e.");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"'’”)]?\\s+[A-Z]");

    /** An item and its sub-items. */
    record Group(String text, String boldLead, List<String> children) {}

    /** The list starting at {@code from}: consecutive items, nested or not, up to a heading. */
    static List<Group> groups(List<Block> blocks, int from, IntPredicate heading) {
        List<Group> groups = new ArrayList<>();
        int end = end(blocks, from, heading);
        for (int i = from; i < end; i++) {
            Block b = blocks.get(i);
            if (b.level() > 0 && !groups.isEmpty()) {
                groups.getLast().children().add(b.text());
            } else {
                String lead = b.boldLead() == null || b.isBold() ? "" : b.boldLead();
                groups.add(new Group(b.text(), lead, new ArrayList<>()));
            }
        }
        return regroupFlattened(groups);
    }

    /** Index just past the list that starts at {@code from}; a numbered heading ends it. */
    static int end(List<Block> blocks, int from, IntPredicate heading) {
        int i = from;
        while (i < blocks.size() && blocks.get(i).isItem() && (i == from || !heading.test(i))) {
            i++;
        }
        return i;
    }

    static List<String> texts(List<Group> groups) {
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(joined(g));
        }
        return out;
    }

    static String joined(Group g) {
        if (g.children().isEmpty()) {
            return g.text();
        }
        String parent = g.text().strip();
        String separator = parent.endsWith(":") ? " " : ": ";
        return parent + separator + String.join("; ", g.children());
    }

    private static List<Group> regroupFlattened(List<Group> groups) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            Group g = groups.get(i);
            i++;
            if (!g.children().isEmpty() || !introduces(g.text())) {
                out.add(g);
                continue;
            }
            List<String> children = new ArrayList<>();
            int maxWords = 0;
            while (i < groups.size()) {
                Group c = groups.get(i);
                if (!c.children().isEmpty() || !fragment(c.text()) || introduces(c.text())) {
                    break;
                }
                int words = words(c.text());
                if (!children.isEmpty() && maxWords <= 5 && words > 6 && words > 2 * maxWords) {
                    break;
                }
                children.add(c.text());
                maxWords = Math.max(maxWords, words);
                i++;
            }
            out.add(new Group(g.text(), g.boldLead(), children));
        }
        return out;
    }

    static boolean introduces(String text) {
        String t = text.strip();
        if (t.endsWith(":")) {
            return true;
        }
        String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (DANGLING_WORDS.contains(last)) {
            return true;
        }
        return (last.equals("as") || last.equals("follows"))
                && DANGLING.matcher(t).matches();
    }

    private static boolean fragment(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        return !SENTENCE_BREAK.matcher(t).find();
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean white = Character.isWhitespace(text.charAt(i));
            if (!white && !inWord) {
                words++;
            }
            inWord = !white;
        }
        return words;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
