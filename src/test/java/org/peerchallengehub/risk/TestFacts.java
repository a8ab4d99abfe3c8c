package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Builds a council's facts for the policies' unit tests: figures, comparators, events, inspections. */
final class TestFacts {

    static final Thresholds THRESHOLDS = Thresholds.shipped();

    private final LocalDate asOf;
    private final Map<String, NavigableMap<LocalDate, Double>> own = new HashMap<>();
    private final Map<String, Map<LocalDate, double[]>> comparators = new HashMap<>();
    private final List<RiskEvent> events = new ArrayList<>();
    private final List<CouncilFacts.Inspection> inspections = new ArrayList<>();
    private boolean recordsKept = true;
    private @Nullable LocalDate lastOnSite;

    private TestFacts(LocalDate asOf) {
        this.asOf = asOf;
    }

    static TestFacts asOf(String date) {
        return new TestFacts(LocalDate.parse(date));
    }

    TestFacts value(String metric, String periodEnd, double value) {
        own.computeIfAbsent(metric, m -> new TreeMap<>()).put(LocalDate.parse(periodEnd), value);
        return this;
    }

    TestFacts comparators(String metric, String periodEnd, double... values) {
        comparators.computeIfAbsent(metric, m -> new HashMap<>()).put(LocalDate.parse(periodEnd), values);
        return this;
    }

    TestFacts event(EventKind kind, String happened, String known) {
        events.add(new RiskEvent(
                null, "E06000034", kind, LocalDate.parse(happened), LocalDate.parse(known), "test", null, "Test"));
        return this;
    }

    TestFacts event(EventKind kind, String happened) {
        return event(kind, happened, happened);
    }

    TestFacts inspection(String published, @Nullable String overall) {
        inspections.add(
                new CouncilFacts.Inspection(LocalDate.parse(published), overall, "https://example.org/" + published));
        return this;
    }

    TestFacts noChallengeRecords() {
        recordsKept = false;
        return this;
    }

    TestFacts lastOnSite(String date) {
        lastOnSite = LocalDate.parse(date);
        return this;
    }

    CouncilFacts build() {
        return new CouncilFacts(
                "E06000034",
                "Test Council",
                asOf,
                own,
                comparators,
                "its 15 nearest neighbours",
                List.copyOf(events),
                List.copyOf(inspections),
                new CouncilFacts.PeerChallenges(recordsKept, lastOnSite));
    }

    static SignalResult assess(Signal signal, TestFacts facts) {
        return signal.assess(facts.build(), THRESHOLDS.of(signal.id()));
    }

    /** Fifteen comparators from 30 to 100 in steps of 5: lower quartile 47.5, median 65, upper quartile 82.5. */
    static double[] fifteen() {
        double[] values = new double[15];
        for (int i = 0; i < 15; i++) {
            values[i] = 30 + 5 * i;
        }
        return values;
    }

    private TestFacts() {
        this(LocalDate.MIN);
    }
}
