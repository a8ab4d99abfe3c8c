package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A pasted table of sessions, one to a line: date, start, end, kind, title, and optionally the
 * stakeholder group and the number of people met. Columns are separated by tabs (as pasted from a
 * spreadsheet) or by commas (a field with a comma in it is put in double quotes). A first line that
 * starts with "date" is a heading and is skipped. Rows are numbered by their line in the pasted text.
 */
final class ProgrammeTable {

    /** What the pasted text says: the sessions it describes and, row by row, what could not be read. */
    record Parsed(List<OnSiteProgramme.NumberedSession> sessions, List<String> problems) {}

    static final String COLUMNS = "date, start, end, kind, title, stakeholder group (optional), people met (optional)";

    private static final DateTimeFormatter SLASHED =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private ProgrammeTable() {}

    static Parsed parse(@Nullable String text, List<Long> memberIds) {
        List<OnSiteProgramme.NumberedSession> sessions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return new Parsed(sessions, problems);
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int row = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (sessions.isEmpty() && problems.isEmpty() && cells.getFirst().equalsIgnoreCase("date")) {
                continue;
            }
            try {
                sessions.add(new OnSiteProgramme.NumberedSession(row, session(cells, memberIds)));
            } catch (ChallengeRefused refused) {
                problems.add("Row " + row + ": " + refused.getMessage());
            }
        }
        return new Parsed(sessions, problems);
    }

    private static OnSiteProgramme.NewSession session(List<String> cells, List<Long> memberIds) {
        if (cells.size() < 5 || cells.size() > 7) {
            throw new ChallengeRefused(
                    "sessions", "Enter 5 to 7 columns (" + COLUMNS + "); this row has " + cells.size());
        }
        LocalDate day = date(cells.get(0));
        LocalTime start = time(cells.get(1), "start");
        LocalTime end = time(cells.get(2), "end");
        SessionKind kind = kind(cells.get(3));
        String title = cells.get(4);
        if (title.isBlank()) {
            throw new ChallengeRefused("sessions", "Enter what the session is in the fifth column");
        }
        StakeholderGroup group = cells.size() > 5 ? group(cells.get(5)) : null;
        int people = cells.size() > 6 ? people(cells.get(6)) : 0;
        return new OnSiteProgramme.NewSession(kind, title, day, start, end, null, group, people, memberIds);
    }

    private static LocalDate date(String cell) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, LONG)) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        throw new ChallengeRefused(
                "sessions", "“" + cell + "” is not a date; write it like 10/03/2027, 2027-03-10 or 10 March 2027");
    }

    private static LocalTime time(String cell, String which) {
        try {
            return LocalTime.parse(cell.replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            throw new ChallengeRefused(
                    "sessions", "“" + cell + "” is not a " + which + " time; write it as hh:mm, like 09:30");
        }
    }

    private static SessionKind kind(String cell) {
        for (SessionKind kind : SessionKind.values()) {
            if (kind.label().equalsIgnoreCase(cell) || kind.name().equalsIgnoreCase(cell.replace(' ', '_'))) {
                return kind;
            }
        }
        throw new ChallengeRefused(
                "sessions",
                "“" + cell + "” is not a kind of session; use one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(SessionKind.values())
                                        .map(SessionKind::label)
                                        .toList()));
    }

    private static @Nullable StakeholderGroup group(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        for (StakeholderGroup group : StakeholderGroup.values()) {
            if (group.label().equalsIgnoreCase(cell) || group.name().equalsIgnoreCase(cell.replace(' ', '_'))) {
                return group;
            }
        }
        throw new ChallengeRefused(
                "sessions",
                "“" + cell + "” is not a stakeholder group; use one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(StakeholderGroup.values())
                                        .map(StakeholderGroup::label)
                                        .toList())
                        + ", or leave it empty");
    }

    private static int people(String cell) {
        if (cell.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new ChallengeRefused(
                    "sessions", "“" + cell + "” is not a number of people; write a whole number, like 12");
        }
    }

    /** The cells of one line: split on tabs if it has any, else on commas outside double quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        if (line.indexOf('\t') >= 0) {
            for (String cell : line.split("\t", -1)) {
                cells.add(unquote(cell.strip()));
            }
        } else {
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString().strip());
        }
        while (cells.size() > 5 && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
                : cell;
    }
}
