package org.peerchallengehub.peers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A peer's own fields as entered in a form or a CSV row, before validation. */
public record PeerDraft(
        String fullName,
        PeerKind kind,
        @Nullable String jobTitle,
        @Nullable String organisation,
        @Nullable String organisationGss,
        @Nullable PoliticalGroup politicalGroup,
        @Nullable String email,
        boolean active,
        @Nullable String notes,
        List<String> expertise) {}
