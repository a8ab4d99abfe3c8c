package org.peerchallengehub.frameworks;

/** A component of the target version that a source component maps to, and how closely. */
public record MappedComponent(FrameworkComponent component, MappingRelation relation) {}
