package org.peerchallengehub.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Benchmarking: a council's figures against a comparator group (decision 0015), every answer "as known
 * on" a date (today when null): a value published after that date is never used. Statistics are over the
 * council and the members that have a value for the period: median and quartiles by linear interpolation
 * (type 7), competition ranks (ties share a rank), best first by the metric's polarity.
 */
@Service
public class Comparisons {

    private final MetricCatalogue catalogue;
    private final ComparatorGroups groups;
    private final GroupValues values;
    private final LatestDistributions distributions;
    private final Clock clock;

    Comparisons(
            MetricCatalogue catalogue,
            ComparatorGroups groups,
            GroupValues values,
            LatestDistributions distributions,
            Clock clock) {
        this.catalogue = catalogue;
        this.groups = groups;
        this.values = values;
        this.distributions = distributions;
        this.clock = clock;
    }

    /**
     * A metric for one period across the council's group.
     *
     * @param period null: the latest period the council has a value for (or, when it has none, the latest
     *     any member has)
     * @throws MetricNotFound, {@link org.peerchallengehub.councils.CouncilNotFound}, {@link
     *     ComparatorGroupNotFound}; {@link NotFoundException} when nobody in the group has a value
     * @throws IllegalArgumentException when the period is not of the metric's period type
     */
    public MetricAcrossGroup across(
            String metricId, String gss, GroupChoice group, @Nullable Period period, @Nullable LocalDate asOf) {
        MetricCatalogue.Entry entry = entry(metricId);
        return across(entry, groups.group(gss, group, CurrentUsers.current().orElse(null), asOf), period, asOf);
    }

    /** The same for a group already resolved (by {@link ComparatorGroups#group}) and a metric looked up. */
    MetricAcrossGroup across(
            MetricCatalogue.Entry entry,
            ComparatorGroup comparators,
            @Nullable Period period,
            @Nullable LocalDate asOf) {
        Metric metric = entry.metric();
        LocalDate day = day(asOf);
        String area = comparators.council().gss();
        LocalDate end = period != null
                ? end(metric, period)
                : values.latestPeriod(area, entry.num(), day)
                        .or(() -> values.latestPeriod(comparators.areas(), entry.num(), day))
                        .orElseThrow(() -> noFigures(metric, comparators, day));
        List<GroupValues.AreaValue> found = values.across(comparators.areas(), entry.num(), end, day);
        GroupValues.AreaValue previous = found.stream().anyMatch(v -> v.area().equals(area))
                ? values.previous(area, entry.num(), end, day).orElse(null)
                : null;
        return across(metric, comparators, end, found, previous, day);
    }

    private static LocalDate end(Metric metric, Period period) {
        if (period.type() != metric.periodType()) {
            throw new IllegalArgumentException(metric.title() + " is by "
                    + metric.periodType().label() + ", not " + period.type().label());
        }
        return period.end();
    }

    private static NotFoundException noFigures(Metric metric, ComparatorGroup comparators, LocalDate day) {
        return new NotFoundException("There are no figures for " + metric.title() + " for "
                + comparators.council().name() + " or its comparator group as known on " + day);
    }

    private static MetricAcrossGroup across(
            Metric metric,
            ComparatorGroup comparators,
            LocalDate end,
            List<GroupValues.AreaValue> found,
            GroupValues.@Nullable AreaValue previous,
            LocalDate day) {
        String area = comparators.council().gss();
        Period shown = Period.ending(metric.periodType(), end);
        Map<String, CouncilRef> refs = refs(comparators);
        double[] all = found.stream().mapToDouble(GroupValues.AreaValue::value).toArray();
        GroupStatistics stats = GroupStatistics.of(all);
        List<MetricAcrossGroup.Bar> bars = new ArrayList<>();
        for (GroupValues.AreaValue v : found) {
            bars.add(new MetricAcrossGroup.Bar(
                    refs.get(v.area()),
                    v.value(),
                    v.area().equals(area),
                    GroupStatistics.rank(v.value(), all, metric.polarity())));
        }
        bars.sort(Comparator.comparingInt(MetricAcrossGroup.Bar::rank)
                .thenComparing(b -> b.council().name())
                .thenComparing(b -> b.council().gss()));
        MetricAcrossGroup.Bar own = bars.stream()
                .filter(MetricAcrossGroup.Bar::highlighted)
                .findFirst()
                .orElse(null);
        Direction direction = own == null
                ? Direction.NO_PREVIOUS
                : Direction.of(metric.polarity(), previous == null ? null : previous.value(), own.value());
        return new MetricAcrossGroup(
                metric,
                shown,
                comparators,
                bars,
                stats == null ? null : stats.median(),
                stats == null ? null : stats.lowerQuartile(),
                stats == null ? null : stats.upperQuartile(),
                own == null ? null : own.rank(),
                bars.size(),
                previous == null ? null : previous.value(),
                direction,
                previous == null ? null : Period.ending(metric.periodType(), previous.periodEnd()),
                own == null || stats == null ? null : stats.quartileOf(own.value(), metric.polarity()),
                day);
    }

