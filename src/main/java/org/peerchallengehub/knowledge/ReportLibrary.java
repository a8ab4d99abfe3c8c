package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The notable practice library and the sector's themes, read from the imported findings. */
@Service
class ReportLibrary {

    /** One notable practice item with the council to contact. */
    public record Practice(
            long reportId, String text, String council, String councilGss, int year, @Nullable Integer anchor) {
        public String href() {
            return "/reports/" + reportId + (anchor == null ? "#findings" : "#p" + anchor);
        }
    }

    /**
     * Recommendation counts: one row per component (or focus-area theme), one column per year.
     *
     * @param years the columns, oldest first
     * @param rows label to counts by year
     */
    public record Counts(List<Integer> years, Map<String, Map<Integer, Long>> rows) {
        public long count(String row, Integer year) {
            return rows.getOrDefault(row, Map.of()).getOrDefault(year, 0L);
        }

        public long total(String row) {
            return rows.getOrDefault(row, Map.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private final JdbcClient jdbc;

    ReportLibrary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Practice> notablePractice(String text, @Nullable String councilType, int limit, int offset) {
        return jdbc.sql(
                        """
                        select f.report_id, f.text, c.official_name, f.council_gss, f.year, f.paragraph_position
                        from report_finding f join councils_council_v c on c.gss_code = f.council_gss
                        where f.kind = 'NOTABLE_PRACTICE'
                          and (:text = '' or f.search @@ websearch_to_tsquery('english', :text))
                          and (cast(:type as text) is null or c.council_type = :type)
                        order by f.year desc, c.official_name, f.position
                        limit :limit offset :offset
                        """)
                .param("text", text.strip())
                .param("type", councilType)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Practice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, Integer.class)))
                .list();
    }

    public long notablePracticeCount(String text, @Nullable String councilType) {
        return jdbc.sql(
                        """
                        select count(*) from report_finding f join councils_council_v c on c.gss_code = f.council_gss
                        where f.kind = 'NOTABLE_PRACTICE'
                          and (:text = '' or f.search @@ websearch_to_tsquery('english', :text))
                          and (cast(:type as text) is null or c.council_type = :type)
                        """)
                .param("text", text.strip())
                .param("type", councilType)
                .query(Long.class)
                .single();
    }

    /**
     * Recommendations (key recommendations have no theme, so they are left out) per framework
     * component — or, for focus areas, per theme heading — and year, for one council type or all.
     */
    public Counts recommendations(boolean components, @Nullable String councilType) {
        String label = components ? "coalesce(fc.headline, f.component_id)" : "coalesce(f.theme_heading, 'No theme')";
        List<Object[]> rows = jdbc.sql("select " + label + " as label, f.year, count(*) from report_finding f"
                        + " join councils_council_v c on c.gss_code = f.council_gss"
                        + " left join frameworks_component_v fc on fc.id = f.component_id"
                        + " where f.kind = 'RECOMMENDATION' and f.component_id is "
                        + (components ? "not null" : "null")
                        + " and (cast(:type as text) is null or c.council_type = :type)"
                        + " group by 1, 2 order by 1, 2")
                .param("type", councilType)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)})
                .list();
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            years.add((Integer) row[1]);
            counts.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((Integer) row[1], (Long) row[2]);
        }
        List<Map.Entry<String, Map<Integer, Long>>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Long.compare(
                b.getValue().values().stream().mapToLong(Long::longValue).sum(),
                a.getValue().values().stream().mapToLong(Long::longValue).sum()));
        Map<String, Map<Integer, Long>> ordered = new LinkedHashMap<>();
        for (var entry : sorted.subList(0, Math.min(sorted.size(), 30))) {
            ordered.put(entry.getKey(), entry.getValue());
        }
        return new Counts(List.copyOf(years), ordered);
    }

    /** True once at least one published report is on the Hub. */
    boolean anyReports() {
        return jdbc.sql("select exists(select 1 from report)")
                .query(Boolean.class)
                .single();
    }
}
