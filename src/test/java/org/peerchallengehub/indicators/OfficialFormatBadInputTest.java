package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bad inputs for an official file rather than our tidy CSV (TidyImportTest covers those):
 * written in the layout of Oflog's adult social care metrics, small and made up here. Non-numeric values,
 * periods in the wrong format and conflicting repeats refuse the file with their lines; authorities the
 * register does not hold are reported with the import, never silently dropped; an exact repeat is stored
 * once with a warning. And a 200 MB upload to the import page is refused before it is read.
 */
@HubIntegrationTest
class OfficialFormatBadInputTest {

    static final String HEADER =
            "Financial year,Local authority code,Local authority name,Grouping,Entity_Name,Region,Measure,Code,Value\n";

    @Autowired
    MetricImports imports;

    @Autowired
    Indicators indicators;

    @Autowired
    StartingDataset startingDataset;

    @LocalServerPort
    int port;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    ImportResult importAsc(String rows) {
        return imports.importFile(new MetricImports.ImportRequest(
                ImportFormat.ADULT_SOCIAL_CARE_CSV,
                ImportFile.of("asc.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                null));
    }

    ImportRefused refusedAsc(String rows) {
        try {
            importAsc(rows);
        } catch (ImportRefused refused) {
            return refused;
        }
        throw new AssertionError("the file was imported");
    }

    @Test
    void non_numeric_values_and_wrongly_written_periods_refuse_the_file_with_their_lines() {
        ImportRefused refused = refusedAsc(
                """
                2011-12,E06000005,Darlington,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.1
                2011-12,E06000001,Hartlepool,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.x
                2011/12,E06000002,Middlesbrough,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.2
                2011-13,E06000003,Redcar and Cleveland,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.3
                2011-12,E06000004,Stockton-on-Tees,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC9,7.4
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("Line 3: ").contains("‘7.x’ is not a number"),
                        p -> assertThat(p)
                                .startsWith("Line 4: ")
                                .contains("‘2011/12’ is not a financial year: write it like 2017-18"),
                        p -> assertThat(p).startsWith("Line 5: ").contains("the second year follows the first"),
                        p -> assertThat(p).startsWith("Line 6: ").contains("measure code ‘ASC9’ is not one of"));
        assertThat(indicators.value("asc-carer-quality-of-life", "E06000005", new Period.FinancialYear(2011), null))
                .as("nothing of a refused file is stored")
                .isEmpty();
    }

    @Test
    void authorities_the_register_does_not_hold_are_reported_and_exact_repeats_stored_once() {
        ImportResult result = importAsc(
                """
                2012-13,E06000005,Darlington,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.5
                2012-13,E06000005,Darlington,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.5
                2012-13,E99999999,Nowhere,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,6.1
                2012-13,E99999999,Nowhere,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC2,6.2
                2012-13,W06000015,Cardiff,LA_Raw,Unitary Authorities,Wales,Carer QoL,ASC1,6.3
                """);
        assertThat(result.values()).isEqualTo(1);
        assertThat(result.warnings())
                .extracting(ImportProblem::toString)
                .anySatisfy(w -> assertThat(w).startsWith("Line 3: ").contains("line 2"));
        assertThat(result.skipped()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("E99999999");
            assertThat(s.name()).isEqualTo("Nowhere");
            assertThat(s.rows()).isEqualTo(2);
            assertThat(s.firstWhere()).contains("4");
        });
        assertThat(result.skipped()).anySatisfy(s -> assertThat(s.code()).isEqualTo("W06000015"));
        assertThat(indicators.value(
                        "asc-carer-quality-of-life", "E06000005", new Period.FinancialYear(2012), LocalDate.now()))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(7.5);
    }

    @Test
    void a_repeat_with_a_different_value_refuses_the_file() {
        ImportRefused refused = refusedAsc(
                """
                2013-14,E06000005,Darlington,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.5
                2013-14,E06000005,Darlington,LA_Raw,Unitary Authorities,North East,Carer QoL,ASC1,7.9
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("Line 3: ").contains("line 2"));
    }

    @Test
    void a_200_mb_upload_to_the_import_page_is_refused_before_it_is_read() throws Exception {
        // Only the headers are sent, declaring 200 MB: the server answers from them and reads no body.
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /indicators/imports HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (200L * 1024 * 1024)
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            StringBuilder page = new StringBuilder();
            for (String line = in.readLine(); line != null && page.length() < 200_000; line = in.readLine()) {
                page.append(line).append('\n');
                if (line.contains("</html>")) {
                    break;
                }
            }
            assertThat(page).contains("too large");
        }
    }
}
