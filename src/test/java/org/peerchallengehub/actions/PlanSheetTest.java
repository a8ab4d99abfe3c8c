package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The plan's spreadsheet: XLSX and ODS round trips, formulas kept as text, the layout enforced, size limits. */
class PlanSheetTest {

    static final LocalDate FINAL = LocalDate.of(2026, 3, 1);

    static PlanView plan() {
        var a1 = new PlanView.Action(
                11,
                1,
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "Director of Finance",
                LocalDate.of(2026, 9, 30),
                ActionStatus.IN_PROGRESS,
                0,
                List.of(new PlanView.Progress(1, FINAL.plusDays(3), "Draft agreed", "Test")),
                List.of());
        var e1 = new PlanView.Entry(1, "key:1", 1, null, "Review the MTFS", Response.ACCEPTED, null, List.of(a1));
        var e2 = new PlanView.Entry(
                2, "component:capacity:1", 2, "Capacity", "Invest in officer capacity", null, null, List.of());
        return new PlanView(
                1, 1, "E06000034", 1, FINAL, null, "DRAFT", 1, null, null, 0, List.of(e1, e2), List.of(), List.of());
    }

    @Test
    void xlsx_and_ods_round_trip_and_a_formula_stays_text() {
        for (byte[] file : List.of(PlanSheet.xlsx(plan()), PlanSheet.ods(plan()))) {
            List<List<String>> rows = PlanSheet.read(file);
            assertThat(rows.getFirst()).startsWith(PlanSheet.HEADERS.toArray(String[]::new));
            assertThat(rows.get(1))
                    .startsWith(
                            "key:1",
                            "Review the MTFS",
                            "Accepted",
                            "",
                            "11",
                            "=HYPERLINK(\"http://evil.example\",\"click\")",
                            "Director of Finance",
                            "2026-09-30",
                            "In progress",
                            "Draft agreed");
            PlanSheet.Parsed parsed = PlanSheet.parse(rows, plan());
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.changes()).hasSize(2);
            assertThat(parsed.changes().getFirst().description()).startsWith("=HYPERLINK");
        }
        assertThat(PlanSheet.csv(plan())).contains("'=HYPERLINK");
    }

    @Test
    void a_formula_cell_in_an_uploaded_xlsx_is_read_as_its_text_and_a_new_action_is_taken() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Plan");
            Row h = sheet.createRow(0);
            for (int c = 0; c < PlanSheet.HEADERS.size(); c++) {
                h.createCell(c).setCellValue(PlanSheet.HEADERS.get(c));
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("component:capacity:1");
            r.createCell(2).setCellValue("Partly accepted");
            r.createCell(3).setCellValue("Finance only");
            r.createCell(5).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
            r.createCell(6).setCellValue("Head of HR");
            r.createCell(7).setCellValue("31/12/2026");
            book.write(out);
            file = out.toByteArray();
        }
        PlanSheet.Parsed parsed = PlanSheet.parse(PlanSheet.read(file), plan());
        assertThat(parsed.errors()).isEmpty();
        PlanSheet.Change c = parsed.changes().getFirst();
        assertThat(c.description()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(c.actionId()).isNull();
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(c.response()).isEqualTo(Response.PARTLY_ACCEPTED);
    }

    @Test
    void a_wrong_column_or_bad_rows_are_refused_with_row_numbers_and_nothing_taken() {
        List<List<String>> rows = new ArrayList<>(PlanSheet.read(PlanSheet.xlsx(plan())));
        List<String> header = new ArrayList<>(rows.getFirst());
        header.set(2, "Our answer");
        List<List<String>> wrong = new ArrayList<>(rows);
        wrong.set(0, header);
        assertThat(PlanSheet.parse(wrong, plan()).errors())
                .containsExactly(
                        "Column C is “Our answer”; it must be “Response” (use the layout of the exported plan).");

        List<String> bad = new ArrayList<>(rows.get(1));
        bad.set(7, "2000-01-01");
        bad.set(8, "Finished");
        List<String> other = new ArrayList<>(rows.get(2));
        other.set(0, "key:99");
        PlanSheet.Parsed parsed = PlanSheet.parse(List.of(rows.getFirst(), bad, other), plan());
        assertThat(parsed.changes()).isEmpty();
        assertThat(parsed.errors())
                .anyMatch(e -> e.startsWith("Row 2: The due date must be on or after"))
                .anyMatch(e -> e.startsWith("Row 2: the status must be"))
                .anyMatch(e -> e.startsWith("Row 3: “key:99” is not the reference"));
    }

    @Test
    void a_file_of_50_mb_or_not_a_spreadsheet_is_refused_unread() {
        byte[] big = new byte[50 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        assertThatThrownBy(() -> PlanSheet.read(big))
                .isInstanceOf(PlanSheet.Unreadable.class)
                .hasMessageContaining("larger than 5 MB");
        assertThatThrownBy(() -> PlanSheet.read("Reference,Recommendation".getBytes()))
                .isInstanceOf(PlanSheet.Unreadable.class)
                .hasMessageContaining("not an XLSX or ODS");
    }
}
