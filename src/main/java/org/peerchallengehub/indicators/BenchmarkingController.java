package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.BadRequestException;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.SelectOption;
import org.peerchallengehub.shared.web.charts.BandLineChart;
import org.peerchallengehub.shared.web.charts.GroupBarChart;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The benchmarking pages (decision 0015): a council's profile against a comparator group, one metric
 * across the group and over time, the council's nearest neighbours, and a CSV of every table. Published
 * figures: anyone may read them; custom groups are their owner's.
 */
@Controller
class BenchmarkingController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    /** A row of the profile table, formatted. */
    record ProfileRow(
            String href,
            String metricId,
            String title,
            String period,
            String value,
            String median,
            String rank,
            String quartile,
            String direction,
            String polarity) {}

    /** A row of the across table. */
    record BarRow(String rank, String gss, String name, String value, boolean highlighted) {}

    /** A row of the over-time table. */
    record TimeRow(
            String period, String value, String median, String lowerQuartile, String upperQuartile, int councils) {}

    private final Comparisons comparisons;
    private final ComparatorGroups groups;
    private final CouncilRegister register;
    private final MetricCatalogue catalogue;
    private final NearestNeighbours nearestNeighbours;
    private final java.time.Clock clock;

    BenchmarkingController(
            Comparisons comparisons,
            ComparatorGroups groups,
            CouncilRegister register,
            MetricCatalogue catalogue,
            NearestNeighbours nearestNeighbours,
            java.time.Clock clock) {
        this.clock = clock;
        this.comparisons = comparisons;
        this.groups = groups;
        this.register = register;
        this.catalogue = catalogue;
        this.nearestNeighbours = nearestNeighbours;
    }

    @GetMapping("/councils/{gss}/benchmarking")
    String profile(
            @PathVariable String gss,
            @RequestParam(required = false) @Nullable String group,
            @DateInput("asOf") DateFields asOf,
            Model model) {
        Council council = register.get(gss);
        GroupChoice choice = choice(group);
        LocalDate day = asOf(asOf, model);
        CouncilProfile profile = comparisons.profile(council.gss(), choice, day);
        Map<Theme, List<ProfileRow>> themes = new java.util.LinkedHashMap<>();
        // metric ids are slugs and the query is a group slug and an ISO date: nothing to encode
        String base = "/councils/" + council.gss() + "/benchmarking/";
        String query = "?group=" + choice.slug() + (day == null ? "" : "&asOf=" + day);
        for (CouncilProfile.ThemeSection section : profile.themes()) {
            themes.put(
                    section.theme(),
                    section.rows().stream().map(r -> row(r, base, query)).toList());
        }
        common(model, council, profile.group(), choice, day);
        model.addAttribute("noFigures", themes.isEmpty());
        model.addAttribute("tables", ProfileTables.html(themes));
        model.addAttribute("rows", profile.size());
        model.addAttribute("csvUrl", url("/councils/" + council.gss() + "/benchmarking.csv", choice, day, null));
        return "indicators/benchmarking";
    }

    @GetMapping("/councils/{gss}/benchmarking.csv")
    ResponseEntity<String> profileCsv(
            @PathVariable String gss,
            @RequestParam(required = false) @Nullable String group,
            @DateInput("asOf") DateFields asOf) {
        Council council = register.get(gss);
        GroupChoice choice = choice(group);
        LocalDate day = asOfOrRefuse(asOf);
        CouncilProfile profile = comparisons.profile(council.gss(), choice, day);
        String known = (day == null ? LocalDate.now(clock) : day).toString();
        return csv(
                BenchmarkingCsv.profile(council, profile, known),
                council.shortName() + "-benchmarking-" + choice.slug());
    }

    @GetMapping("/councils/{gss}/benchmarking/{metric}")
    String metric(
            @PathVariable String gss,
            @PathVariable("metric") String metricId,
            @RequestParam(required = false) @Nullable String group,
            @DateInput("asOf") DateFields asOf,
            @RequestParam(required = false) @Nullable String period,
            Model model) {
        Council council = register.get(gss);
        MetricCatalogue.Entry entry = entry(metricId);
        Metric metric = entry.metric();
        GroupChoice choice = choice(group);
        LocalDate day = asOf(asOf, model);
        Period chosen = period(metric, period);
        ComparatorGroup comparators = groups.group(council, choice, user(), day);
        // the group once; then the two views, which are independent: the chart over time (every period's
        // statistics, computed in the database, its chart and table, and the periods to choose from) on a
        // virtual thread while this one answers and draws the view across the group (decision 0019)
        CompletableFuture<TimeView> timeLater = CompletableFuture.supplyAsync(
                () -> timeView(comparisons.overTime(entry, comparators, day), council),
                r -> Thread.ofVirtual().start(r));
        common(model, council, comparators, choice, day);
        model.addAttribute("metric", metric);
        try {
            MetricAcrossGroup across = comparisons.across(entry, comparators, chosen, day);
            model.addAttribute("across", across);
            model.addAttribute(
                    "valuesTable",
                    GroupTables.values(
                            metric.title() + ", " + across.period().displayName() + ": " + across.ranked()
                                    + " councils",
                            bars(across)));
            model.addAttribute("acrossSvg", acrossSvg(across));
            model.addAttribute("selectedPeriod", across.period().label());
            model.addAttribute(
                    "value",
                    across.bars().stream()
                            .filter(MetricAcrossGroup.Bar::highlighted)
                            .findFirst()
                            .map(b -> metric.format(b.value()))
                            .orElse(null));
            model.addAttribute("median", format(metric, across.median()));
            model.addAttribute("lowerQuartile", format(metric, across.lowerQuartile()));
            model.addAttribute("upperQuartile", format(metric, across.upperQuartile()));
            model.addAttribute("previous", format(metric, across.previousValue()));
            model.addAttribute("quartile", quartile(across.quartile(), metric.polarity()));
            model.addAttribute(
                    "acrossCsvUrl",
                    url(
                            "/councils/" + council.gss() + "/benchmarking/" + metric.id() + "/across.csv",
                            choice,
                            day,
                            across.period().label()));
        } catch (NotFoundException e) {
            model.addAttribute("noFigures", e.getMessage());
        }
        TimeView time = joined(timeLater);
        model.addAttribute("periods", time.periods());
        model.addAttribute("timeRows", time.rows());
        model.addAttribute("timeSvg", time.svg());
        model.addAttribute(
                "timeCsvUrl",
                url(
                        "/councils/" + council.gss() + "/benchmarking/" + metric.id() + "/over-time.csv",
                        choice,
                        day,
                        null));
        model.addAttribute("profileUrl", url("/councils/" + council.gss() + "/benchmarking", choice, day, null));
        return "indicators/benchmarking-metric";
    }

    @GetMapping("/councils/{gss}/benchmarking/{metric}/across.csv")
    ResponseEntity<String> acrossCsv(
            @PathVariable String gss,
            @PathVariable("metric") String metricId,
            @RequestParam(required = false) @Nullable String group,
            @DateInput("asOf") DateFields asOf,
            @RequestParam(required = false) @Nullable String period) {
        Council council = register.get(gss);
        Metric metric = metric(metricId);
        GroupChoice choice = choice(group);
        LocalDate day = asOfOrRefuse(asOf);
        MetricAcrossGroup across = comparisons.across(metric.id(), council.gss(), choice, period(metric, period), day);
        return csv(
                BenchmarkingCsv.across(metric, across),
                council.shortName() + "-" + metric.id() + "-" + across.period().label() + "-" + choice.slug());
    }

    @GetMapping("/councils/{gss}/benchmarking/{metric}/over-time.csv")
    ResponseEntity<String> overTimeCsv(
            @PathVariable String gss,
            @PathVariable("metric") String metricId,
            @RequestParam(required = false) @Nullable String group,
            @DateInput("asOf") DateFields asOf) {
        Council council = register.get(gss);
        Metric metric = metric(metricId);
        GroupChoice choice = choice(group);
        LocalDate day = asOfOrRefuse(asOf);
        MetricOverTime overTime = comparisons.overTime(metric.id(), council.gss(), choice, day);
        return csv(
                BenchmarkingCsv.overTime(metric, council, overTime),
                council.shortName() + "-" + metric.id() + "-over-time-" + choice.slug());
    }

    @GetMapping("/councils/{gss}/nearest-neighbours")
    String nearestNeighbours(@PathVariable String gss, Model model) {
        Council council = register.get(gss);
        ComparatorGroup group = groups.group(council, GroupChoice.NEAREST_NEIGHBOURS, user(), null);
        model.addAttribute("council", council);
        model.addAttribute("group", group);
        model.addAttribute("membersTable", GroupTables.members(group));
        model.addAttribute("model", groups.model());
        model.addAttribute("computedAt", computedAt(groups.model()));
        model.addAttribute("inputs", nearestNeighbours.inputs(council.gss()).orElse(null));
        model.addAttribute("scales", nearestNeighbours.scales());
        return "indicators/nearest-neighbours";
    }

    @GetMapping("/councils/{gss}/nearest-neighbours.csv")
    ResponseEntity<String> nearestNeighboursCsv(@PathVariable String gss) {
        Council council = register.get(gss);
        ComparatorGroup group = groups.group(council, GroupChoice.NEAREST_NEIGHBOURS, user(), null);
        return csv(BenchmarkingCsv.nearestNeighbours(council, group), council.shortName() + "-nearest-neighbours");
    }

    /** The model and when it was computed; the programme team may recompute it. */
    @GetMapping("/indicators/nearest-neighbours")
    String model(Model model) {
        NearestNeighbourModel nn = groups.model();
        model.addAttribute("model", nn);
        model.addAttribute("computedAt", computedAt(nn));
        model.addAttribute("scales", nearestNeighbours.scales());
        model.addAttribute(
                "mayRecompute",
                CurrentUsers.current()
                        .filter(u -> u.has(org.peerchallengehub.shared.security.Role.PROGRAMME_TEAM))
                        .isPresent());
        return "indicators/nearest-neighbour-model";
    }

    @PostMapping("/indicators/nearest-neighbours")
    String recompute(RedirectAttributes redirect) {
        NearestNeighbourModel nn = groups.recomputeNearestNeighbours();
        redirect.addFlashAttribute(
                "recomputed",
                "Nearest neighbours recomputed for " + nn.councils() + " councils in " + nn.durationMillis() + " ms.");
        return "redirect:/indicators/nearest-neighbours";
    }

    /** Choose a council (and keep the metric) without JavaScript: a GET form that comes back here. */
    @GetMapping("/indicators/benchmarking")
    String choose(
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable String metric,
            Model model) {
        Metric chosenMetric = metric == null || metric.isBlank() ? null : metric(metric);
        if (council != null && !council.isBlank()) {
            Council found = register.find(council).orElse(null);
            if (found != null) {
                return "redirect:/councils/" + found.gss() + "/benchmarking"
                        + (chosenMetric == null ? "" : "/" + chosenMetric.id());
            }
            model.addAttribute("error", "Choose a council from the list");
        }
        model.addAttribute("metric", chosenMetric);
        model.addAttribute(
                "councils",
                register.search(CouncilQuery.current()).stream()
                        .map(c -> new SelectOption(c.gss(), c.officialName()))
                        .sorted(java.util.Comparator.comparing(SelectOption::label))
                        .toList());
        return "indicators/benchmarking-choose";
    }

    private void common(
            Model model, Council council, ComparatorGroup group, GroupChoice choice, @Nullable LocalDate day) {
        model.addAttribute("council", council);
        model.addAttribute("group", group);
        model.addAttribute("membersTable", GroupTables.members(group));
        model.addAttribute("choice", choice.slug());
        if (!model.containsAttribute("asOfFields")) {
            model.addAttribute("asOfFields", DateFields.of(day));
        }
        model.addAttribute("asOfText", day == null ? "today" : DAY.format(day));
        model.addAttribute(
                "groupOptions",
                groups.labelledChoicesFor(council, user()).entrySet().stream()
                        .map(e -> new SelectOption(e.getKey().slug(), e.getValue()))
                        .toList());
        model.addAttribute("signedIn", user() != null);
    }

    private static ProfileRow row(CouncilProfile.Row r, String base, String query) {
        Metric metric = r.metric();
        return new ProfileRow(
                base + metric.id() + query,
                metric.id(),
                metric.title(),
                r.period().displayName(),
                metric.format(r.value()),
                r.median() == null ? "" : metric.format(r.median()),
                r.rank() == null ? "" : r.rank() + " of " + r.ranked(),
                quartile(r.quartile(), metric.polarity()),
                r.direction().label(),
                metric.polarity().label());
    }

    static String quartile(@Nullable Integer quartile, Polarity polarity) {
        if (quartile == null) {
            return "";
        }
        boolean plain = polarity == Polarity.NEITHER;
        return switch (quartile) {
            case 1 -> plain ? "Highest quarter" : "Best quarter";
            case 2 -> plain ? "Second highest quarter" : "Second best quarter";
            case 3 -> plain ? "Second lowest quarter" : "Second worst quarter";
            default -> plain ? "Lowest quarter" : "Worst quarter";
        };
    }

    private static List<BarRow> bars(MetricAcrossGroup across) {
        return across.bars().stream()
                .map(b -> new BarRow(
                        Integer.toString(b.rank()),
                        b.council().gss(),
                        b.council().name(),
                        across.metric().format(b.value()),
                        b.highlighted()))
                .toList();
    }

    static String acrossSvg(MetricAcrossGroup across) {
        Metric metric = across.metric();
        List<GroupBarChart.Marker> markers = new ArrayList<>();
        if (across.median() != null) {
            markers.add(new GroupBarChart.Marker("Median", across.median(), false));
            markers.add(new GroupBarChart.Marker("Lower quartile", across.lowerQuartile(), true));
            markers.add(new GroupBarChart.Marker("Upper quartile", across.upperQuartile(), true));
        }
        String council = across.group().council().name();
        String description = metric.title() + ", " + across.period().displayName() + ", for " + across.ranked()
                + " councils of the group " + across.group().label() + ", "
                + (metric.polarity() == Polarity.NEITHER ? "highest first" : "best first") + ". "
                + (across.rank() == null
                        ? council + " has no figure for this period."
                        : council + " is highlighted, ranked " + across.rank() + " of " + across.ranked() + ".")
                + (across.median() == null ? "" : " Median " + metric.format(across.median()) + ".");
        return GroupBarChart.svg(
                "across-chart",
                metric.title() + " across " + across.group().label() + ", "
                        + across.period().displayName(),
                description,
                across.bars().stream()
                        .map(b -> new GroupBarChart.Bar(b.council().name(), b.value(), b.highlighted()))
                        .toList(),
                markers,
                metric::format,
                metric.unit() == Unit.COUNT);
    }

    static String timeSvg(MetricOverTime overTime, Council council) {
        Metric metric = overTime.metric();
        List<BandLineChart.Point> points = overTime.points().stream()
                .map(p -> new BandLineChart.Point(
                        p.period().label(), p.value(), p.median(), p.lowerQuartile(), p.upperQuartile()))
                .toList();
        String description = metric.title() + " of " + council.officialName() + " in " + points.size()
                + " periods from " + points.getFirst().label() + " to "
                + points.getLast().label()
                + ", against the median and interquartile range of "
                + overTime.group().label() + ".";
        return BandLineChart.svg(
                "time-chart",
                metric.title() + ": " + council.shortName() + " over time against the group",
                description,
                council.shortName(),
                points,
                metric::format,
                metric.unit() == Unit.COUNT);
    }

    /** The metric page's view over time: the periods to choose from (latest first), the table and the chart. */
    private record TimeView(List<SelectOption> periods, List<TimeRow> rows, @Nullable String svg) {}

    private static TimeView timeView(MetricOverTime overTime, Council council) {
        return new TimeView(
                overTime.points().reversed().stream()
                        .map(p ->
                                new SelectOption(p.period().label(), p.period().displayName()))
                        .toList(),
                timeRows(overTime),
                overTime.points().isEmpty() ? null : timeSvg(overTime, council));
    }

    private static List<TimeRow> timeRows(MetricOverTime overTime) {
        Metric metric = overTime.metric();
        return overTime.points().stream()
                .map(p -> new TimeRow(
                        p.period().displayName(),
                        format(metric, p.value()),
                        format(metric, p.median()),
                        format(metric, p.lowerQuartile()),
                        format(metric, p.upperQuartile()),
                        p.groupValues()))
                .toList();
    }

    private static String format(Metric metric, @Nullable Double value) {
        return value == null ? "" : metric.format(value);
    }

    /** The result of work done on another thread, its exception (if any) thrown here as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static @Nullable CurrentUser user() {
        return CurrentUsers.current().orElse(null);
    }

    private Metric metric(String id) {
        return entry(id).metric();
    }

    private MetricCatalogue.Entry entry(String id) {
        return catalogue
                .find(id)
                .orElseThrow(() -> MetricNotFound.forId(id.length() > 80 ? id.substring(0, 80) + "…" : id));
    }

    static GroupChoice choice(@Nullable String group) {
        if (group == null || group.isBlank()) {
            return GroupChoice.NEAREST_NEIGHBOURS;
        }
        try {
            return GroupChoice.parse(group);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /**
     * The "as known on" date of a page, or null for today. A date that is not a real one, or not between 1990
     * and today, leaves the page on today's figures and puts the form's message and the fields as typed in
     * the model: the page shows them in its error summary and beside the date input (status 200, like every
     * form of the Hub that is redisplayed with its errors).
     */
    private @Nullable LocalDate asOf(DateFields fields, Model model) {
        try {
            return asOf(fields);
        } catch (DateFields.InvalidDate invalid) {
            model.addAttribute("errors", FormErrors.of(List.of(invalid.error())));
            model.addAttribute("asOfFields", fields);
            return null;
        }
    }

    /** The "as known on" date of a CSV, or null for today; a bad one is a 400 with the message. */
    private @Nullable LocalDate asOfOrRefuse(DateFields fields) {
        try {
            return asOf(fields);
        } catch (DateFields.InvalidDate invalid) {
            throw new BadRequestException(invalid.getMessage());
        }
    }

    @Nullable
    LocalDate asOf(DateFields fields) {
        LocalDate date = fields.parseOptional("asOf", "as known on");
        if (date == null) {
            return null;
        }
        if (date.getYear() < 1990) {
            throw new DateFields.InvalidDate(new FormError("asOf", "As known on must be 1 January 1990 or later"));
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DateFields.InvalidDate(new FormError("asOf", "As known on must be today or in the past"));
        }
        return date;
    }

    private static @Nullable Period period(Metric metric, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Period.parse(metric.periodType(), text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The period: " + e.getMessage());
        }
    }

    private static String url(String path, GroupChoice choice, @Nullable LocalDate day, @Nullable String period) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("group", choice.slug());
        if (day != null) {
            b.queryParam("asOf", day.toString());
        }
        if (period != null) {
            b.queryParam("period", period);
        }
        return b.encode().build().toUriString();
    }

    private static String computedAt(NearestNeighbourModel model) {
        return model.computedAt() == null
                ? "never"
                : DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
                        .withZone(java.time.ZoneId.of("Europe/London"))
                        .format(model.computedAt());
    }

    private static ResponseEntity<String> csv(String body, String name) {
        String file = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-") + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(body);
    }
}
