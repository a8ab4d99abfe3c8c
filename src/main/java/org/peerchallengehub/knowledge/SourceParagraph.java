package org.peerchallengehub.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One paragraph or list item of a report's text, under the heading it sits beneath: the unit of
 * full-text search, shown with the anchor {@code #p}{@code position} on the report's page.
 *
 * @param position 1 for the first paragraph of the report
 * @param heading the nearest heading above it, or null before the first heading
 * @param text the paragraph's text (a list item's number kept in front)
 */
record SourceParagraph(int position, @Nullable String heading, String text) {}
