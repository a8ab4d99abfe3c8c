package org.peerchallengehub.councils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Councils", description = "The register of English principal councils (reference data)")
class CouncilApiController {

    /** A council in the API. Enumerations use their lower-case URL form. */
    record CouncilJson(
            String gss,
            @Nullable String registryCode,
            String officialName,
            String shortName,
            String type,
            String typeLabel,
            String region,
            String regionLabel,
            String status,
            @Nullable Integer population,
            @Nullable Integer populationYear,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String financeEcode,
            @Nullable List<CouncilRef> predecessors,
            @Nullable List<CouncilRef> successors,
            @Nullable List<String> formerCodes,
            String href) {}

    /** A list of councils; {@code page} and {@code size} are null when the whole list was asked for. */
    record CouncilListJson(long total, @Nullable Integer page, @Nullable Integer size, List<CouncilJson> items) {}

    private final CouncilRegister register;

    CouncilApiController(CouncilRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(
            summary = "List councils",
            description = "All matching councils when neither page nor size is given (a few hundred rows), "
                    + "else one page. Filters combine.")
    CouncilListJson list(
            @Parameter(description = "county, district, unitary, metropolitan-district, london-borough, city-of-london")
                    @RequestParam(required = false)
                    @Nullable
                    CouncilType type,
            @Parameter(description = "e.g. east-of-england, london") @RequestParam(required = false) @Nullable
                    Region region,
            @Parameter(description = "current (default), abolished or all") @RequestParam(required = false) @Nullable
                    CouncilStatus status,
            @Parameter(description = "part of a name, or a GSS code") @RequestParam(required = false) @Nullable
                    String name,
            @Parameter(description = "1-based page number") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "page size, 1 to 500 (default 50 when page is given)")
                    @RequestParam(required = false)
                    @Nullable
                    Integer size) {
        CouncilQuery query = new CouncilQuery(name, type, region, status);
        LocalDate today = register.today();
        if (page == null && size == null) {
            List<CouncilJson> items =
                    register.search(query).stream().map(c -> summary(c, today)).toList();
            return new CouncilListJson(items.size(), null, null, items);
        }
        PageResult<CouncilSummary> result = register.search(query, PageRequest.of(page, size, 50));
        return new CouncilListJson(
                result.total(),
                result.request().page(),
                result.request().size(),
                result.items().stream().map(c -> summary(c, today)).toList());
    }

    @GetMapping("/{gss}")
    @Operation(summary = "One council by GSS code (a former code finds today's council)")
    @ApiResponse(responseCode = "404", description = "No council has this code")
    CouncilJson council(@PathVariable String gss) {
        Council c = register.get(gss);
        return new CouncilJson(
                c.gss(),
                c.registryCode(),
                c.officialName(),
                c.shortName(),
                c.type().slug(),
                c.type().label(),
                c.region().slug(),
                c.region().label(),
                c.abolishedOn(register.today()) ? "abolished" : "current",
                c.population(),
                c.populationYear(),
                c.startDate(),
                c.endDate(),
                c.financeEcode(),
                c.predecessors(),
                c.successors(),
                c.formerCodes(),
                "/councils/" + c.gss());
    }

    private static CouncilJson summary(CouncilSummary c, LocalDate today) {
        return new CouncilJson(
                c.gss(),
                null,
                c.officialName(),
                c.shortName(),
                c.type().slug(),
                c.type().label(),
                c.region().slug(),
                c.region().label(),
                c.abolishedOn(today) ? "abolished" : "current",
                c.population(),
                null,
                null,
                c.endDate(),
                null,
                null,
                null,
                null,
                "/councils/" + c.gss());
    }
}
