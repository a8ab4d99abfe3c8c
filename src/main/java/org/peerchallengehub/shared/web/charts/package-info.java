/**
 * Server-rendered, accessible SVG charts (decision 0016): a bar chart across a group with reference
 * lines, and a line chart with a median and an interquartile band. Used by the benchmarking views and
 * the data pack.
 */
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.shared.web.charts;
