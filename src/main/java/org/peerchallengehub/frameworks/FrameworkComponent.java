package org.peerchallengehub.frameworks;

/** One core component (question) of a framework version, with a stable id such as {@code leadership-of-place}. */
public record FrameworkComponent(String id, String frameworkId, int position, String headline, String question) {}
