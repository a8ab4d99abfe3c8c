package org.peerchallengehub.indicators;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilSection;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The council page's key figures: the latest published value of a few finance metrics and the latest
 * Ofsted judgement of children's services, with their periods, publication dates and sources. The figures
 * are chosen per tier: a district council is not shown social care spend, which it does not have. A
 * council created by a reorganisation points to its predecessors' pages for the years before.
 */
@Component
class KeyFiguresSection implements CouncilSection {

    static final List<String> KEY_METRICS = List.of(
            "net-revenue-expenditure",
            "council-tax-requirement-to-nre",
            "social-care-spend-to-nre",
            "usable-reserves",
            "usable-reserves-to-nre",
            "unallocated-reserves",
            "borrowing-total",
            "borrowing-to-nre",
            "external-interest-to-nre",
            "council-tax-receipts");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One line of the table. */
    record Row(String metricId, String title, String period, String value, String published) {}

    /** The latest inspection, as shown. */
    record Inspection(String overall, String published, String reportUrl, String framework) {}

    private final Indicators indicators;

    KeyFiguresSection(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public Place place() {
        return Place.PUBLIC_PAGE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(Council council, Optional<CurrentUser> viewer) {
        Tier tier = Tier.of(council.type());
        List<String> keyMetrics = KEY_METRICS.stream().filter(tier::applies).toList();
        Map<String, Metric> metrics = new HashMap<>();
        keyMetrics.forEach(id -> indicators.metric(id).ifPresent(m -> metrics.put(id, m)));
        Map<String, MetricValue> latest = new HashMap<>();
        indicators.latest(council.gss(), keyMetrics, null).forEach(v -> latest.put(v.metricId(), v));
        List<Row> rows = keyMetrics.stream()
                .filter(latest::containsKey)
                .filter(metrics::containsKey)
                .map(id -> {
                    Metric metric = metrics.get(id);
                    MetricValue value = latest.get(id);
                    return new Row(
                            id,
                            metric.title(),
                            value.period().displayName(),
                            metric.format(value.value()),
                            DAY.format(value.published()));
                })
                .toList();
        Optional<Inspection> inspection = indicators.inspections(council.gss(), null).stream()
                .filter(i -> i.overall() != null)
                .findFirst()
                .map(i -> new Inspection(
                        i.overall().label(),
                        DAY.format(i.published()),
                        i.reportUrl(),
                        i.framework() == null ? "" : i.framework()));
        if (rows.isEmpty() && inspection.isEmpty() && council.predecessors().isEmpty()) {
            return Optional.empty();
        }
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(r -> sources.add(metrics.get(r.metricId()).source() + " ("
                + metrics.get(r.metricId()).licence() + ")"));
        if (inspection.isPresent()) {
            sources.add(
                    "Ofsted inspection reports, collected by the ofsted-ilacs-scrape-tool (Open Government Licence v3.0)");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("inspection", inspection.orElse(null));
        model.put("predecessors", council.predecessors());
        model.put("sources", List.copyOf(sources));
        model.put("shortName", council.shortName());
        model.put("gss", council.gss());
        return Optional.of(new View("Key figures", "indicators/key-figures", model));
    }
}
