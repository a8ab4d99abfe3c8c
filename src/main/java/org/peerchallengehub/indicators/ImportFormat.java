package org.peerchallengehub.indicators;

import java.util.Locale;

/** The kinds of file the metric store imports: our own tidy CSV, and the official files as published. */
enum ImportFormat {
    TIDY_CSV(
            "Tidy CSV of values",
            "Columns metric, area, period, value and, optionally, published (the date the value became known,"
                    + " like 2018-11-30). Area is a GSS code; period is written as the metric's period type says.",
            false),
    METRIC_DEFINITIONS_CSV(
            "Metric definitions CSV",
            "Columns id, title, description, unit, polarity, period_type, theme, source and licence. Adds or"
                    + " updates metrics; values come in a tidy CSV.",
            false),
    REVENUE_OUTTURN_CSV(
            "MHCLG revenue outturn key measures (CSV)",
            "One row per authority and year: net revenue expenditure, council tax requirement, social care spend,"
                    + " interest, reserves.",
            false),
    REVENUE_OUTTURN_XLSX(
            "MHCLG revenue outturn summary workbook, RS data by LA (XLSX)",
            "The official RS workbook for one year, as published.",
            true),
    BORROWING_CSV(
            "MHCLG borrowing at year end (CSV)",
            "Outstanding borrowing per authority at each 31 March, with finance codes.",
            false),
    BORROWING_XLSX(
            "MHCLG borrowing and investment live table (XLSX)",
            "The official workbook: every LA Borrowing sheet, at each date it gives.",
            true),
    COUNCIL_TAX_RECEIPTS(
            "DLUHC council tax receipts, Table 5 (CSV or XLSX)",
            "Receipts per billing authority by quarter and year.",
            false),
    ADULT_SOCIAL_CARE_CSV(
            "Oflog adult social care metrics (CSV)",
            "Seven adult social care measures (ASC1 to ASC7) per council and year.",
            false),
    OFSTED_INSPECTIONS_CSV(
            "Ofsted children's services inspections (CSV)",
            "Inspection and publication dates and judgements per council; stored as inspections, not metrics.",
            false);

    private final String label;
    private final String hint;
    private final boolean xlsxOnly;

    ImportFormat(String label, String hint, boolean xlsxOnly) {
        this.label = label;
        this.hint = hint;
        this.xlsxOnly = xlsxOnly;
    }

    String label() {
        return label;
    }

    String hint() {
        return hint;
    }

    boolean xlsxOnly() {
        return xlsxOnly;
    }

    /** The official publication formats: rows of authorities outside the register are reported, not refused. */
    boolean official() {
        return this != TIDY_CSV && this != METRIC_DEFINITIONS_CSV;
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ImportFormat fromSlug(String slug) {
        return Slugs.parse(ImportFormat.class, slug, values(), ImportFormat::slug, ImportFormat::label);
    }
}
