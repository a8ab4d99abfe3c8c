package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.pdf.TaggedPdfTest;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The council data pack: its figures as known on the date, in HTML and in a PDF/UA-conformant tagged PDF. */
@HubIntegrationTest
class DataPacksTest {

    static final String THURROCK = "E06000034";

    @Autowired
    DataPacks packs;

    @Autowired
    Indicators indicators;

    @Autowired
    ComparatorGroups groups;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void data() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        groups.recomputeNearestNeighbours();
    }

    @Test
    void the_pack_has_the_councils_figures_as_known_on_the_date_in_html_and_a_tagged_pdf() throws Exception {
        MetricValue later = indicators.latest(THURROCK, null).stream()
                .filter(v -> v.metricId().equals("net-revenue-expenditure"))
                .findFirst()
                .orElseThrow();
        LocalDate asOf = later.published().minusDays(1);
        MetricValue nre = indicators.latest(THURROCK, asOf).stream()
                .filter(v -> v.metricId().equals("net-revenue-expenditure"))
                .findFirst()
                .orElseThrow();
        String asOfText = asOf.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        assertThat(later.period()).isNotEqualTo(nre.period());
        String nreText =
                indicators.metric("net-revenue-expenditure").orElseThrow().format(nre.value());

        DataPacks.Generated pack = packs.generate(new DataPacks.Request(
                THURROCK,
                asOf,
                List.of("net-revenue-expenditure", "usable-reserves-to-nre"),
                "CPC test, on site in July"));

        assertThat(pack.title()).isEqualTo("Data pack: Thurrock Council");
        assertThat(pack.html())
                .contains(
                        "Thurrock Council",
                        asOfText,
                        nreText,
                        "Profile against its nearest neighbours",
                        "Profile against councils of its type",
                        "Children's services inspections",
                        "CPC test")
                .doesNotContain("<h1");
        // money is written in pounds ("£61.6 million"), so labelled pounds, not "£ thousand"
        assertThat(pack.html()).contains("Unit: pounds (£)").doesNotContain("Unit: £ thousand");
        // the quarters are named as on the benchmarking pages
        assertThat(pack.html())
                .doesNotContain("middle quarter")
                .containsPattern("Second (best|worst|highest|lowest) quarter");
        assertThat(pack.pdf()).startsWith("%PDF-".getBytes());
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Data pack: Thurrock Council");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Thurrock Council", asOfText, nreText, nre.period().label());
            assertThat(text)
                    .doesNotContain(indicators
                            .metric("net-revenue-expenditure")
                            .orElseThrow()
                            .format(later.value()));
            // every page numbered in its footer (an artefact for PDF/UA, checked below)
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).contains("Page " + page + " of " + pages);
            }
        }
        assertThat(TaggedPdfTest.pdfUaFailures(pack.pdf())).isEmpty();
    }

    @Test
    void a_district_councils_pack_leaves_out_social_care_it_does_not_provide() {
        DataPacks.Generated pack =
                packs.generate(new DataPacks.Request("E07000008", indicators.today(), packs.defaultTrendMetrics(), ""));
        assertThat(pack.html())
                .contains("Cambridge City Council", "Net revenue expenditure")
                // (the nearest-neighbour method still describes its social care measure, "as % of")
                .doesNotContain("Social care spend as a percentage", "Adult social care");
        assertThatThrownBy(() -> packs.generate(new DataPacks.Request(
                        "E07000008", indicators.today(), List.of("social-care-spend-to-nre"), "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not apply");
    }

    @Test
    void a_pack_needs_known_trend_metrics_and_a_date_no_later_than_today() {
        assertThatThrownBy(() ->
                        packs.generate(new DataPacks.Request(THURROCK, LocalDate.of(2020, 1, 1), List.of(), null)))
                .hasMessageContaining("at least one metric");
        assertThatThrownBy(() -> packs.generate(
                        new DataPacks.Request(THURROCK, LocalDate.of(2020, 1, 1), List.of("no-such-metric"), null)))
                .hasMessageContaining("no-such-metric");
        assertThatThrownBy(() -> packs.generate(new DataPacks.Request(
                        THURROCK, indicators.today().plusDays(1), List.of("net-revenue-expenditure"), null)))
                .hasMessageContaining("today at the latest");
    }
}
