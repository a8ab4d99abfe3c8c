package org.peerchallengehub.frameworks;

import org.jspecify.annotations.Nullable;

/** A stored link between components of two adjacent framework versions. */
record ComponentMapping(String fromComponent, String toComponent, MappingRelation relation, @Nullable String note) {}
