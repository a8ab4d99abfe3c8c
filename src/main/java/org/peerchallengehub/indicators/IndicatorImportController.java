package org.peerchallengehub.indicators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.HumanSizes;
import org.peerchallengehub.shared.web.Table;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme team's import page: upload a CSV or XLSX, say what it is, and see either what was
 * imported or every problem with its line (nothing is imported then). Works without JavaScript.
 */
@Controller
class IndicatorImportController {

    private static final int LISTED_AUTHORITIES = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** The form as posted; the publication date is a GOV.UK date input. */
    record ImportForm(
            @Nullable String format,
            @Nullable String publishedDay,
            @Nullable String publishedMonth,
            @Nullable String publishedYear) {}

    /** A kind of file as a radio button. */
    record FormatOption(String value, String label, String hint) {}

    private final MetricImports imports;
    private final long maxUploadBytes;

    IndicatorImportController(
            MetricImports imports, @Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxUpload) {
        this.imports = imports;
        this.maxUploadBytes = Math.min(imports.maxBytes(), maxUpload.toBytes());
    }

    @GetMapping("/indicators/imports")
    String page(Model model) {
        return form(model, new ImportForm(null, null, null, null), List.of());
    }

    @PostMapping("/indicators/imports")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @ModelAttribute ImportForm form,
            Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        ImportFormat format = null;
        if (form.format() == null || form.format().isBlank()) {
            errors.add(new FormError("format", "Select what kind of file it is"));
        } else {
            try {
                format = ImportFormat.fromSlug(form.format());
            } catch (IllegalArgumentException e) {
                errors.add(new FormError("format", "Select what kind of file it is"));
            }
        }
        if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
            errors.add(new FormError("file", "Select a CSV or XLSX file to import"));
        } else if (format != null) {
            boolean xlsx = file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
            boolean csv = file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv");
            if (format.xlsxOnly() && !xlsx) {
                errors.add(new FormError("file", "The file must be an XLSX workbook for " + format.label()));
            } else if (!format.xlsxOnly() && format != ImportFormat.COUNCIL_TAX_RECEIPTS && !csv) {
                errors.add(new FormError("file", "The file must be a CSV file for " + format.label()));
            } else if (!xlsx && !csv) {
                errors.add(new FormError("file", "The file must be a CSV or XLSX file"));
            }
        }
        LocalDate published = null;
        boolean anyDatePart =
                !blank(form.publishedDay()) || !blank(form.publishedMonth()) || !blank(form.publishedYear());
        if (anyDatePart) {
            try {
                published = LocalDate.of(
                        Integer.parseInt(form.publishedYear().strip()),
                        Integer.parseInt(form.publishedMonth().strip()),
                        Integer.parseInt(form.publishedDay().strip()));
                if (published.isAfter(imports.today()) || published.getYear() < Periods.FIRST_YEAR) {
                    errors.add(new FormError("published", "The publication date must be today or in the past"));
                }
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                errors.add(new FormError("published", "The publication date must be a real date, like 30 11 2018"));
            }
        }
        if (!errors.isEmpty()) {
            return form(model, form, errors);
        }
        try {
            ImportResult result = imports.importFile(new MetricImports.ImportRequest(
                    format,
                    new ImportFile(file.getOriginalFilename(), file.getSize(), file::getInputStream),
                    published));
            redirect.addFlashAttribute("imported", result.summary());
            redirect.addFlashAttribute("importNotes", new ArrayList<>(notes(result)));
            return "redirect:/indicators/imports";
        } catch (ImportRefused refused) {
            List<FormError> problems = new ArrayList<>();
            problems.add(new FormError("file", refused.getMessage()));
            refused.problems().forEach(p -> problems.add(new FormError("file", p.toString())));
            if (refused.total() > refused.problems().size()) {
                problems.add(new FormError(
                        "file",
                        "And "
                                + String.format(
                                        "%,d",
                                        refused.total() - refused.problems().size()) + " more problems: only the first "
                                + refused.problems().size() + " are listed"));
            }
            return form(model, form, problems);
        }
    }

    private static List<String> notes(ImportResult result) {
        List<String> notes = new ArrayList<>();
        if (result.derivedValues() > 0) {
            notes.add(String.format("%,d", result.derivedValues()) + " derived values recomputed");
        }
        if (result.blanks() > 0) {
            notes.add(String.format("%,d", result.blanks())
                    + " cells had no value (blank, ‘…’ or ‘[z]’) and were not stored");
        }
        Map<String, List<ImportSession.SkippedArea>> byReason = new LinkedHashMap<>();
        result.skipped().forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>())
                .add(s));
        byReason.forEach((reason, areas) -> {
            int rows = areas.stream().mapToInt(ImportSession.SkippedArea::rows).sum();
            String names = areas.stream()
                    .limit(LISTED_AUTHORITIES)
                    .map(a -> a.name() + " (" + a.code() + ", " + SourceRow.inSentence(a.firstWhere()) + ")")
                    .collect(Collectors.joining("; "));
            notes.add("Not imported, " + reason + ": " + areas.size()
                    + (areas.size() == 1 ? " authority, " : " authorities, ")
                    + rows + (rows == 1 ? " row — " : " rows — ") + names
                    + (areas.size() > LISTED_AUTHORITIES
                            ? "; and " + (areas.size() - LISTED_AUTHORITIES) + " more"
                            : ""));
        });
        result.warnings().forEach(w -> notes.add(w.toString()));
        if (result.warningCount() > result.warnings().size()) {
            notes.add("And " + (result.warningCount() - result.warnings().size()) + " more warnings");
        }
        notes.addAll(result.notes());
        return notes;
    }

    private String form(Model model, ImportForm form, List<FormError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute(
                "formats",
                Arrays.stream(ImportFormat.values())
                        .map(f -> new FormatOption(f.slug(), f.label(), f.hint()))
                        .toList());
        model.addAttribute("maxSize", HumanSizes.bytes(maxUploadBytes));
        model.addAttribute("recent", recent());
        return "indicators/imports";
    }

    private Table recent() {
        List<List<Table.Cell>> rows = imports.recent(20).stream()
                .map(r -> {
                    String what =
                            switch (r.format()) {
                                case "ofsted-inspections-csv" -> String.format("%,d inspections", r.inspections());
                                case "metric-definitions-csv" -> String.format("%,d metrics", r.metricsDefined());
                                default ->
                                    String.format(
                                            "%,d values (%,d new or revised)", r.valuesImported(), r.valuesChanged());
                            };
                    return List.of(
                            Table.Cell.of(WHEN.format(r.importedAt().atZoneSameInstant(ZoneId.systemDefault()))),
                            Table.Cell.of(r.fileName()),
                            Table.Cell.of(ImportFormat.fromSlug(r.format()).label()),
                            Table.Cell.of(what),
                            Table.Cell.of(String.format("%,d", r.rowsSkipped())),
                            Table.Cell.of(r.importedBy() == null ? "Starting dataset" : r.importedBy()));
                })
                .toList();
        return new Table(
                rows.isEmpty() ? "No imports yet" : "Latest imports",
                List.of(
                        Table.Column.text("When"),
                        Table.Column.text("File"),
                        Table.Column.text("Kind"),
                        Table.Column.text("Imported"),
                        Table.Column.number("Rows not imported"),
                        Table.Column.text("By")),
                rows);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
