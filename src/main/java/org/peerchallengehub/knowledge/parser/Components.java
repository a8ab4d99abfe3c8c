package org.peerchallengehub.knowledge.parser;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stable component ids of the interchange format, and the headlines each framework gave them
 * (2016, the older 2011 names, and the 2024 names, which map to their nearest 2016 component).
 */
final class Components {

    private Components() {}

    private static final Map<String, String> BY_HEADLINE = new LinkedHashMap<>();

    static {
        alias(
                "understanding-place-and-priorities",
                "understanding of the local place and priority setting",
                "understanding of the local place and priorities",
                "understanding the local place and priority setting",
                "local context and priorities",
                "local priorities and outcomes");
        alias("leadership-of-place", "leadership of place", "place leadership", "organisational and place leadership");
        alias(
                "organisational-leadership-and-governance",
                "organisational leadership and governance",
                "leadership and governance",
                "governance and culture");
        alias(
                "financial-planning-and-viability",
                "financial planning and viability",
                "financial and organisational capacity",
                "financial planning and management");
        alias("capacity-to-deliver", "capacity to deliver", "capacity for improvement");
    }

    private static void alias(String id, String... headlines) {
        for (String headline : headlines) {
            BY_HEADLINE.put(normalise(headline), id);
        }
    }

    /** The stable id of the component a heading names, or null for anything else. */
    static @Nullable String idOf(String heading) {
        return BY_HEADLINE.get(normalise(heading));
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else if (c == '&') {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append("and");
                gap = true;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
