package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Similar across the sector": for one finding, the findings of <em>other</em> councils whose text
 * is nearest in meaning (cosine similarity of all-MiniLM-L6-v2 vectors, decision 0013). The nearest
 * distinct texts come from the in-process {@link EmbeddingIndex}; the findings that carry them, less
 * those of the finding's own council, from PostgreSQL. A text that appears in several reports is
 * listed once per report.
 */
@Service
public class SimilarFindings {

    /** Whether the answer is complete. */
    public enum Status {
        /** Every stored text has its vector: the list is complete. */
        READY,
        /** This finding has its vector, but other texts are still being embedded: the list may miss some. */
        PARTIAL,
        /** This finding's vector is still being computed (or the stored vectors are still loading). */
        COMPUTING
    }

    /** The finding asked about. */
    public record Finding(
            long id,
            String kind,
            String text,
            long reportId,
            String councilGss,
            String council,
            int year,
            @Nullable Integer anchor) {

        public String kindLabel() {
            return FindingKind.valueOf(kind).label();
        }

        public String href() {
            return "/reports/" + reportId + (anchor == null ? "#f" + id : "#p" + anchor);
        }
    }

    /** One similar finding from another council. */
    public record Similar(
            long id,
            String kind,
            String text,
            long reportId,
            String councilGss,
            String council,
            int year,
            @Nullable Integer anchor,
            double similarity) {

        public String kindLabel() {
            return FindingKind.valueOf(kind).label();
        }

        public String href() {
            return "/reports/" + reportId + (anchor == null ? "#f" + id : "#p" + anchor);
        }

        /** The similarity as a percentage, for people. */
        public long percent() {
            return Math.round(similarity * 100);
        }
    }

    /** The answer: the finding, how complete the list is, how many texts wait for vectors, the list. */
    public record Result(Finding finding, Status status, long pending, List<Similar> similar) {}

    static final int LIMIT = 10;
    /** Nearest distinct texts fetched first; more when the finding's own council holds many of them. */
    private static final int[] CANDIDATES = {64, 512, 4096};

    private final JdbcClient jdbc;
    private final EmbeddingWorker worker;

    SimilarFindings(JdbcClient jdbc, EmbeddingWorker worker) {
        this.jdbc = jdbc;
        this.worker = worker;
    }

    /** The most similar findings of other councils, or empty when there is no such finding. */
    public Optional<Result> similarTo(long findingId) {
        return similarTo(findingId, LIMIT);
    }

    Optional<Result> similarTo(long findingId, int limit) {
        record Row(Finding finding, String key) {}
        Optional<Row> row = jdbc.sql(
                        """
                        select f.id, f.kind, f.text, f.report_id, f.council_gss, c.official_name, f.year,
                          f.paragraph_position, encode(f.text_key, 'hex') as text_key
                        from report_finding f join councils_council_v c on c.gss_code = f.council_gss where f.id = :id
                        """)
                .param("id", findingId)
                .query((rs, n) -> new Row(
                        new Finding(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getInt(7),
                                rs.getObject(8, Integer.class)),
                        rs.getString(9)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Finding finding = row.get().finding();
        EmbeddingIndex index = worker.index();
        OptionalInt slot = index.slotOf(row.get().key());
        if (slot.isEmpty() && index.loaded()) {
            index.loadNewIfFree();
            slot = index.slotOf(row.get().key());
        }
        long pending = worker.pending();
        if (slot.isEmpty()) {
            return Optional.of(new Result(finding, Status.COMPUTING, pending, List.of()));
        }
        List<Similar> similar = List.of();
        for (int candidates : CANDIDATES) {
            List<EmbeddingIndex.Neighbour> nearest = index.nearest(slot.getAsInt(), candidates);
            similar = findingsOf(nearest, finding.councilGss(), limit);
            if (similar.size() >= limit || nearest.size() < candidates) {
                break;
            }
        }
        return Optional.of(new Result(finding, pending == 0 ? Status.READY : Status.PARTIAL, pending, similar));
    }

    /** The findings carrying the given texts, not of the council, best text first, one per report and text. */
    private List<Similar> findingsOf(List<EmbeddingIndex.Neighbour> nearest, String councilGss, int limit) {
        if (nearest.isEmpty()) {
            return List.of();
        }
        Map<String, Double> similarity = new HashMap<>();
        StringBuilder keys = new StringBuilder();
        for (EmbeddingIndex.Neighbour n : nearest) {
            similarity.put(n.key(), (double) n.similarity());
            keys.append(keys.isEmpty() ? "" : ",").append(n.key());
        }
        List<Similar> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        jdbc.sql(
                        """
                        select f.id, f.kind, f.text, f.report_id, f.council_gss, coalesce(c.short_name, c.official_name),
                          f.year, f.paragraph_position, k.key
                        from unnest(string_to_array(:keys, ',')) with ordinality as k(key, rank)
                        cross join lateral (
                          select * from report_finding f
                          where f.text_key = decode(k.key, 'hex') and f.council_gss <> :gss
                          order by f.year desc, f.id limit :limit) f
                        join councils_council_v c on c.gss_code = f.council_gss
                        order by k.rank, f.year desc, f.id
                        """)
                .param("keys", keys.toString())
                .param("gss", councilGss)
                .param("limit", limit)
                .query(rs -> {
                    if (found.size() >= limit || !seen.add(rs.getLong(4) + "/" + rs.getString(9))) {
                        return;
                    }
                    found.add(new Similar(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getInt(7),
                            rs.getObject(8, Integer.class),
                            similarity.get(rs.getString(9))));
                });
        return found;
    }
}
