package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything the signals may read about one council, all of it as known on {@code asOf}: nothing
 * published, recorded or inspected later is in here (the builder filters by publication date, never by
 * period).
 *
 * @param own the council's own figures: metric id → period end → value
 * @param comparators its comparators' figures for the same metric and period end
 * @param comparatorGroup the comparators in words ("its 15 nearest neighbours")
 * @param events events known on the date, latest first
 * @param inspections Ofsted children's services inspections published by the date, latest first
 * @param peerChallenges what the programme's records say about its corporate peer challenges
 */
record CouncilFacts(
        String gss,
        String name,
        LocalDate asOf,
        Map<String, NavigableMap<LocalDate, Double>> own,
        Map<String, Map<LocalDate, double[]>> comparators,
        String comparatorGroup,
        List<RiskEvent> events,
        List<Inspection> inspections,
        PeerChallenges peerChallenges) {

    /** An Ofsted inspection of children's services: when published and the overall judgement (null when none was read). */
    record Inspection(LocalDate published, @Nullable String overall, String reportUrl) {}

    /**
     * @param recordsKept whether the system holds any corporate peer challenge that had taken place by the
     *     date (for any council); without them "never had one" cannot be told from "nothing recorded"
     * @param lastOnSite the last on-site day of the council's latest corporate peer challenge by the date
     */
    record PeerChallenges(boolean recordsKept, @Nullable LocalDate lastOnSite) {}

    NavigableMap<LocalDate, Double> series(String metric) {
        NavigableMap<LocalDate, Double> series = own.get(metric);
        return series == null ? java.util.Collections.emptyNavigableMap() : series;
    }

    double[] comparatorValues(String metric, LocalDate periodEnd) {
        Map<LocalDate, double[]> byPeriod = comparators.get(metric);
        double[] values = byPeriod == null ? null : byPeriod.get(periodEnd);
        return values == null ? new double[0] : values;
    }
}
