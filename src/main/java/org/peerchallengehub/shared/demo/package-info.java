/**
 * The demonstration programme: {@link org.peerchallengehub.shared.demo.DemoMode} says whether this is a
 * demo, and every module adds its part through {@link org.peerchallengehub.shared.demo.DemoContributor}.
 */
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.shared.demo;
