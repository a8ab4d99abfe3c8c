package org.peerchallengehub.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.BadRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metric catalogue and the values, in the query shape LG Inform users know: metrics × areas ×
 * periods, optionally with a comparator group, as known on a date; JSON or CSV. Public, like the
 * figures on council pages (decision 0017).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Metrics", description = "Council figures: the metric catalogue and values by council and period")
class MetricsApiController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** A metric in the API. Enumerations use their lower-case URL form. */
    record MetricJson(
            String id,
            String title,
            String description,
            String unit,
            String unitLabel,
            String polarity,
            String periodType,
            String periodExample,
            String theme,
            String source,
            String licence,
            @Nullable String formula,
            boolean derived) {}

    record MetricListJson(int total, List<MetricJson> items) {}

    record AreaJson(String gss, String name, String type, String region, List<String> via) {}

    record ComparisonJson(String slug, String label, String council, List<MemberJson> members) {}

    /** A member of a comparison group; distance only for nearest neighbours. */
    record MemberJson(String gss, String name, @Nullable Double distance) {}

    /** One cell: value, formatted and published are null where the Hub knows no value as of the date. */
    record ValueJson(
            String metric,
            String area,
            String areaName,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Nullable Double value,
            @Nullable String formatted,
            @Nullable LocalDate published) {}

    record ValuesJson(
            LocalDate asOf,
            int count,
            List<MetricJson> metrics,
            List<AreaJson> areas,
            List<ComparisonJson> comparisons,
            List<ValueJson> values) {}

    private final Indicators indicators;
    private final ValuesTable table;

    MetricsApiController(Indicators indicators, ValuesTable table) {
        this.indicators = indicators;
        this.table = table;
    }

    @GetMapping(value = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The metric catalogue",
            description = "Every metric with its unit, polarity, period type, theme, source and licence; derived "
                    + "metrics with their formula.")
    MetricListJson metrics() {
        List<MetricJson> items =
                indicators.metrics().stream().map(MetricsApiController::json).toList();
        return new MetricListJson(items.size(), items);
    }

    @GetMapping(
            value = "/values",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(
            summary = "Values by metric, area and period",
            description = "One cell for every metric × area × period (value null where the Hub knows none as of the "
                    + "date), as LG Inform's data API shapes them. Lists are comma-separated or repeated. A comparison "
                    + "adds the members of that comparator group of the first area. JSON unless format=csv or the "
                    + "Accept header asks for text/csv. At most " + ValuesTable.MAX_CELLS + " cells, "
                    + ValuesRequest.MAX_METRICS + " metrics and " + ValuesRequest.MAX_AREAS + " areas per request.")
    @ApiResponse(
            responseCode = "200",
            description = "The values",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ValuesJson.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "400",
            description = "An unknown metric or area, a period that is not one of the metrics' periods, a malformed "
                    + "date or comparison, or too large a request; the detail says which",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> values(
            @Parameter(description = "metric ids (see /api/v1/metrics), e.g. net-revenue-expenditure")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> metric,
            @Parameter(description = "councils' GSS codes, e.g. E06000034") @RequestParam(required = false) @Nullable
                    List<String> area,
            @Parameter(
                            description = "latest (default), latest:N (the N most recent periods with a value, N up to "
                                    + ValuesRequest.MAX_LATEST + "), or periods as written: 2017-18, 2019-20 Q4, 2019, "
                                    + "2018-03-31")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> period,
            @Parameter(
                            description = "a comparator group of the first area: type, region, england, "
                                    + "nearest-neighbours, or custom-<id> (one of your own groups)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> comparison,
            @Parameter(description = "the figures as known on this date, YYYY-MM-DD (default today)")
                    @RequestParam(required = false)
                    @Nullable
                    String asOf,
            @Parameter(description = "csv or json (default: by the Accept header, else json)")
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept) {
        boolean csv = csv(format, accept);
        ValuesRequest request = ValuesRequest.parse(metric, area, period, comparison, asOf);
        ValuesTable.Result result = table.answer(request, CurrentUsers.current().orElse(null));
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"values-as-of-" + result.asOf() + ".csv\"")
                    .body(ValuesCsv.write(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result));
    }

    private static boolean csv(@Nullable String format, @Nullable String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new BadRequestException("format must be csv or json");
            };
        }
        if (accept == null) {
            return false;
        }
        boolean wantsCsv = false;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            wantsCsv |= type.getType().equals("text") && type.getSubtype().equals("csv");
        }
        return wantsCsv;
    }

    static MetricJson json(Metric m) {
        return new MetricJson(
                m.id(),
                m.title(),
                m.description(),
                m.unit().slug(),
                m.unit().label(),
                m.polarity().slug(),
                m.periodType().slug(),
                m.periodType().example(),
                m.theme().slug(),
                m.source(),
                m.licence(),
                m.formula(),
                m.derived());
    }

    private static ValuesJson json(ValuesTable.Result result) {
        List<ValueJson> values = result.cells().stream()
                .map(c -> {
                    MetricValue v = c.value();
                    return new ValueJson(
                            c.metric().id(),
                            c.area().council().gss(),
                            c.area().council().officialName(),
                            c.period().label(),
                            c.period().start(),
                            c.period().end(),
                            v == null ? null : v.value(),
                            v == null ? null : c.metric().format(v.value()),
                            v == null ? null : v.published());
                })
                .toList();
        return new ValuesJson(
                result.asOf(),
                values.size(),
                result.metrics().stream().map(MetricsApiController::json).toList(),
                result.areas().stream()
                        .map(a -> {
                            Council c = a.council();
                            return new AreaJson(
                                    c.gss(),
                                    c.officialName(),
                                    c.type().slug(),
                                    c.region().slug(),
                                    a.via());
                        })
                        .toList(),
                result.comparisons().stream()
                        .map(c -> new ComparisonJson(
                                c.slug(),
                                c.label(),
                                c.council(),
                                c.members().stream()
                                        .map(m -> new MemberJson(
                                                m.council().gss(), m.council().name(), m.distance()))
                                        .toList()))
                        .toList(),
                values);
    }
}
