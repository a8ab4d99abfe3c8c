package org.peerchallengehub.councils;

import org.jspecify.annotations.Nullable;

/** A filter over the register; null members do not filter. */
public record CouncilQuery(
        @Nullable String name, @Nullable CouncilType type, @Nullable Region region, CouncilStatus status) {

    public CouncilQuery {
        if (name != null) {
            name = name.strip();
            if (name.isEmpty()) {
                name = null;
            } else if (name.length() > 100) {
                throw new org.peerchallengehub.shared.web.BadRequestException("name must be 100 characters or fewer");
            }
        }
        if (status == null) {
            status = CouncilStatus.CURRENT;
        }
    }

    public static CouncilQuery current() {
        return new CouncilQuery(null, null, null, CouncilStatus.CURRENT);
    }

    public static CouncilQuery everything() {
        return new CouncilQuery(null, null, null, CouncilStatus.ALL);
    }
}
