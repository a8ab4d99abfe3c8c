package org.peerchallengehub.indicators;

import java.time.LocalDate;

/**
 * A value of a metric for a council and period, as published on a date.
 *
 * @param area the council's GSS code at the time (an abolished council keeps its own code)
 * @param published the date the value became known; a later publication for the same council, metric
 *     and period is a revision
 */
record MetricValue(String metricId, String area, Period period, double value, LocalDate published) {}
