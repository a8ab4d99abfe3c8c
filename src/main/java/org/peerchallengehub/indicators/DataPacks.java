package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.pdf.TaggedPdf;
import org.peerchallengehub.shared.web.charts.BandLineChart;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The council data pack a peer team reads before its visit (decision 0017): the council's profile
 * against its nearest neighbours and against councils of its type, the trends of chosen metrics
 * against its nearest neighbours' median and interquartile range, its latest Ofsted inspections,
 * its nearest neighbours and how they are chosen, and the sources and licences of every figure;
 * everything "as known on" one date. Rendered once as an HTML fragment (for the Hub's own page,
 * with SVG charts) and as a tagged PDF (PDF/UA, charts drawn as bars in tables), from one template.
 */
@Service
public class DataPacks {

    /** At most this many metrics' trends in one pack. */
    public static final int MAX_TRENDS = 12;

    /** How many of the latest periods a trend shows. */
    static final int TREND_PERIODS = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * What to put in a pack.
     *
     * @param context a line saying what the pack is for, e.g. the challenge and its dates; may be null
     * @param trendMetricIds the metrics whose trends the pack shows, in this order (1 to {@link #MAX_TRENDS})
     */
    public record Request(String gss, LocalDate asOf, List<String> trendMetricIds, @Nullable String context) {}

    /** A generated pack: the HTML fragment (starting at level-2 headings) and the PDF, with its title. */
    public record Generated(String title, LocalDate asOf, String html, byte[] pdf) {}

    private final CouncilRegister register;
    private final Indicators indicators;
    private final Comparisons comparisons;
    private final ComparatorGroups groups;
    private final ITemplateEngine templates;

    DataPacks(
            CouncilRegister register,
            Indicators indicators,
            Comparisons comparisons,
            ComparatorGroups groups,
            ITemplateEngine templates) {
        this.register = register;
        this.indicators = indicators;
        this.comparisons = comparisons;
        this.groups = groups;
        this.templates = templates;
    }

    /**
     * Builds the pack.
     *
     * @throws IllegalArgumentException for no trend metric, too many, an unknown one, or a date in the future
     */
    public Generated generate(Request request) {
        DataPack pack = assemble(request);
        Context context = new Context(Locale.UK, Map.of("pack", pack, "pdf", false));
        String html = templates.process("indicators/data-pack", Set.of("content"), context);
        Context pdfContext = new Context(Locale.UK, Map.of("pack", pack, "pdf", true));
        byte[] pdf = TaggedPdf.render(templates.process("indicators/data-pack-pdf", pdfContext));
        return new Generated(pack.title(), request.asOf(), html, pdf);
    }

    /** The metrics a pack shows trends of unless asked otherwise: the council page's key figures that exist. */
    public List<String> defaultTrendMetrics() {
        Set<String> known = new java.util.HashSet<>();
        indicators.metrics().forEach(m -> known.add(m.id()));
        return KeyFiguresSection.KEY_METRICS.stream().filter(known::contains).toList();
    }

    DataPack assemble(Request request) {
        if (request.trendMetricIds().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one metric to show the trend of");
        }
        if (request.trendMetricIds().size() > MAX_TRENDS) {
            throw new IllegalArgumentException("Choose at most " + MAX_TRENDS + " metrics to show the trends of");
        }
        if (request.asOf().isAfter(indicators.today())) {
            throw new IllegalArgumentException("The figures can be as known today at the latest, not on a later date");
        }
        List<Metric> trendMetrics = new ArrayList<>();
        for (String id : request.trendMetricIds()) {
            trendMetrics.add(indicators
                    .metric(id)
                    .orElseThrow(() -> new IllegalArgumentException("There is no metric ‘" + id + "’")));
        }
        Council council = register.get(request.gss());
        // a metric of a service the council does not provide (a district's social care) is not applicable:
        // left out of the pack (the default choice offers it to every council), never drawn as zero
        Tier tier = Tier.of(council.type());
        trendMetrics.removeIf(m -> !tier.applies(m.id()));
        if (trendMetrics.isEmpty()) {
            throw new IllegalArgumentException("The metrics chosen do not apply to a "
                    + council.type().label().toLowerCase(Locale.UK) + ": choose others to show the trends of");
        }
        LocalDate asOf = request.asOf();
        Map<String, Metric> used = new java.util.TreeMap<>();
        CouncilProfile nearest = comparisons.profile(council.gss(), GroupChoice.NEAREST_NEIGHBOURS, asOf);
        CouncilProfile sameType = comparisons.profile(council.gss(), GroupChoice.SAME_TYPE, asOf);
        List<DataPack.Trend> trends = new ArrayList<>();
        for (Metric metric : trendMetrics) {
            used.put(metric.id(), metric);
            trends.add(trend(
                    comparisons.overTime(metric.id(), council.gss(), GroupChoice.NEAREST_NEIGHBOURS, asOf),
                    council.shortName()));
        }
        DataPack.Profile nearestView = profile(nearest, used);
        DataPack.Profile typeView = profile(sameType, used);
        List<DataPack.Inspection> inspections = indicators.inspections(council.gss(), asOf).stream()
                .map(i -> new DataPack.Inspection(
                        DAY.format(i.published()),
                        i.framework() == null ? "" : i.framework(),
                        label(i.overall()),
                        label(i.impactOfLeaders()),
                        label(i.helpAndProtection()),
                        label(i.inCare()),
                        label(i.careLeavers()),
                        i.reportUrl()))
                .toList();
        NearestNeighbourModel model = groups.model();
        List<DataPack.Neighbour> neighbours = nearest.group().members().stream()
                .map(m -> new DataPack.Neighbour(
                        m.council().name(),
                        m.council().gss(),
                        m.distance() == null ? "" : String.format(Locale.UK, "%.2f", m.distance())))
                .toList();
        Set<String> sources = new LinkedHashSet<>();
        used.values().stream()
                .map(m -> m.source() + " (" + m.licence() + ")")
                .sorted()
                .forEach(sources::add);
        if (!inspections.isEmpty()) {
            sources.add("Ofsted inspection reports of children's services, as collected by the "
                    + "ofsted-ilacs-scrape-tool (Open Government Licence v3.0)");
        }
        String population = council.population() == null
                ? "not known"
                : String.format(Locale.UK, "%,d", council.population())
                        + (council.populationYear() == null ? "" : " (" + council.populationYear() + ")");
        return new DataPack(
                "Data pack: " + council.officialName(),
                council.officialName(),
                council.gss(),
                council.type().label(),
                council.region().label(),
                population,
                request.context(),
                DAY.format(asOf),
                DAY.format(indicators.today()),
                nearestView,
                typeView,
                trends,
                inspections,
                neighbours,
                nearest.group().note(),
                model.measures().stream()
                        .map(m -> m.title() + " (" + m.source() + ")")
                        .toList(),
                model.method(),
                model.computedAt() == null
                        ? null
                        : DAY.format(model.computedAt()
                                .atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate()),
                List.copyOf(sources));
    }

    private static DataPack.Profile profile(CouncilProfile profile, Map<String, Metric> used) {
        List<DataPack.ThemeRows> themes = new ArrayList<>();
        for (CouncilProfile.ThemeSection section : profile.themes()) {
            List<DataPack.ProfileRow> rows = new ArrayList<>();
            for (CouncilProfile.Row r : section.rows()) {
                used.put(r.metric().id(), r.metric());
                rows.add(new DataPack.ProfileRow(
                        r.metric().title(),
                        r.period().displayName(),
                        r.metric().format(r.value()),
                        r.median() == null ? "" : r.metric().format(r.median()),
                        quartile(r.quartile(), r.metric().polarity()),
                        r.rank() == null ? "" : r.rank() + " of " + r.ranked(),
                        r.direction().label()));
            }
            themes.add(new DataPack.ThemeRows(section.theme().label(), rows));
        }
        return new DataPack.Profile(
                profile.group().label(), profile.group().members().size(), themes, profile.size());
    }

    private static String quartile(@Nullable Integer quartile, Polarity polarity) {
        // the names the benchmarking pages use, so that the pack and the pages agree
        return BenchmarkingController.quartile(quartile, polarity);
    }

    private static DataPack.Trend trend(MetricOverTime over, String council) {
        Metric metric = over.metric();
        List<MetricOverTime.Point> points = over.points();
        List<MetricOverTime.Point> shown = points.subList(Math.max(0, points.size() - TREND_PERIODS), points.size());
        double max = 0;
        for (MetricOverTime.Point p : shown) {
            max = Math.max(max, Math.abs(nz(p.value())));
            max = Math.max(max, Math.abs(nz(p.upperQuartile())));
        }
        List<DataPack.TrendRow> rows = new ArrayList<>();
        for (MetricOverTime.Point p : shown) {
            rows.add(new DataPack.TrendRow(
                    p.period().displayName(),
                    p.value() == null ? "No figure" : metric.format(p.value()),
                    p.lowerQuartile() == null ? "" : metric.format(p.lowerQuartile()),
                    p.median() == null ? "" : metric.format(p.median()),
                    p.upperQuartile() == null ? "" : metric.format(p.upperQuartile()),
                    p.groupValues(),
                    percent(p.value(), max),
                    percent(p.median(), max)));
        }
        return new DataPack.Trend(
                "trend-" + metric.id(),
                metric.title(),
                metric.unit().formattedLabel(),
                metric.polarity().label(),
                over.group().label(),
                rows,
                chart(metric, shown, over.group().label(), council));
    }

    /** The trend as an SVG line against the group's median and interquartile band (the HTML page's chart). */
    private static @Nullable String chart(
            Metric metric, List<MetricOverTime.Point> points, String group, String council) {
        if (points.isEmpty()) {
            return null;
        }
        List<BandLineChart.Point> chartPoints = points.stream()
                .map(p -> new BandLineChart.Point(
                        p.period().label(), p.value(), p.median(), p.lowerQuartile(), p.upperQuartile()))
                .toList();
        String description = metric.title() + " of " + council + " in " + chartPoints.size() + " periods from "
                + chartPoints.getFirst().label() + " to "
                + chartPoints.getLast().label()
                + ", against the median and interquartile range of " + group + ". The table below gives the figures.";
        return BandLineChart.svg(
                "pack-chart-" + metric.id(),
                metric.title() + ": " + council + " over time against the group",
                description,
                council,
                chartPoints,
                metric::format,
                metric.unit() == Unit.COUNT);
    }

    private static int percent(@Nullable Double value, double max) {
        if (value == null || max <= 0) {
            return 0;
        }
        return (int) Math.round(Math.max(0, value) / max * 100);
    }

    private static double nz(@Nullable Double value) {
        return value == null ? 0 : value;
    }

    private static String label(@Nullable Judgement judgement) {
        return judgement == null ? "Not given" : judgement.label();
    }
}
