package org.peerchallengehub.peers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.csv.CsvFormatException;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool as CSV, one peer a row. Import is all or nothing: every row is checked first, and a
 * single bad row (reported with its line number) means nothing is imported. A row with an {@code id}
 * replaces that peer's details; a row without one adds a peer. Multi-valued columns separate values
 * with ";":
 *
 * <ul>
 *   <li>{@code expertise}: tag ids, e.g. {@code finance;governance}
 *   <li>{@code accreditations}: {@code KIND|title|achieved[|expires]}, e.g. {@code LEAD_PEER|Lead peer|2019-05-01}
 *   <li>{@code unavailable}: ISO intervals {@code 2026-02-01/2026-02-10}
 *   <li>{@code interests}: {@code GSS=description}, e.g. {@code E06000034=Former employer}
 * </ul>
 */
@Service
class PeerCsv {

    static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "kind",
            "job_title",
            "organisation",
            "organisation_gss",
            "political_group",
            "email",
            "active",
            "expertise",
            "accreditations",
            "unavailable",
            "interests",
            "notes");

    /** The rows that were wrong, each with its line number, when nothing was imported. */
    public static class ImportRefused extends RuntimeException {
        private final List<String> problems;

        ImportRefused(List<String> problems) {
            super(problems.size() + " problem(s) in the file; nothing was imported");
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** What an import did. */
    public record Imported(int created, int updated) {}

    private record Row(
            long line,
            @Nullable Long id,
            PeerDraft draft,
            List<Accreditation> accreditations,
            List<Unavailability> unavailability,
            List<String[]> interests) {}

    private final PeerPool pool;

    PeerCsv(PeerPool pool) {
        this.pool = pool;
    }

    public void export(Writer out) {
        try {
            out.write(String.join(",", COLUMNS) + "\r\n");
            for (Peer p : pool.search(PeerQuery.all())) {
                List<String> values = List.of(
                        String.valueOf(p.id()),
                        p.fullName(),
                        p.kind().name(),
                        nz(p.jobTitle()),
                        nz(p.organisation()),
                        nz(p.organisationGss()),
                        p.politicalGroup() == null ? "" : p.politicalGroup().name(),
                        nz(p.email()),
                        String.valueOf(p.active()),
                        String.join(";", p.expertise()),
                        String.join(
                                ";",
                                p.accreditations().stream()
                                        .map(a -> a.kind().name() + "|"
                                                + a.title().replace(";", ",").replace("|", "/") + "|" + a.achievedOn()
                                                + (a.expiresOn() == null ? "" : "|" + a.expiresOn()))
                                        .toList()),
                        String.join(
                                ";",
                                p.unavailability().stream()
                                        .map(u -> u.from() + "/" + u.to())
                                        .toList()),
                        String.join(
                                ";",
                                p.interests().stream()
                                        .map(i -> i.councilGss() + "="
                                                + i.description().replace(";", ","))
                                        .toList()),
                        nz(p.notes()));
                out.write(String.join(",", values.stream().map(PeerCsv::quote).toList()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public Imported importAll(Reader in) {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try {
            List<CsvRecord> records = CsvReader.readAll(in);
            for (CsvRecord record : records) {
                Row row = parse(record, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            header = records.isEmpty()
                    ? List.of()
                    : List.copyOf(records.getFirst().header().keySet());
        } catch (CsvFormatException e) {
            throw new ImportRefused(List.of(e.getMessage()));
        }
        if (!header.isEmpty() && !header.contains("name")) {
            problems.addFirst("Line 1: the first line must name the columns, including “name” and “kind”");
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("The file has no peers in it");
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        int created = 0;
        int updated = 0;
        PeerRepository repository = pool.repository();
        for (Row row : rows) {
            long id;
            if (row.id() != null) {
                id = row.id();
                Peer current = pool.get(id);
                repository.update(id, current.version(), row.draft());
                repository.clearRelations(id);
                updated++;
            } else {
                id = repository.insert(row.draft(), false);
                created++;
            }
            for (Accreditation a : row.accreditations()) {
                repository.addAccreditation(id, a.kind(), a.title(), a.achievedOn(), a.expiresOn());
            }
            for (Unavailability u : row.unavailability()) {
                repository.addUnavailability(id, u.from(), u.to(), null);
            }
            for (String[] interest : row.interests()) {
                repository.addInterest(id, interest[0], interest[1]);
            }
        }
        pool.audit()
                .record(AuditEntry.of(
                        "peers.imported",
                        "peer-pool",
                        null,
                        "Imported the peer pool from CSV: " + created + " added, " + updated + " updated"));
        return new Imported(created, updated);
    }

    private @Nullable Row parse(CsvRecord r, List<String> problems) {
        long line = r.line();
        int before = problems.size();
        Long id = null;
        if (r.get("id") != null) {
            try {
                id = Long.valueOf(r.get("id"));
                if (pool.find(id).isEmpty()) {
                    problems.add("Line " + line + ": there is no peer with id " + id);
                }
            } catch (NumberFormatException e) {
                problems.add("Line " + line + ": id must be a whole number, or empty for a new peer");
            }
        }
        PeerKind kind = enumValue(PeerKind.class, r.get("kind"), "kind", line, problems, true);
        PoliticalGroup group =
                enumValue(PoliticalGroup.class, r.get("political_group"), "political_group", line, problems, false);
        String active = r.get("active");
        if (active != null && !active.equalsIgnoreCase("true") && !active.equalsIgnoreCase("false")) {
            problems.add("Line " + line + ": active must be true or false");
        }
        List<String> expertise = split(r.get("expertise"));
        List<Accreditation> accreditations = new ArrayList<>();
        for (String entry : split(r.get("accreditations"))) {
            String[] parts = entry.split("\\|", -1);
            AccreditationKind ak = parts.length >= 3
                    ? enumValue(AccreditationKind.class, parts[0], "accreditations", line, problems, true)
                    : null;
            LocalDate achieved = parts.length >= 3 ? date(parts[2], "accreditations", line, problems) : null;
            LocalDate expires =
                    parts.length >= 4 && !parts[3].isBlank() ? date(parts[3], "accreditations", line, problems) : null;
            if (parts.length < 3 || parts[1].isBlank()) {
                problems.add("Line " + line + ": accreditations must be written KIND|title|achieved[|expires]");
            } else if (ak != null && achieved != null) {
                accreditations.add(new Accreditation(0, ak, parts[1].strip(), achieved, expires));
            }
        }
        List<Unavailability> unavailable = new ArrayList<>();
        for (String entry : split(r.get("unavailable"))) {
            String[] parts = entry.split("/", -1);
            if (parts.length != 2) {
                problems.add(
                        "Line " + line + ": unavailable dates must be written FROM/TO, e.g. 2026-02-01/2026-02-10");
                continue;
            }
            LocalDate from = date(parts[0], "unavailable", line, problems);
            LocalDate to = date(parts[1], "unavailable", line, problems);
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    problems.add("Line " + line + ": unavailable dates " + entry + " end before they start");
                } else {
                    unavailable.add(new Unavailability(0, from, to, null));
                }
            }
        }
        List<String[]> interests = new ArrayList<>();
        for (String entry : split(r.get("interests"))) {
            int eq = entry.indexOf('=');
            if (eq < 1 || eq == entry.length() - 1) {
                problems.add(
                        "Line " + line + ": interests must be written GSS=description, e.g. E06000034=Former employer");
            } else {
                interests.add(new String[] {
                    entry.substring(0, eq).strip().toUpperCase(Locale.ROOT),
                    entry.substring(eq + 1).strip()
                });
            }
        }
        if (kind == null) {
            return null;
        }
        PeerDraft draft = new PeerDraft(
                nz(r.get("name")),
                kind,
                r.get("job_title"),
                r.get("organisation"),
                r.get("organisation_gss"),
                group,
                r.get("email"),
                active == null || Boolean.parseBoolean(active),
                r.get("notes"),
                expertise);
        for (PeerRefused refused : pool.problems(draft, id)) {
            problems.add("Line " + line + ": " + refused.getMessage());
        }
        for (String[] interest : interests) {
            if (!pool.councilExists(interest[0])) {
                problems.add("Line " + line + ": interests: there is no council with the code " + interest[0]);
            }
        }
        return problems.size() == before ? new Row(line, id, draft, accreditations, unavailable, interests) : null;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(
            Class<E> type, @Nullable String value, String column, long line, List<String> problems, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add("Line " + line + ": " + column + " is empty");
            }
            return null;
        }
        try {
            return Enum.valueOf(
                    type,
                    value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add("Line " + line + ": " + column + " must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
            return null;
        }
    }

    private static @Nullable LocalDate date(String value, String column, long line, List<String> problems) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add("Line " + line + ": " + column + ": “" + value + "” is not a date written as YYYY-MM-DD");
            return null;
        }
    }

    private static List<String> split(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** Quotes a value when needed; guards against formula injection in spreadsheets. */
    static String quote(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
