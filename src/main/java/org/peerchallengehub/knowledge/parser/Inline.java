package org.peerchallengehub.knowledge.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Clean-up of inline text: markdown emphasis, links and escapes removed, whitespace collapsed. */
final class Inline {

    private Inline() {}

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+|[^@>\\s]+@[^>\\s]+)>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!'\"<>|~])");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|(?<![\\p{L}\\p{N}])__|__(?![\\p{L}\\p{N}])");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}*_])[*_](?=\\S)(.{1,400}?)(?<=\\S)[*_](?![\\p{L}\\p{N}*_])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    /** Collapses whitespace (non-breaking spaces included) into single spaces and trims. */
    static String spaces(String text) {
        StringBuilder out = null;
        boolean space = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean white = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
            if (out == null) {
                if (!white
                        || (c == ' '
                                && i > 0
                                && i + 1 < n
                                && !isWhite(text.charAt(i + 1))
                                && !isWhite(text.charAt(i - 1)))) {
                    continue;
                }
                out = new StringBuilder(n);
                out.append(text, 0, i);
                space = i > 0 && isWhite(text.charAt(i - 1));
            }
            if (white) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out == null ? text : out.toString().strip();
    }

    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }

    /** Markdown inline syntax removed: emphasis, links, escapes; stray leading or trailing marks too. */
    static String markdown(String text) {
        if (!hasMarkup(text)) {
            return spaces(text);
        }
        String s = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = spaces(s);
        return stripMarks(s);
    }

    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '[' || c == '<' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Emphasis marks left at either end ("_Growth", "Growth**") removed. */
    static String stripMarks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '_' || s.charAt(start) == '*')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '_' || s.charAt(end - 1) == '*')) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    /**
     * The bold words a markdown line starts with ("**Headline.** Explanation" gives "Headline."), all
     * of it when the whole line is bold, or null.
     */
    static @Nullable String markdownBoldLead(String raw) {
        String s = raw.strip();
        String mark = s.startsWith("**") ? "**" : s.startsWith("__") ? "__" : null;
        if (mark == null) {
            return null;
        }
        int close = s.indexOf(mark, 2);
        if (close < 0) {
            return null;
        }
        String lead = markdown(s.substring(2, close));
        return lead.isEmpty() ? null : lead;
    }
}