    /** The council's values of a metric in every period against the group's median and interquartile range. */
    public MetricOverTime overTime(String metricId, String gss, GroupChoice group, @Nullable LocalDate asOf) {
        MetricCatalogue.Entry entry = entry(metricId);
        return overTime(entry, groups.group(gss, group, CurrentUsers.current().orElse(null), asOf), asOf);
    }

    /**
     * The same for a group already resolved and a metric looked up: the statistics of every period computed
     * in the database ({@link GroupValues#overTime}), 25 rows back rather than the group's whole series.
     */
    MetricOverTime overTime(MetricCatalogue.Entry entry, ComparatorGroup comparators, @Nullable LocalDate asOf) {
        Metric metric = entry.metric();
        LocalDate day = day(asOf);
        List<MetricOverTime.Point> points =
                values.overTime(comparators.areas(), comparators.council().gss(), entry.num(), day).stream()
                        .map(p -> new MetricOverTime.Point(
                                Period.ending(metric.periodType(), p.periodEnd()),
                                p.own(),
                                p.median(),
                                p.lowerQuartile(),
                                p.upperQuartile(),
                                p.count()))
                        .toList();
        return new MetricOverTime(metric, comparators, points, day);
    }

    /**
     * Every metric the council has a value for as known on the date: its latest period's value, quartile,
     * rank and the group's median for that period, and the direction against the period before; by theme in
     * the order of the {@link Theme} enum, metrics by title.
     */
    public CouncilProfile profile(String gss, GroupChoice group, @Nullable LocalDate asOf) {
        return profile(gss, group, asOf, true);
    }

    /**
     * The same; {@code precomputed}: from the {@link LatestDistributions} when they are exact for the date
     * (false: always the live queries, which the tests compare with).
     */
    CouncilProfile profile(String gss, GroupChoice group, @Nullable LocalDate asOf, boolean precomputed) {
        LocalDate day = day(asOf);
        ComparatorGroup comparators =
                groups.group(gss, group, CurrentUsers.current().orElse(null), asOf);
        String area = comparators.council().gss();
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        int[] catalogueNums = metrics.byNum().keySet().stream()
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        List<GroupValues.Latest> latest = new ArrayList<>();
        Map<Integer, GroupValues.Summary> summaries = new HashMap<>();
        LatestDistributions.Snapshot snapshot = precomputed ? distributions.usable(day) : null;
        int[] liveNums = snapshot == null
                ? catalogueNums
                : fromSnapshot(snapshot, comparators, catalogueNums, metrics, latest, summaries);
        if (liveNums.length > 0) {
            List<GroupValues.Latest> live = values.latestOfEveryMetric(area, liveNums, day);
            int n = live.size();
            int[] nums = new int[n];
            LocalDate[] ends = new LocalDate[n];
            double[] own = new double[n];
            boolean[] higherIsBetter = new boolean[n];
            for (int i = 0; i < n; i++) {
                GroupValues.Latest l = live.get(i);
                nums[i] = l.metricNum();
                ends[i] = l.periodEnd();
                own[i] = l.value();
                higherIsBetter[i] = metrics.byNum().get(l.metricNum()).metric().polarity() != Polarity.LOWER_IS_BETTER;
            }
            // statistics over the council and its members, the council's value among them
            summaries.putAll(values.summaries(comparators.areas(), nums, ends, own, higherIsBetter, day));
            latest.addAll(live);
        }
        Map<Theme, List<CouncilProfile.Row>> byTheme = new EnumMap<>(Theme.class);
        Tier tier = groups.tierOf(area);
        for (GroupValues.Latest mine : latest) {
            Metric metric = metrics.byNum().get(mine.metricNum()).metric();
            if (!tier.applies(metric.id())) {
                continue; // a service the council does not provide (a district's social care): not applicable
            }
            GroupValues.Summary summary = summaries.get(mine.metricNum());
            int count = summary == null ? 1 : summary.count();
            GroupStatistics stats = summary == null
                    ? new GroupStatistics(mine.value(), mine.value(), mine.value(), 1)
                    : new GroupStatistics(summary.lowerQuartile(), summary.median(), summary.upperQuartile(), count);
            byTheme.computeIfAbsent(metric.theme(), t -> new ArrayList<>())
                    .add(new CouncilProfile.Row(
                            metric,
                            Period.ending(metric.periodType(), mine.periodEnd()),
                            mine.value(),
                            count > 1 ? stats.quartileOf(mine.value(), metric.polarity()) : null,
                            summary == null ? 1 : summary.better() + 1,
                            count,
                            stats.median(),
                            Direction.of(metric.polarity(), mine.previousValue(), mine.value())));
        }
        List<CouncilProfile.ThemeSection> themes = new ArrayList<>();
        byTheme.forEach((theme, rows) -> {
            rows.sort(Comparator.comparing((CouncilProfile.Row r) -> r.metric().title())
                    .thenComparing(r -> r.metric().id()));
            themes.add(new CouncilProfile.ThemeSection(theme, rows));
        });
        return new CouncilProfile(comparators.council(), comparators, asOf, themes);
    }

