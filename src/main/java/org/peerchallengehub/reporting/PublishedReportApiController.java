package org.peerchallengehub.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.web.BadRequestException;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every published peer challenge report, as open data: the Hub's own and the imported back catalogue. */
@RestController
@Tag(name = "Published reports", description = "Published feedback reports and their outputs (public)")
class PublishedReportApiController {

    /** One report: its id, the council's GSS code, its title, its publication date and its outputs. */
    record Item(
            String id,
            String council,
            String councilName,
            String title,
            @Nullable LocalDate published,
            int year,
            String challengeType,
            PublishedReports.Links links) {}

    /** One page of reports, newest first. */
    record ListJson(List<Item> items, long total, int page, int size, int totalPages) {}

    private final PublishedReports reports;

    PublishedReportApiController(PublishedReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/published-reports")
    @Operation(
            summary = "List published reports",
            description = "Reports published through the Hub (published date and four links: html, pdf, docx,"
                    + " json, root-relative) and reports imported into the back catalogue (published is null, as"
                    + " their publication date is not known; html links their page on the Hub, the others are"
                    + " null). Newest first; filters combine.")
    ListJson list(
            @Parameter(description = "GSS code of the council, e.g. E06000017")
                    @RequestParam(required = false)
                    @Nullable
                    String council,
            @Parameter(description = "e.g. unitary, london-borough") @RequestParam(required = false) @Nullable
                    String councilType,
            @Parameter(description = "e.g. east-midlands") @RequestParam(required = false) @Nullable String region,
            @Parameter(description = "year of the visit") @RequestParam(required = false) @Nullable Integer year,
            @Parameter(description = "corporate, finance, governance, progress-review, other")
                    @RequestParam(required = false)
                    @Nullable
                    String type,
            @Parameter(description = "1-based page number") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "page size, 1 to 500 (default 50)") @RequestParam(required = false) @Nullable
                    Integer size) {
        if (council != null && !council.matches("[EWSN]\\d{8}")) {
            throw new BadRequestException("council must be a GSS code such as E06000017");
        }
        PublishedReports.Filter filter = new PublishedReports.Filter(
                council,
                known(CouncilType.values(), councilType, "councilType"),
                known(Region.values(), region, "region"),
                year,
                known(ChallengeType.values(), type, "type"));
        PageRequest request = PageRequest.of(page, size, 50);
        PageResult<PublishedReports.Listed> result = PublicReportController.page(reports.list(filter), request);
        return new ListJson(
                result.items().stream()
                        .map(r -> new Item(
                                r.id(),
                                r.councilGss(),
                                r.councilName(),
                                r.title(),
                                r.published(),
                                r.year(),
                                r.challengeType()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-'),
                                r.links()))
                        .toList(),
                result.total(),
                request.page(),
                request.size(),
                result.totalPages());
    }

    private static <E extends Enum<E>> @Nullable E known(E[] values, @Nullable String name, String parameter) {
        if (name == null || name.isBlank()) {
            return null;
        }
        E value = PublicReportController.named(values, name);
        if (value == null) {
            throw new BadRequestException(parameter + " is not one of the known values: " + name);
        }
        return value;
    }
}
