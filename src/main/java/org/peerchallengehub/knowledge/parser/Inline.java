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
            Pattern.compile("(?<![\\p{L}\\p{N}*_])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![\\p{L}\\p{N}*_])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    /** Collapses whitespace (non-breaking spaces included) into single spaces and trims. */
    static String spaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Markdown inline syntax removed: emphasis, links, escapes; stray leading or trailing marks too. */
    static String markdown(String text) {
        String s = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = spaces(s);
        return stripMarks(s);
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
