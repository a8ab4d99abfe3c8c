package org.peerchallengehub.knowledge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.HistoricChallenges;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public search over published reports, and each report's page. */
@Controller
class ReportSearchController {

    private static final int PAGE_SIZE = 20;

    private final ReportSearch search;
    private final ReportLibrary library;
    private final HistoricChallenges challenges;

    ReportSearchController(ReportSearch search, ReportLibrary library, HistoricChallenges challenges) {
        this.search = search;
        this.library = library;
        this.challenges = challenges;
    }

    /** The constant named by a request parameter, or null for none or an unknown name (no filter). */
    private static <E extends Enum<E>> @Nullable E named(E[] values, @Nullable String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String councilType(@Nullable String value) {
        CouncilType type = named(CouncilType.values(), value);
        return type == null ? null : type.name();
    }

    private static @Nullable String region(@Nullable String value) {
        Region region = named(Region.values(), value);
        return region == null ? null : region.name();
    }

    private static java.util.List<SelectOption> councilTypes() {
        return SelectOption.of(CouncilType.values(), CouncilType::label);
    }

    @GetMapping("/reports/notable-practice")
    String notablePractice(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String councilType,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        String text = q.length() > 500 ? q.substring(0, 500) : q;
        String type = councilType(councilType);
        PageRequest pageRequest = PageRequest.of(page, null, 50);
        PageResult<ReportLibrary.Practice> result = new PageResult<>(
                library.notablePractice(text, type, 50, (int) pageRequest.offset()),
                pageRequest,
                library.notablePracticeCount(text, type));
        model.addAttribute("q", text);
        model.addAttribute("councilType", type);
        model.addAttribute("councilTypes", councilTypes());
        model.addAttribute("results", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        return "knowledge/notable-practice";
    }

    @GetMapping("/reports/themes")
    String themes(@RequestParam(required = false) @Nullable String councilType, Model model) {
        String type = councilType(councilType);
        model.addAttribute("councilType", type);
        model.addAttribute("councilTypes", councilTypes());
        model.addAttribute("components", library.recommendations(true, type));
        model.addAttribute("focusAreas", library.recommendations(false, type));
        return "knowledge/themes";
    }

    @GetMapping("/reports/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String councilType,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String component,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        String text = q.length() > 500 ? q.substring(0, 500) : q;
        ReportSearch.Query query = new ReportSearch.Query(
                text,
                councilType(councilType),
                region(region),
                year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null,
                component != null && component.matches("[a-z0-9-]{1,100}") ? component : null,
                named(ReportSearch.Kind.values(), kind));
        PageRequest pageRequest = PageRequest.of(page, null, PAGE_SIZE);
        ReportSearch.Results results = search.search(query, PAGE_SIZE, (int) pageRequest.offset());
        PageResult<ReportSearch.Hit> result = new PageResult<>(results.hits(), pageRequest, results.total());
        model.addAttribute("query", query);
        model.addAttribute("q", text);
        model.addAttribute("results", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute("searched", !text.isBlank());
        model.addAttribute("noReports", results.total() == 0 && !library.anyReports());
        model.addAttribute("capped", results.capped());
        model.addAttribute("rankedEach", ReportSearch.RANKED);
        model.addAttribute("councilTypes", councilTypes());
        model.addAttribute("regions", SelectOption.of(Region.values(), Region::label));
        model.addAttribute(
                "years",
                search.years().stream()
                        .map(y -> new SelectOption(y.toString(), y.toString()))
                        .toList());
        model.addAttribute(
                "components",
                search.components().stream()
                        .map(c -> new SelectOption(c[0], c[1]))
                        .toList());
        model.addAttribute("kinds", SelectOption.of(ReportSearch.Kind.values(), ReportSearch.Kind::label));
        return "knowledge/search";
    }

    @GetMapping("/reports/{id:\\d{1,18}}")
    String report(@PathVariable long id, Model model) {
        ReportSearch.ReportPage report = search.report(id).orElseThrow(() -> new NotFoundException("No such report"));
        model.addAttribute("r", report);
        model.addAttribute("lines", ReportOutline.of(report.paragraphs()));
        // The challenge the report tells of: its type, dates and team (decision 0058).
        model.addAttribute("challenge", challenges.summary(report.challengeId()).orElse(null));
        return "knowledge/report";
    }
}
