/**
 * The peer challenge framework as versioned data (2011, 2016, 2024), the mapping between versions
 * that makes findings from any year comparable, and the programme rules in force from a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.frameworks;
