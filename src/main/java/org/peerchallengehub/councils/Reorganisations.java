package org.peerchallengehub.councils;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.csv.CsvFormatException;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reorganisations recorded ahead of time (issue 13, item 11; decision 0110). Recording one checks every
 * new council and every council it replaces, then, in one transaction, adds the new councils to the
 * register (start date = vesting day), records what replaces what, and applies it: the replaced councils
 * end on the vesting day and the successions are in place, so from that day the register, the council
 * pages and every list of current councils follow it, and before it the councils are marked as being
 * reorganised. A CSV of the same facts is all or nothing, each problem naming its line.
 */
@Component
class Reorganisations {

    static final List<String> CSV_COLUMNS = List.of(
            "reorganisation",
            "vesting_day",
            "shadow_from",
            "source",
            "new_gss_code",
            "new_official_name",
            "new_short_name",
            "region",
            "replaces");

    private static final Pattern GSS = Pattern.compile("E[0-9]{8}");
    private static final Pattern UNITARY_GSS = Pattern.compile("E06[0-9]{6}");

    private final JdbcClient jdbc;
    private final CouncilRegister register;
    private final AuditTrail audit;

    Reorganisations(JdbcClient jdbc, CouncilRegister register, AuditTrail audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.audit = audit;
    }

    /** Every recorded reorganisation, the soonest vesting first. */
    List<Reorganisation> all() {
        return load(null);
    }

    /**
     * The reorganisations a council takes part in, as a new council or as one replaced: asked by every
     * council page, so only those are read.
     */
    List<Reorganisation> involving(String gss) {
        return load(gss);
    }

