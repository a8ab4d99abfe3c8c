package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Figures the signals need that the metric store does not hold, computed in memory from figures it
 * does hold, as known on the same date (so they inherit its as-of discipline).
 */
final class DerivedSeries {

    static final String RESERVES_DRAWDOWN = "risk:reserves-drawdown";
    static final String SHORT_TERM_SHARE = "risk:short-term-share";
    static final String COUNCIL_LENDER_SHARE = "risk:council-lender-share";

    private DerivedSeries() {}

    /**
     * Adds the derived series to one council's figures (metric id → period end → value).
     *
     * <ul>
     *   <li>reserves drawdown of the financial year ending E: (usable reserves at E less one year − usable
     *       reserves at E) ÷ net revenue expenditure of the year × 100; positive when reserves were used;
     *   <li>short-term share at a date: short-term borrowing ÷ total borrowing × 100 (none when total is 0);
     *   <li>council lender share: borrowing from other local authorities ÷ total borrowing × 100.
     * </ul>
     */
    static void add(Map<String, NavigableMap<LocalDate, Double>> own) {
        NavigableMap<LocalDate, Double> usable = own.getOrDefault("usable-reserves", new TreeMap<>());
        NavigableMap<LocalDate, Double> nre = own.getOrDefault("net-revenue-expenditure", new TreeMap<>());
        NavigableMap<LocalDate, Double> drawdown = new TreeMap<>();
        nre.forEach((end, spending) -> {
            Double closing = usable.get(end);
            Double opening = usable.get(end.minusYears(1));
            if (closing != null && opening != null && spending > 0) {
                drawdown.put(end, (opening - closing) / spending * 100);
            }
        });
        put(own, RESERVES_DRAWDOWN, drawdown);
        NavigableMap<LocalDate, Double> total = own.getOrDefault("borrowing-total", new TreeMap<>());
        put(own, SHORT_TERM_SHARE, share(own.get("borrowing-short-term"), total));
        put(own, COUNCIL_LENDER_SHARE, share(own.get("borrowing-from-local-authorities"), total));
    }

    private static NavigableMap<LocalDate, Double> share(
            @org.jspecify.annotations.Nullable NavigableMap<LocalDate, Double> part,
            NavigableMap<LocalDate, Double> total) {
        NavigableMap<LocalDate, Double> shares = new TreeMap<>();
        if (part == null) {
            return shares;
        }
        part.forEach((date, value) -> {
            Double all = total.get(date);
            if (all != null && all > 0) {
                shares.put(date, value / all * 100);
            }
        });
        return shares;
    }

    private static void put(
            Map<String, NavigableMap<LocalDate, Double>> own, String id, NavigableMap<LocalDate, Double> series) {
        if (!series.isEmpty()) {
            own.put(id, series);
        }
    }
}
