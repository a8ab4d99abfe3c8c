package org.peerchallengehub.shared.web;

/**
 * A link in the service navigation. {@code order} places it (lower first); {@code activePrefix} is
 * the path prefix under which the item shows as the current section.
 */
public record NavigationItem(String label, String href, String activePrefix, int order) {}
