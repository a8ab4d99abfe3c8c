package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.shared.csv.CsvRows;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which council an area code in a file means. A GSS code is looked up in the council register
 * (including codes a council used before a boundary change); an MHCLG finance code ({@code E1502})
 * through the register's finance codes. {@code data/indicators/area-code-supplement.csv} fills the
 * register's known gaps: finance codes of councils created since 2019 and two newer GSS codes.
 * Every use of the supplement is reported with the import.
 */
@Component
class AreaCodes {

    static final String SUPPLEMENT = "data/indicators/area-code-supplement.csv";

    /** A council as the store knows it; {@code index} is compact, for duplicate detection. */
    record Area(int index, String gss, String name, @Nullable LocalDate endDate) {}

    /** A code found through the supplement, with why. */
    record Supplemented(Area area, String note) {}

    private final CouncilRegister register;
    private volatile @Nullable Snapshot snapshot;

    AreaCodes(CouncilRegister register) {
        this.register = register;
    }

    /** The register as it is now (it changes only at start-up, so this is built once). */
    Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = build();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot build() {
        List<Area> areas = new ArrayList<>();
        Map<String, Area> byGss = new HashMap<>();
        Map<String, Area> former = new HashMap<>();
        Map<String, Area> byFinanceCode = new HashMap<>();
        for (CouncilSummary summary : register.all()) {
            Council council = register.get(summary.gss());
            Area area = new Area(areas.size(), council.gss(), council.officialName(), council.endDate());
            areas.add(area);
            byGss.put(area.gss(), area);
            council.formerCodes().forEach(code -> former.put(code, area));
            if (council.financeEcode() != null) {
                byFinanceCode.put(council.financeEcode().toUpperCase(Locale.ROOT), area);
            }
        }
        Map<String, Supplemented> supplementGss = new HashMap<>();
        Map<String, Supplemented> supplementFinance = new HashMap<>();
        try (var in = new ClassPathResource(SUPPLEMENT).getInputStream()) {
            var rows = CsvRows.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i).cells();
                Area area = byGss.get(row.get(2).strip());
                if (area == null) {
                    throw new IllegalStateException(SUPPLEMENT + " line "
                            + rows.get(i).line() + " points at a council the register does not hold: " + row.get(2));
                }
                Supplemented entry = new Supplemented(area, row.get(3).strip());
                switch (row.get(1).strip()) {
                    case "finance-code" -> supplementFinance.put(row.get(0).strip(), entry);
                    case "gss-code" -> supplementGss.put(row.get(0).strip(), entry);
                    default -> throw new IllegalStateException(SUPPLEMENT + ": unknown kind " + row.get(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(
                List.copyOf(areas),
                Map.copyOf(byGss),
                Map.copyOf(former),
                Map.copyOf(byFinanceCode),
                Map.copyOf(supplementGss),
                Map.copyOf(supplementFinance));
    }

    /** The register's codes at one moment. */
    record Snapshot(
            List<Area> areas,
            Map<String, Area> byGss,
            Map<String, Area> formerGss,
            Map<String, Area> byFinanceCode,
            Map<String, Supplemented> supplementGss,
            Map<String, Supplemented> supplementFinance) {

        /** A council by a GSS code: its own, a former one, or one from the supplement. */
        Optional<Resolved> gss(@Nullable String code) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            String c = code.strip().toUpperCase(Locale.ROOT);
            Area area = byGss.get(c);
            if (area != null) {
                return Optional.of(new Resolved(area, null));
            }
            area = formerGss.get(c);
            if (area != null) {
                return Optional.of(new Resolved(area, null));
            }
            Supplemented s = supplementGss.get(c);
            return s == null
                    ? Optional.empty()
                    : Optional.of(new Resolved(
                            s.area(),
                            c + " read as " + s.area().name() + " (" + s.area().gss() + "): " + s.note()));
        }

        /** A council by its MHCLG finance code (E-code), from the register or the supplement. */
        Optional<Resolved> financeCode(@Nullable String code) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            String c = code.strip().toUpperCase(Locale.ROOT);
            Area area = byFinanceCode.get(c);
            if (area != null) {
                return Optional.of(new Resolved(area, null));
            }
            Supplemented s = supplementFinance.get(c);
            return s == null
                    ? Optional.empty()
                    : Optional.of(new Resolved(
                            s.area(),
                            c + " read as " + s.area().name() + " (" + s.area().gss() + "): " + s.note()));
        }

        Area get(String gss) {
            Area area = byGss.get(gss);
            if (area == null) {
                throw new IllegalArgumentException("not a council in the register: " + gss);
            }
            return area;
        }
    }

    /** A resolved code; {@code note} says how, when the supplement was needed. */
    record Resolved(Area area, @Nullable String note) {}
}
