package org.peerchallengehub.councils;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CouncilRepository {

    private final JdbcClient jdbc;

    CouncilRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A council with its predecessors, successors and former codes, in one statement. */
    Optional<Council> find(String gss) {
        return jdbc.sql(
                        """
                        select c.gss_code, c.registry_code, c.official_name, c.short_name, c.council_type, c.region,
                               c.population, c.population_year, c.start_date, c.end_date, c.finance_ecode,
                               array(select p.gss_code from council_succession s join council p on p.gss_code = s.predecessor_gss
                                     where s.successor_gss = c.gss_code order by p.official_name, p.gss_code) as predecessor_gss,
                               array(select p.official_name from council_succession s join council p on p.gss_code = s.predecessor_gss
                                     where s.successor_gss = c.gss_code order by p.official_name, p.gss_code) as predecessor_name,
                               array(select n.gss_code from council_succession s join council n on n.gss_code = s.successor_gss
                                     where s.predecessor_gss = c.gss_code order by n.official_name, n.gss_code) as successor_gss,
                               array(select n.official_name from council_succession s join council n on n.gss_code = s.successor_gss
                                     where s.predecessor_gss = c.gss_code order by n.official_name, n.gss_code) as successor_name,
                               array(select f.former_gss from council_former_code f
                                     where f.gss_code = c.gss_code order by f.former_gss) as former_gss
                        from council c where c.gss_code = :gss
                        """)
                .param("gss", gss)
                .query((rs, n) -> council(
                        rs,
                        refs(rs, "predecessor_gss", "predecessor_name"),
                        refs(rs, "successor_gss", "successor_name"),
                        List.of(strings(rs, "former_gss"))))
                .optional();
    }

    private static List<CouncilRef> refs(ResultSet rs, String codes, String names) throws SQLException {
        String[] gss = strings(rs, codes);
        String[] name = strings(rs, names);
        List<CouncilRef> refs = new java.util.ArrayList<>(gss.length);
        for (int i = 0; i < gss.length; i++) {
            refs.add(new CouncilRef(gss[i], name[i]));
        }
        return List.copyOf(refs);
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        return (String[]) rs.getArray(column).getArray();
    }

    /** The council that used this GSS code before a boundary change, if any. */
    Optional<String> currentCodeFor(String formerGss) {
        return jdbc.sql("select gss_code from council_former_code where former_gss = :gss")
                .param("gss", formerGss)
                .query(String.class)
                .optional();
    }

    List<CouncilSummary> search(CouncilQuery query, @Nullable PageRequest page, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String sql =
                "select gss_code, official_name, short_name, council_type, region, population, end_date from council"
                        + where(query, today, params)
                        + " order by short_name, official_name";
        if (page != null) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.size());
            params.put("offset", page.offset());
        }
        return jdbc.sql(sql).params(params).query((rs, n) -> summary(rs)).list();
    }

    /**
     * The councils (within the query's other filters) whose names are nearest to the query's name by trigram
     * similarity, nearest first: for a search that found none ("thurrok" → Thurrock). Short names, official
     * names (as a word within them) and every known spelling are compared; below 0.3 is not near.
     */
    List<CouncilSummary> nearest(CouncilQuery query, LocalDate today, int limit) {
        if (query.name() == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(new CouncilQuery(null, query.type(), query.region(), query.status()), today, params);
        params.put("q", query.name().toLowerCase(java.util.Locale.ROOT));
        params.put("limit", limit);
        String sql =
                """
                select gss_code, official_name, short_name, council_type, region, population, end_date from (
                  select council.*, greatest(similarity(lower(short_name), :q), word_similarity(:q, lower(official_name)),
                         (select max(similarity(lower(n.name), :q)) from council_name n
                          where n.gss_code = council.gss_code)) as score
                  from council
                """
                        + where
                        + ") s where score >= 0.3 order by score desc, short_name, official_name limit :limit";
        return jdbc.sql(sql).params(params).query((rs, n) -> summary(rs)).list();
    }

    long version() {
        return jdbc.sql("select version from council_register_version")
                .query(Long.class)
                .single();
    }

    /** Every council and the register's version, from one statement (so from one view of the database). */
    CouncilRegister.Versioned everything() {
        long[] version = {-1};
        List<CouncilSummary> councils = new java.util.ArrayList<>();
        jdbc.sql(
                        """
                        select v.version, c.gss_code, c.official_name, c.short_name, c.council_type, c.region,
                               c.population, c.end_date
                        from council_register_version v left join council c on true
                        order by c.short_name, c.official_name
                        """)
                .query(rs -> {
                    version[0] = rs.getLong("version");
                    if (rs.getString("gss_code") != null) {
                        councils.add(summary(rs));
                    }
                });
        return new CouncilRegister.Versioned(version[0], List.copyOf(councils));
    }

    private static CouncilSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CouncilSummary(
                rs.getString("gss_code"),
                rs.getString("official_name"),
                rs.getString("short_name"),
                CouncilType.valueOf(rs.getString("council_type")),
                Region.valueOf(rs.getString("region")),
                (Integer) rs.getObject("population"),
                rs.getObject("end_date", LocalDate.class));
    }

    long count(CouncilQuery query, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from council" + where(query, today, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Exact match on a known spelling, normalised (case, punctuation, "&" and "and"). */
    List<CouncilRef> byName(String normalisedName) {
        return jdbc.sql(
                        """
                        select c.gss_code, c.official_name from council_name n join council c using (gss_code)
                        where n.normalised_name = :name order by c.end_date nulls first, c.official_name
                        """)
                .param("name", normalisedName)
                .query((rs, n) -> new CouncilRef(rs.getString(1), rs.getString(2)))
                .list();
    }

    private static String where(CouncilQuery query, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.name() != null) {
            conditions.add(
                    """
                    (official_name ilike :name or short_name ilike :name or gss_code = :exact
                     or exists (select 1 from council_name n where n.gss_code = council.gss_code and n.name ilike :name))
                    """);
            params.put(
                    "name",
                    "%" + query.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", query.name().toUpperCase());
        }
        if (query.type() != null) {
            conditions.add("council_type = :type");
            params.put("type", query.type().name());
        }
        if (query.region() != null) {
            conditions.add("region = :region");
            params.put("region", query.region().name());
        }
        switch (query.status()) {
            case CURRENT ->
                conditions.add(
                        "(end_date is null or end_date > :today) and (start_date is null or start_date <= :today)");
            case ABOLISHED -> conditions.add("end_date <= :today");
            case ALL -> {}
        }
        if (query.status() != CouncilStatus.ALL) {
            params.put("today", today);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Council council(
            ResultSet rs, List<CouncilRef> predecessors, List<CouncilRef> successors, List<String> formerCodes)
            throws SQLException {
        return new Council(
                rs.getString("gss_code"),
                rs.getString("registry_code"),
                rs.getString("official_name"),
                rs.getString("short_name"),
                CouncilType.valueOf(rs.getString("council_type")),
                Region.valueOf(rs.getString("region")),
                (Integer) rs.getObject("population"),
                rs.getObject("population_year") == null ? null : rs.getInt("population_year"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("finance_ecode"),
                predecessors,
                successors,
                formerCodes);
    }
}
