package org.peerchallengehub.frameworks;

import org.jspecify.annotations.Nullable;

/** A stored link between components of two adjacent framework versions. */
public record ComponentMapping(
        String fromComponent, String toComponent, MappingRelation relation, @Nullable String note) {}
