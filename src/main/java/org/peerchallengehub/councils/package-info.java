/**
 * The register of English principal councils, current and abolished, with their predecessors and
 * successors: reference data every other module points at by GSS code. Other modules add sections
 * to the council page through {@link org.peerchallengehub.councils.CouncilSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Councils", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.councils;
