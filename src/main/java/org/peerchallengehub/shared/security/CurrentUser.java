package org.peerchallengehub.shared.security;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as every module sees them.
 *
 * @param councilGss the council a {@link Role#COUNCIL} user is bound to; null for everyone else
 */
public record CurrentUser(long id, String email, String displayName, Role role, @Nullable String councilGss)
        implements Serializable {

    public boolean has(Role expected) {
        return role == expected;
    }

    /** True for LGA staff and for a council user bound to this council. */
    public boolean mayActFor(String gss) {
        return role.isStaff() || (role == Role.COUNCIL && gss.equals(councilGss));
    }
}
