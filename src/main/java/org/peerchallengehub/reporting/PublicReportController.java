package org.peerchallengehub.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published reports for everyone, without signing in: the public reports page (those published through
 * the Hub and those imported into the back catalogue, with filters), a report's page (its latest edition,
 * or an earlier one, with every correction's reason), and its PDF, Word document and open data. Only
 * published editions are reachable: an address no publication has is "not found", whatever drafts exist.
 */
@Controller
class PublicReportController {

    static final int PAGE_SIZE = 20;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PublishedReports reports;
    private final ReportPdf pdf;
    private final ReportDocx docx;
    private final ReportJson json;
    private final CouncilRegister councils;

    PublicReportController(
            PublishedReports reports, ReportPdf pdf, ReportDocx docx, ReportJson json, CouncilRegister councils) {
        this.reports = reports;
        this.pdf = pdf;
        this.docx = docx;
        this.json = json;
        this.councils = councils;
    }

    @GetMapping("/published-reports")
    String list(
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable String councilType,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        PublishedReports.Filter filter = new PublishedReports.Filter(
                council != null && council.matches("[EWSN]\\d{8}") ? council : null,
                named(CouncilType.values(), councilType),
                named(Region.values(), region),
                year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null,
                named(ChallengeType.values(), type));
        PageRequest pageRequest = PageRequest.of(page, null, PAGE_SIZE);
        List<PublishedReports.Listed> everything = reports.list(PublishedReports.Filter.ANY);
        List<PublishedReports.Listed> matching =
                everything.stream().filter(filter::accepts).toList();
        PageResult<PublishedReports.Listed> result = page(matching, pageRequest);
        model.addAttribute("filter", filter);
        model.addAttribute("results", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute(
                "councils",
                everything.stream()
                        .map(r -> new SelectOption(r.councilGss(), r.councilName()))
                        .distinct()
                        .sorted(java.util.Comparator.comparing(SelectOption::label))
                        .toList());
        model.addAttribute("councilTypes", SelectOption.of(CouncilType.values(), CouncilType::label));
        model.addAttribute("regions", SelectOption.of(Region.values(), Region::label));
        model.addAttribute(
                "years",
                PublishedReports.years(everything).stream()
                        .map(y -> new SelectOption(y.toString(), y.toString()))
                        .toList());
        model.addAttribute("types", SelectOption.of(ChallengeType.values(), ChallengeType::label));
        return "reporting/public/reports";
    }

    @GetMapping("/published-reports/{slug:[a-z0-9-]{1,200}}")
    String report(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer edition, Model model) {
        PublishedReport report = find(slug, edition);
        model.addAttribute("doc", report.document());
        model.addAttribute("publication", report);
        String query = report.latest() ? "" : "?edition=" + report.edition();
        model.addAttribute(
                "downloads",
                new PublishedReports.Links(
                        report.href(),
                        report.href() + ".pdf" + query,
                        report.href() + ".docx" + query,
                        report.href() + ".json" + query));
        model.addAttribute(
                "council", councils.find(report.document().council().gss()).orElse(null));
        return "reporting/public/report";
    }

    @GetMapping("/published-reports/{slug:[a-z0-9-]{1,200}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer edition) {
        PublishedReport report = find(slug, edition);
        return download(pdf.render(report.document(), report), MediaType.APPLICATION_PDF, report, "pdf");
    }

    @GetMapping("/published-reports/{slug:[a-z0-9-]{1,200}}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer edition) {
        PublishedReport report = find(slug, edition);
        return download(docx.render(report.document(), report), MediaType.parseMediaType(DOCX), report, "docx");
    }

    @GetMapping("/published-reports/{slug:[a-z0-9-]{1,200}}.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer edition) {
        PublishedReport report = find(slug, edition);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(json.json(report.document()).getBytes(StandardCharsets.UTF_8));
    }

    private PublishedReport find(String slug, @Nullable Integer edition) {
        return reports.find(slug, edition)
                .orElseThrow(() -> new NotFoundException("There is no published report at this address"));
    }

    private static ResponseEntity<byte[]> download(
            byte[] content, MediaType type, PublishedReport report, String extension) {
        String name = report.slug() + (report.latest() ? "" : "-edition-" + report.edition()) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    static <T> PageResult<T> page(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new PageResult<>(all.subList(from, to), request, all.size());
    }

    /** The constant a filter names (by its name or URL form), or null for none or an unknown one. */
    static <E extends Enum<E>> @Nullable E named(E[] values, @Nullable String name) {
        if (name == null || name.isBlank() || name.length() > 60) {
            return null;
        }
        String constant = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E value : values) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        return null;
    }
}
