package org.peerchallengehub.indicators;

import org.jspecify.annotations.Nullable;

/**
 * Which comparator group to use, as written in URLs and the API: {@code type}, {@code region},
 * {@code england}, {@code nearest-neighbours} or {@code custom-<id>}.
 */
public record GroupChoice(GroupKind kind, @Nullable Long customGroupId) {

    public static final GroupChoice SAME_TYPE = new GroupChoice(GroupKind.SAME_TYPE, null);
    public static final GroupChoice SAME_REGION = new GroupChoice(GroupKind.SAME_REGION, null);
    public static final GroupChoice ENGLAND = new GroupChoice(GroupKind.ENGLAND, null);
    public static final GroupChoice NEAREST_NEIGHBOURS = new GroupChoice(GroupKind.NEAREST_NEIGHBOURS, null);

    private static final String EXPECTED =
            "a comparator group is one of type, region, england, nearest-neighbours or custom-<number>";

    public GroupChoice {
        if ((kind == GroupKind.CUSTOM) != (customGroupId != null)) {
            throw new IllegalArgumentException("a custom group, and only a custom group, has a number");
        }
        if (customGroupId != null && customGroupId <= 0) {
            throw new IllegalArgumentException("a custom group's number is positive");
        }
    }

    public static GroupChoice custom(long id) {
        return new GroupChoice(GroupKind.CUSTOM, id);
    }

    /**
     * Reads the slug form.
     *
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    public static GroupChoice parse(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("Choose a comparator group: " + EXPECTED);
        }
        String text = slug.strip();
        for (GroupKind kind : GroupKind.values()) {
            if (kind != GroupKind.CUSTOM && kind.slug().equals(text)) {
                return new GroupChoice(kind, null);
            }
        }
        if (text.startsWith("custom-")) {
            String number = text.substring("custom-".length());
            if (number.matches("[1-9][0-9]{0,17}")) {
                return custom(Long.parseLong(number));
            }
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw new IllegalArgumentException("\"" + shown + "\" is not a comparator group: " + EXPECTED);
    }

    public String slug() {
        return kind == GroupKind.CUSTOM ? "custom-" + customGroupId : kind.slug();
    }

    @Override
    public String toString() {
        return slug();
    }
}
