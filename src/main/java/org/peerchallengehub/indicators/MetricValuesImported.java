package org.peerchallengehub.indicators;

import java.util.Set;

/**
 * A file was imported into the metric store (after it commits, derived metrics already recomputed).
 *
 * @param metricIds the metrics whose values the import added or changed, derived ones included
 * @param areas the councils (GSS codes) whose values or inspections changed
 */
record MetricValuesImported(long importId, Set<String> metricIds, Set<String> areas) {}
