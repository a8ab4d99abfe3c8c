package org.peerchallengehub.actions;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvWriter;
import org.peerchallengehub.shared.files.ZipExpansion;

/**
 * The action plan as a spreadsheet, one row per action (a recommendation without actions has one row
 * with the action's columns empty): written as CSV, XLSX and ODS, read back from XLSX and ODS. Every
 * cell is written as text (a description such as {@code =HYPERLINK(…)} stays text and is never a
 * formula; CSV cells that a spreadsheet would take for a formula get an apostrophe); a formula read
 * from an uploaded file is kept as its text. Free of Spring.
 */
final class PlanSheet {

    static final List<String> HEADERS = List.of(
            "Reference",
            "Recommendation",
            "Response",
            "Reason",
            "Action number",
            "Action",
            "Owner (post)",
            "Due date",
            "Status",
            "Latest progress");

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 2000;
    static final int MAX_CELL = 4000;

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A file that cannot be read as the plan's layout, in a sentence. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private PlanSheet() {}

    /** The rows under the header, as text. */
    static List<List<String>> rows(PlanView plan) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanView.Entry e : plan.entries()) {
            String response = e.response() == null ? "" : e.response().label();
            String reason = e.reason() == null ? "" : e.reason();
            if (e.actions().isEmpty()) {
                rows.add(List.of(e.ref(), e.text(), response, reason, "", "", "", "", "", ""));
            }
            for (PlanView.Action a : e.actions()) {
                String progress =
                        a.progress().isEmpty() ? "" : a.progress().getLast().text();
                rows.add(List.of(
                        e.ref(),
                        e.text(),
                        response,
                        reason,
                        Long.toString(a.id()),
                        a.description(),
                        a.ownerPost(),
                        a.dueOn().toString(),
                        a.status().label(),
                        progress));
            }
        }
        return rows;
    }

    static String csv(PlanView plan) {
        CsvWriter out = new CsvWriter();
        out.row(HEADERS);
        rows(plan).forEach(out::row);
        return out.toString();
    }

    static byte[] xlsx(PlanView plan) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Action plan");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(rows(plan));
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    // a string cell: never evaluated as a formula, whatever it starts with
                    row.createCell(c, CellType.STRING).setCellValue(all.get(r).get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] ods(PlanView plan) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(rows(plan));
        Sheet sheet = new Sheet("Action plan", all.size(), HEADERS.size());
        Object[][] values = new Object[all.size()][HEADERS.size()];
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < HEADERS.size(); c++) {
                values[r][c] = all.get(r).get(c);
            }
        }
        sheet.getDataRange().setValues(values);
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(sheet);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first sheet's rows as text (header included); refuses what is not an XLSX or ODS file within limits. */
    static List<List<String>> read(byte[] content) {
        if (content.length == 0) {
            throw new Unreadable("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new Unreadable(
                    "The file is larger than 5 MB: an action plan fits in far less. Remove other sheets or images and try again.");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new Unreadable("The file is not an XLSX or ODS spreadsheet: save it as .xlsx or .ods.");
        }
        ZipExpansion.Verdict verdict = ZipExpansion.measure(content);
        if (verdict != ZipExpansion.Verdict.FITS) {
            throw new Unreadable(
                    verdict == ZipExpansion.Verdict.BOMB
                            ? "The file expands to far more than a spreadsheet of this size would: it is not read."
                            : "The file is damaged: save it again as .xlsx or .ods.");
        }
        String mimetype = entry(content, "mimetype");
        if (mimetype != null && mimetype.strip().equals("application/vnd.oasis.opendocument.spreadsheet")) {
            String xml = entry(content, "content.xml");
            if (xml == null || xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
                throw new Unreadable("The ODS file's content cannot be read safely.");
            }
            return readOds(content);
        }
        return readXlsx(content);
    }

    private static @Nullable String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content);
                Workbook book = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.UK);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (r > MAX_ROWS) {
                    throw new Unreadable("The sheet has more than " + MAX_ROWS + " rows.");
                }
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                for (int c = 0; c < Math.max(last, HEADERS.size()); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(text(cell, format));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable("The file cannot be read as an XLSX spreadsheet: save it again as .xlsx or .ods.");
        }
    }

    private static String text(@Nullable Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            // a formula is kept as its text, never evaluated
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : format.formatCellValue(cell);
            default -> format.formatCellValue(cell);
        };
    }

    private static List<List<String>> readOds(byte[] content) {
        try {
            SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(content));
            if (book.getSheets().isEmpty()) {
                throw new Unreadable("The spreadsheet has no sheet.");
            }
            Sheet sheet = book.getSheet(0);
            int rowsCount = Math.min(sheet.getMaxRows(), MAX_ROWS + 2);
            if (sheet.getMaxRows() > MAX_ROWS + 1) {
                throw new Unreadable("The sheet has more than " + MAX_ROWS + " rows.");
            }
            int cols = Math.max(sheet.getMaxColumns(), 1);
            Range range = sheet.getRange(0, 0, rowsCount, cols);
            Object[][] values = range.getValues();
            String[][] formulas = range.getFormulas();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < rowsCount; r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(cols, HEADERS.size()); c++) {
                    String formula = c < cols ? formulas[r][c] : null;
                    Object value = c < cols ? values[r][c] : null;
                    if (formula != null && !formula.isBlank()) {
                        String f = formula.startsWith("of:") ? formula.substring(3) : formula;
                        cells.add(f.startsWith("=") ? f : "=" + f);
                    } else if (value instanceof LocalDate d) {
                        cells.add(d.toString());
                    } else if (value instanceof java.time.LocalDateTime d) {
                        cells.add(d.toLocalDate().toString());
                    } else if (value instanceof Double d && d == Math.rint(d)) {
                        cells.add(Long.toString(d.longValue()));
                    } else {
                        cells.add(value == null ? "" : value.toString());
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable("The file cannot be read as an ODS spreadsheet: save it again as .ods or .xlsx.");
        }
    }

    /** One change read from a row, checked against the plan. */
    record Change(
            int row,
            PlanView.Entry entry,
            @Nullable Response response,
            @Nullable String reason,
            @Nullable Long actionId,
            @Nullable String description,
            @Nullable String ownerPost,
            @Nullable LocalDate dueOn,
            @Nullable ActionStatus status,
            @Nullable String progress) {
        boolean hasAction() {
            return actionId != null || description != null;
        }
    }

    /** The rows' changes, or the errors with their row numbers (the header is row 1). */
    record Parsed(List<Change> changes, List<String> errors) {}

    static Parsed parse(List<List<String>> rows, PlanView plan) {
        List<String> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of("The sheet is empty: it needs the header row of the exported plan."));
        }
        List<String> header = rows.getFirst();
        for (int c = 0; c < HEADERS.size(); c++) {
            String found = c < header.size() ? header.get(c).strip() : "";
            if (!found.equalsIgnoreCase(HEADERS.get(c))) {
                errors.add("Column " + (char) ('A' + c) + " is “" + found + "”; it must be “" + HEADERS.get(c)
                        + "” (use the layout of the exported plan).");
            }
        }
        for (int c = HEADERS.size(); c < header.size(); c++) {
            if (!header.get(c).isBlank()) {
                errors.add("Column " + (char) ('A' + Math.min(c, 25)) + " (“"
                        + header.get(c).strip() + "”) is not part of the layout.");
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        Map<String, PlanView.Entry> entries = new HashMap<>();
        Map<Long, PlanView.Action> actions = new HashMap<>();
        for (PlanView.Entry e : plan.entries()) {
            entries.put(e.ref(), e);
            e.actions().forEach(a -> actions.put(a.id(), a));
        }
        Map<String, String> responseOf = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int n = r + 1;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).length() > MAX_CELL) {
                    errors.add("Row " + n + ": column " + (char) ('A' + Math.min(c, 25)) + " is longer than " + MAX_CELL
                            + " characters.");
                }
            }
            String ref = cell(cells, 0);
            PlanView.Entry e = ref == null ? null : entries.get(ref);
            if (e == null) {
                errors.add("Row " + n + ": “" + (ref == null ? "" : ref)
                        + "” is not the reference of a recommendation of this plan.");
                continue;
            }
            Response response = null;
            String responseText = cell(cells, 2);
            if (responseText != null) {
                for (Response candidate : Response.values()) {
                    if (candidate.label().equalsIgnoreCase(responseText)) {
                        response = candidate;
                    }
                }
                if (response == null) {
                    errors.add("Row " + n + ": the response must be “Accepted”, “Partly accepted” or “Not accepted”.");
                }
            }
            String reason = cell(cells, 3);
            if (response != null) {
                String key = response.name() + "|" + (reason == null ? "" : reason);
                String before = responseOf.putIfAbsent(ref, key);
                if (before != null && !before.equals(key)) {
                    errors.add("Row " + n + ": recommendation " + ref
                            + " has another response or reason on an earlier row.");
                }
                PlanRules.response(response, reason).ifPresent(m -> errors.add("Row " + n + ": " + m));
            }
            Long actionId = null;
            String number = cell(cells, 4);
            if (number != null) {
                try {
                    actionId = Long.parseLong(number);
                } catch (NumberFormatException ex) {
                    actionId = -1L;
                }
                PlanView.Action a = actions.get(actionId);
                if (a == null || a.entryId() != e.id()) {
                    errors.add("Row " + n + ": action number " + number + " is not an action of recommendation " + ref
                            + " (leave it empty for a new action).");
                    continue;
                }
            }
            String description = cell(cells, 5);
            String owner = cell(cells, 6);
            String dueText = cell(cells, 7);
            String statusText = cell(cells, 8);
            String progress = cell(cells, 9);
            boolean actionRow =
                    actionId != null || description != null || owner != null || dueText != null || statusText != null;
            LocalDate due = null;
            ActionStatus status = null;
            if (actionRow) {
                if (dueText != null) {
                    due = date(dueText);
                    if (due == null) {
                        errors.add("Row " + n + ": the due date “" + dueText
                                + "” must be a date such as 2027-03-31 or 31/03/2027.");
                    }
                }
                for (String m : PlanRules.action(description, owner, due, plan.reportFinalOn())) {
                    if (due != null || !m.startsWith("Enter the date")) {
                        errors.add("Row " + n + ": " + m);
                    }
                }
                if (statusText == null) {
                    status = actionId == null
                            ? ActionStatus.NOT_STARTED
                            : actions.get(actionId).status();
                } else {
                    for (ActionStatus s : ActionStatus.values()) {
                        if (s.label().equalsIgnoreCase(statusText)) {
                            status = s;
                        }
                    }
                    if (status == null) {
                        errors.add(
                                "Row " + n
                                        + ": the status must be one of “Not started”, “In progress”, “Completed”, “Completed and embedded”.");
                    }
                }
                if (status != null) {
                    ActionStatus from = actionId == null
                            ? ActionStatus.NOT_STARTED
                            : actions.get(actionId).status();
                    String latest =
                            actionId == null || actions.get(actionId).progress().isEmpty()
                                    ? null
                                    : actions.get(actionId).progress().getLast().text();
                    String note = progress != null && !progress.equals(latest) ? progress : null;
                    PlanRules.move(from, status, note).ifPresent(m -> errors.add("Row " + n + ": " + m));
                }
                Response effective = response != null ? response : e.response();
                if (effective == Response.NOT_ACCEPTED) {
                    errors.add("Row " + n + ": recommendation " + ref + " is not accepted: it takes no actions.");
                }
            }
            changes.add(new Change(n, e, response, reason, actionId, description, owner, due, status, progress));
        }
        if (changes.isEmpty() && errors.isEmpty()) {
            errors.add("The sheet has no rows under its header.");
        }
        return errors.isEmpty() ? new Parsed(changes, List.of()) : new Parsed(List.of(), errors);
    }

    private static @Nullable String cell(List<String> cells, int c) {
        if (c >= cells.size()) {
            return null;
        }
        String v = cells.get(c).strip();
        return v.isEmpty() ? null : v;
    }

    static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), UK);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
