package org.peerchallengehub.peers;

import org.jspecify.annotations.Nullable;

/** A filter over the pool; null members do not filter. */
public record PeerQuery(
        @Nullable String name, @Nullable PeerKind kind, @Nullable String expertise, boolean includeInactive) {

    public PeerQuery {
        if (name != null) {
            name = name.strip();
            if (name.isEmpty()) {
                name = null;
            } else if (name.length() > 100) {
                throw new org.peerchallengehub.shared.web.BadRequestException("name must be 100 characters or fewer");
            }
        }
        if (expertise != null && expertise.isBlank()) {
            expertise = null;
        }
    }

    public static PeerQuery all() {
        return new PeerQuery(null, null, null, true);
    }
}
