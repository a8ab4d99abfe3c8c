package org.peerchallengehub.evidence;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding sits: one core component of the challenge's framework, or one of its focus areas,
 * written as one form value ({@code component:<id>} or {@code focus:<id>}).
 */
record FindingPlace(@Nullable String componentId, @Nullable Long focusAreaId) {

    static FindingPlace of(@Nullable String componentId, @Nullable Long focusAreaId) {
        return new FindingPlace(componentId, focusAreaId);
    }

    String value() {
        return componentId != null ? "component:" + componentId : "focus:" + focusAreaId;
    }

    /** The place a form value names, or empty when it is not one. */
    static Optional<FindingPlace> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.startsWith("component:") && v.length() > "component:".length() && v.length() <= 210) {
            return Optional.of(new FindingPlace(v.substring("component:".length()), null));
        }
        if (v.matches("focus:\\d{1,18}")) {
            return Optional.of(new FindingPlace(null, Long.parseLong(v.substring("focus:".length()))));
        }
        return Optional.empty();
    }
}