    /** Reorganisations (all, or those involving a council) with their transfers: two queries, whatever the count. */
    private List<Reorganisation> load(@Nullable String involving) {
        String only = involving == null
                ? ""
                : " where id in (select reorganisation_id from council_reorganisation_transfer"
                        + " where successor_gss = :gss or predecessor_gss = :gss)";
        var heads = jdbc.sql("select id, name, vesting_day, shadow_from, source, recorded_by, recorded_at"
                        + " from council_reorganisation" + only + " order by vesting_day, name")
                .params(involving == null ? Map.<String, Object>of() : Map.<String, Object>of("gss", involving))
                .query((rs, i) -> new Reorganisation(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<Reorganisation.Transfer>> transfers = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select t.reorganisation_id, t.successor_gss, s.official_name, t.predecessor_gss, p.official_name
                        from council_reorganisation_transfer t
                        join council s on s.gss_code = t.successor_gss
                        join council p on p.gss_code = t.predecessor_gss
                        where t.reorganisation_id in (:ids) order by s.official_name, p.official_name
                        """)
                .param("ids", heads.stream().map(Reorganisation::id).toList())
                .query(rs -> {
                    transfers
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Reorganisation.Transfer(
                                    new CouncilRef(rs.getString(2), rs.getString(3)),
                                    new CouncilRef(rs.getString(4), rs.getString(5))));
                });
        return heads.stream()
                .map(r -> new Reorganisation(
                        r.id(),
                        r.name(),
                        r.vestingDay(),
                        r.shadowFrom(),
                        r.source(),
                        r.recordedBy(),
                        r.recordedAt(),
                        transfers.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Records one reorganisation; throws {@link ReorganisationRefused} with every problem, and records nothing. */
    @Transactional
    long record(ReorganisationDraft draft, String byName) {
        List<String> problems = new ArrayList<>();
        Map<ReorganisationDraft.NewCouncil, List<String>> replaced = check(draft, problems, new java.util.HashMap<>());
        if (!problems.isEmpty()) {
            throw new ReorganisationRefused(problems);
        }
        return apply(draft, replaced, byName);
    }

    /** Records every reorganisation in a CSV (one row per new council), all or nothing. */
    @Transactional
    List<Long> importCsv(String csv, String byName) {
        List<CsvRecord> rows;
        try {
            List<String> header = CsvReader.header(new java.io.StringReader(csv)).stream()
                    .map(String::strip)
                    .toList();
            if (!header.equals(CSV_COLUMNS)) {
                throw new ReorganisationRefused(List.of("The first line must be the header "
                        + String.join(",", CSV_COLUMNS) + " (it is " + String.join(",", header) + ")"));
            }
            rows = CsvReader.readAll(new java.io.StringReader(csv));
        } catch (CsvFormatException e) {
            throw new ReorganisationRefused(
                    List.of("Line " + e.line() + ": the file is not a readable CSV: " + e.reason()));
        }
        if (rows.isEmpty()) {
            throw new ReorganisationRefused(List.of("The file has no rows after its header"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<CsvRecord>> groups = new LinkedHashMap<>();
        for (CsvRecord row : rows) {
            String name =
                    Optional.ofNullable(row.get("reorganisation")).orElse("").strip();
            if (name.isEmpty()) {
                problems.add("Line " + row.line() + ": the reorganisation has no name");
                continue;
            }
            groups.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
        }
        List<ReorganisationDraft> drafts = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            CsvRecord first = entry.getValue().getFirst();
            LocalDate vesting = date(first, "vesting_day", problems);
            LocalDate shadow = date(first, "shadow_from", problems);
            for (CsvRecord row : entry.getValue()) {
                if (!same(row.get("vesting_day"), first.get("vesting_day"))
                        || !same(row.get("shadow_from"), first.get("shadow_from"))) {
                    problems.add("Line " + row.line() + ": the rows of " + entry.getKey()
                            + " give different vesting days or shadow periods (line " + first.line() + " gives "
                            + first.get("vesting_day") + ")");
                }
            }
            List<ReorganisationDraft.NewCouncil> councils = entry.getValue().stream()
                    .map(row -> new ReorganisationDraft.NewCouncil(
                            row.line(),
                            Optional.ofNullable(row.get("new_gss_code"))
                                    .orElse("")
                                    .strip(),
                            Optional.ofNullable(row.get("new_official_name"))
                                    .orElse("")
                                    .strip(),
                            row.get("new_short_name"),
                            region(row, problems),
                            split(row.get("replaces"))))
                    .toList();
            drafts.add(new ReorganisationDraft(entry.getKey(), vesting, shadow, first.get("source"), councils));
        }
        Map<String, String> seenPredecessors = new java.util.HashMap<>();
        List<Map<ReorganisationDraft.NewCouncil, List<String>>> checked = new ArrayList<>();
        for (ReorganisationDraft draft : drafts) {
            checked.add(check(draft, problems, seenPredecessors));
        }
        if (!problems.isEmpty()) {
            throw new ReorganisationRefused(problems);
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ids.add(apply(drafts.get(i), checked.get(i), byName));
        }
        return ids;
    }

    /**
     * Every problem of a draft goes to {@code problems}; the GSS codes each new council replaces, once
     * resolved. {@code predecessorsSoFar} (council → reorganisation) catches a council replaced in two
     * reorganisations of one file.
     */
    private Map<ReorganisationDraft.NewCouncil, List<String>> check(
            ReorganisationDraft draft, List<String> problems, Map<String, String> predecessorsSoFar) {
        LocalDate today = register.today();
        String name = draft.name().strip();
        if (name.isEmpty()) {
            problems.add("Enter the name of the reorganisation, for example “Surrey”");
        } else if (name.length() > 200) {
            problems.add("The name of the reorganisation must be 200 characters or fewer");
        } else if (exists(name)) {
            problems.add("A reorganisation called “" + name + "” is already recorded");
        }
        LocalDate vesting = draft.vestingDay();
        if (vesting == null) {
            problems.add(prefix(draft) + "Enter the vesting day of " + label(name));
        } else if (!vesting.isAfter(today)) {
            problems.add(
                    prefix(draft) + "The vesting day must be in the future: a reorganisation is recorded ahead of time"
                            + " (past ones are in the register already)");
        }
        if (draft.shadowFrom() != null && vesting != null && !draft.shadowFrom().isBefore(vesting)) {
            problems.add(prefix(draft) + "The shadow period must start before the vesting day");
        }
        if (draft.source() != null && draft.source().strip().length() > 500) {
            problems.add(prefix(draft) + "The source must be 500 characters or fewer");
        }
        if (draft.councils().isEmpty()) {
            problems.add("Enter at least one new council, with the councils it replaces");
        }
        Map<ReorganisationDraft.NewCouncil, List<String>> resolved = new LinkedHashMap<>();
        Set<String> newCodes = new HashSet<>();
        for (ReorganisationDraft.NewCouncil council : draft.councils()) {
            String at = council.line() > 0 ? "Line " + council.line() + ": " : "";
            String label = council.officialName().isBlank() ? "the new council" : council.officialName();
            if (!UNITARY_GSS.matcher(council.gss()).matches()) {
                problems.add(at + "Enter the GSS code of " + label
                        + " as E06 and six digits (new councils are unitary), for example E06000065");
            } else if (register.find(council.gss()).isPresent()) {
                problems.add(at + "The code " + council.gss()
                        + " is already in the register: a new council needs a new code");
            } else if (!newCodes.add(council.gss())) {
                problems.add(at + "The code " + council.gss() + " is given to two new councils");
            }
            if (council.officialName().isBlank()) {
                problems.add(at + "Enter the official name of the new council");
            } else if (council.officialName().length() > 200) {
                problems.add(at + "The name of the new council must be 200 characters or fewer");
            }
            if (council.region() == null) {
                problems.add(at + "Choose the region of " + label);
            }
            if (council.replaces().isEmpty()) {
                problems.add(at + "Enter the councils " + label + " replaces");
            }
            List<String> codes = new ArrayList<>();
            for (String typed : council.replaces()) {
                Optional<Council> found = GSS.matcher(typed).matches()
                        ? register.find(typed)
                        : register.matchName(typed).flatMap(ref -> register.find(ref.gss()));
                if (found.isEmpty()) {
                    problems.add(at + "There is no council “" + typed + "” in the register");
                    continue;
                }
                Council predecessor = found.get();
                Optional<String> other = replacedAlready(predecessor.gss());
                if (other.isPresent()) {
                    problems.add(at + predecessor.officialName() + " is already replaced in the reorganisation “"
                            + other.get() + "”");
                    continue;
                }
                if (vesting != null
                        && predecessor.endDate() != null
                        && !predecessor.endDate().isAfter(vesting)) {
                    problems.add(at + predecessor.officialName() + " no longer exists on the vesting day");
                    continue;
                }
                if (predecessor.type() == CouncilType.LONDON_BOROUGH
                        || predecessor.type() == CouncilType.CITY_OF_LONDON) {
                    problems.add(
                            at + predecessor.officialName() + " is a London council: London is not being reorganised");
                    continue;
                }
                codes.add(predecessor.gss());
            }
            // a council split between new councils of the same reorganisation is allowed (checked across them below)
            resolved.put(council, codes);
        }
        for (String code :
                resolved.values().stream().flatMap(List::stream).distinct().toList()) {
            String earlier = predecessorsSoFar.putIfAbsent(code, name);
            if (earlier != null && !earlier.equals(name)) {
                problems.add(register.get(code).officialName() + " is replaced in two reorganisations of the file");
            }
        }
        return resolved;
    }

    private long apply(
            ReorganisationDraft draft, Map<ReorganisationDraft.NewCouncil, List<String>> replaced, String byName) {
        LocalDate vesting = java.util.Objects.requireNonNull(draft.vestingDay());
        long id = jdbc.sql(
                        """
                        insert into council_reorganisation (name, vesting_day, shadow_from, source, recorded_by)
                        values (:name, :vesting, :shadow, :source, :by) returning id
                        """)
                .param("name", draft.name().strip())
                .param("vesting", vesting)
                .param("shadow", draft.shadowFrom())
                .param(
                        "source",
                        draft.source() == null || draft.source().isBlank()
                                ? null
                                : draft.source().strip())
                .param("by", byName)
                .query(Long.class)
                .single();
        for (var entry : replaced.entrySet()) {
            ReorganisationDraft.NewCouncil council = entry.getKey();
            String shortName =
                    council.shortName() == null || council.shortName().isBlank()
                            ? council.officialName().replaceFirst("(?i)\\s+council$", "")
                            : council.shortName().strip();
            jdbc.sql(
                            """
                            insert into council (gss_code, registry_code, official_name, short_name, council_type, region,
                                                 start_date)
                            values (:gss, :registry, :official, :short, 'UNITARY', :region, :start)
                            """)
                    .param("gss", council.gss())
                    .param("registry", freeRegistryCode())
                    .param("official", council.officialName())
                    .param("short", shortName)
                    .param(
                            "region",
                            java.util.Objects.requireNonNull(council.region()).name())
                    .param("start", vesting)
                    .update();
            for (String name : List.of(council.officialName(), shortName)) {
                jdbc.sql(
                                "insert into council_name (normalised_name, name, gss_code) values (:n, :name, :gss) on conflict do nothing")
                        .param("n", CouncilRegister.normaliseName(name))
                        .param("name", name)
                        .param("gss", council.gss())
                        .update();
            }
            for (String predecessor : entry.getValue()) {
                jdbc.sql(
                                """
                                insert into council_reorganisation_transfer (reorganisation_id, successor_gss, predecessor_gss)
                                values (:id, :s, :p)
                                """)
                        .param("id", id)
                        .param("s", council.gss())
                        .param("p", predecessor)
                        .update();
            }
        }
        reapply();
        audit.record(AuditEntry.of(
                "council.reorganisation-recorded",
                "council_reorganisation",
                id,
                "Recorded the reorganisation “" + draft.name().strip() + "”: " + replaced.size() + " new "
                        + (replaced.size() == 1 ? "council" : "councils") + " from " + vesting));
        return id;
    }

    /**
     * Applies every recorded reorganisation to the register: the replaced councils end on the vesting day
     * and the successions exist. Idempotent; called after each load of the register file.
     */
    void reapply() {
        jdbc.sql(
                        """
                        update council c set end_date = r.vesting_day
                        from council_reorganisation_transfer t join council_reorganisation r on r.id = t.reorganisation_id
                        where c.gss_code = t.predecessor_gss and (c.end_date is null or c.end_date > r.vesting_day)
                        """)
                .update();
        jdbc.sql(
                        """
                        insert into council_succession (predecessor_gss, successor_gss)
                        select predecessor_gss, successor_gss from council_reorganisation_transfer
                        on conflict do nothing
                        """)
                .update();
    }

    private boolean exists(String name) {
        return jdbc.sql("select count(*) from council_reorganisation where lower(name) = lower(:n)")
                        .param("n", name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Optional<String> replacedAlready(String gss) {
        return jdbc.sql(
                        """
                        select r.name from council_reorganisation_transfer t join council_reorganisation r on r.id = t.reorganisation_id
                        where t.predecessor_gss = :gss limit 1
                        """)
                .param("gss", gss)
                .query(String.class)
                .optional();
    }

    /** A registry code no council has: "Z" and two letters or digits. */
    private String freeRegistryCode() {
        Set<String> used = new HashSet<>(jdbc.sql("select registry_code from council where registry_code like 'Z%'")
                .query(String.class)
                .list());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                String code = "Z" + a + b;
                if (!used.contains(code)) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("No free registry code left");
    }

    private static String prefix(ReorganisationDraft draft) {
        long line = draft.councils().isEmpty() ? 0 : draft.councils().getFirst().line();
        return line > 0 ? "Line " + line + ": " : "";
    }

    private static String label(String name) {
        return name.isEmpty() ? "the reorganisation" : "the reorganisation “" + name + "”";
    }

    private static @Nullable LocalDate date(CsvRecord row, String column, List<String> problems) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add("Line " + row.line() + ": " + column + " “" + value + "” is not a date written as YYYY-MM-DD");
            return null;
        }
    }

    private static @Nullable Region region(CsvRecord row, List<String> problems) {
        String value = row.get("region");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Region.fromLabel(value);
        } catch (IllegalArgumentException e) {
            problems.add("Line " + row.line() + ": “" + value + "” is not an English region (for example South East)");
            return Region.SOUTH_EAST; // the line is named already; this keeps the other checks going
        }
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    static List<String> split(@Nullable String replaces) {
        if (replaces == null || replaces.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(replaces.split("[;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
