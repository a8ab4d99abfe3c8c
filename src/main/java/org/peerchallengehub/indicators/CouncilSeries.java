package org.peerchallengehub.indicators;

import java.util.List;
import org.peerchallengehub.councils.CouncilRef;

/**
 * One council's values of one metric over time, in period order. In a history across a
 * reorganisation, a predecessor's series is its own: never summed into, or divided between, its
 * successors.
 *
 * @param predecessor true for a council the asked-for council (directly or further back) replaced
 */
record CouncilSeries(CouncilRef council, boolean predecessor, List<MetricValue> values) {}
