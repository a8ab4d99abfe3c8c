package org.peerchallengehub.frameworks;

/** How a component of one framework version relates to one of another. */
public enum MappingRelation {
    /** The same question, renamed or reworded: findings compare directly. */
    EQUIVALENT,
    /** The two overlap: one covers part of the other. Findings compare with care. */
    PART;

    MappingRelation then(MappingRelation next) {
        return this == EQUIVALENT && next == EQUIVALENT ? EQUIVALENT : PART;
    }
}