    /**
     * The profile's figures from the precomputed latest periods (valid for the day): fills {@code latest} and
     * {@code summaries} exactly as the live queries would, and returns the metrics it cannot answer (the
     * council's latest or previous period is older than the periods kept), to be computed live.
     */
    private static int[] fromSnapshot(
            LatestDistributions.Snapshot snapshot,
            ComparatorGroup comparators,
            int[] catalogueNums,
            MetricCatalogue.Snapshot metrics,
            List<GroupValues.Latest> latest,
            Map<Integer, GroupValues.Summary> summaries) {
        Integer self = snapshot.areaIndex().get(comparators.council().gss());
        if (self == null) {
            return new int[0]; // no value of any metric as known on the day
        }
        boolean[] member = new boolean[snapshot.areaIndex().size()];
        int groupSize = 0;
        for (String area : comparators.areas()) {
            Integer index = snapshot.areaIndex().get(area);
            if (index != null && !member[index]) {
                member[index] = true;
                groupSize++;
            }
        }
        List<Integer> live = new ArrayList<>();
        double[] sorted = new double[groupSize];
        for (int num : catalogueNums) {
            LatestDistributions.Metric m = snapshot.metrics().get(num);
            if (m == null) {
                continue; // no value of the metric at all
            }
            int kept = m.ends().length;
            boolean complete = kept < LatestDistributions.PERIODS; // every period of the metric is kept
            int at = 0;
            while (at < kept && Double.isNaN(m.values()[at][self])) {
                at++;
            }
            if (at == kept) {
                if (!complete) {
                    live.add(num);
                }
                continue;
            }
            int before = at + 1;
            while (before < kept && Double.isNaN(m.values()[before][self])) {
                before++;
            }
            if (before == kept && !complete) {
                live.add(num);
                continue;
            }
            double own = m.values()[at][self];
            double[] row = m.values()[at];
            int count = 0;
            for (int area : m.ascending()[at]) { // the group's values, ascending
                if (member[area]) {
                    sorted[count++] = row[area];
                }
            }
            Polarity polarity = metrics.byNum().get(num).metric().polarity();
            GroupStatistics stats = GroupStatistics.ofSorted(sorted, count);
            latest.add(new GroupValues.Latest(
                    num,
                    m.ends()[at],
                    own,
                    before == kept ? null : m.ends()[before],
                    before == kept ? null : m.values()[before][self]));
            if (stats != null) {
                summaries.put(
                        num,
                        new GroupValues.Summary(
                                count,
                                stats.lowerQuartile(),
                                stats.median(),
                                stats.upperQuartile(),
                                GroupStatistics.better(own, sorted, count, polarity)));
            }
        }
        return live.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, CouncilRef> refs(ComparatorGroup group) {
        Map<String, CouncilRef> refs = new HashMap<>();
        refs.put(group.council().gss(), group.council());
        group.members().forEach(m -> refs.put(m.council().gss(), m.council()));
        return refs;
    }

    private MetricCatalogue.Entry entry(String metricId) {
        return catalogue.find(metricId).orElseThrow(() -> MetricNotFound.forId(metricId));
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
