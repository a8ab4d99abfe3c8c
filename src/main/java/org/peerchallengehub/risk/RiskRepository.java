package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risk module's SQL: its own tables (events, advisers' regions) and the views other modules publish
 * (the register, the metric store, inspections, nearest neighbours, user names).
 */
@Repository
class RiskRepository {

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CouncilRow(String gss, String name, String type, String region) {}

    /** Councils that existed on the date (started on or before it, or with no start recorded; not yet abolished). */
    List<CouncilRow> councilsOn(LocalDate day) {
        return jdbc.sql(
                        """
                        select gss_code, official_name, council_type, region from councils_council_v
                        where (start_date is null or start_date <= :day) and (end_date is null or end_date > :day)
                        order by official_name, gss_code
                        """)
                .param("day", day)
                .query((rs, n) -> new CouncilRow(
                        rs.getString("gss_code"),
                        rs.getString("official_name"),
                        rs.getString("council_type"),
                        rs.getString("region")))
                .list();
    }

    /** Each council's stored nearest neighbours, closest first. */
    Map<String, List<String>> nearestNeighbours() {
        Map<String, List<String>> neighbours = new HashMap<>();
        jdbc.sql("select area, neighbour from indicators_nearest_neighbour_v order by area, rank")
                .query(rs -> {
                    neighbours
                            .computeIfAbsent(rs.getString("area"), a -> new ArrayList<>())
                            .add(rs.getString("neighbour"));
                });
        return neighbours;
    }

    record ValueRow(String area, String metric, LocalDate periodEnd, double value) {}

    /**
     * The values of the metrics for the areas, as known on the date: per area, metric and period the one
     * with the latest publication on or before it. Periods ending before {@code from} are left out.
     */
    List<ValueRow> values(List<String> areas, List<String> metrics, LocalDate asOf, LocalDate from) {
        List<ValueRow> rows = new ArrayList<>();
        jdbc.sql(
                        """
                        select distinct on (area, metric_id, period_end) area, metric_id, period_end, value
                        from indicators_metric_value_v
                        where area = any(:areas) and metric_id = any(:metrics)
                          and published <= :asOf and period_end >= :from and period_end <= :asOf
                        order by area, metric_id, period_end, published desc
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metrics", metrics.toArray(String[]::new))
                .param("asOf", asOf)
                .param("from", from)
                .query(rs -> {
                    rows.add(new ValueRow(
                            rs.getString("area"),
                            rs.getString("metric_id"),
                            rs.getObject("period_end", LocalDate.class),
                            rs.getDouble("value")));
                });
        return rows;
    }

    /** Ofsted children's services inspections published on or before the date, by council, latest first. */
    Map<String, List<CouncilFacts.Inspection>> inspections(LocalDate asOf) {
        Map<String, List<CouncilFacts.Inspection>> byCouncil = new HashMap<>();
        jdbc.sql(
                        """
                        select area, published, overall, report_url from indicators_childrens_services_inspection_v
                        where published <= :asOf order by area, published desc
                        """)
                .param("asOf", asOf)
                .query(rs -> {
                    byCouncil
                            .computeIfAbsent(rs.getString("area"), a -> new ArrayList<>())
                            .add(new CouncilFacts.Inspection(
                                    rs.getObject("published", LocalDate.class),
                                    rs.getString("overall"),
                                    rs.getString("report_url")));
                });
        return byCouncil;
    }

    private static final String EVENT_COLUMNS =
            "id, council_gss, kind, event_date, known_on, source, note, recorded_by from risk_event";

    /** Events known on the date, by council, latest first. */
    Map<String, List<RiskEvent>> eventsKnownOn(LocalDate asOf) {
        Map<String, List<RiskEvent>> byCouncil = new HashMap<>();
        jdbc.sql("select " + EVENT_COLUMNS + " where known_on <= :asOf order by council_gss, event_date desc, id desc")
                .param("asOf", asOf)
                .query(rs -> {
                    RiskEvent event = event(rs);
                    byCouncil
                            .computeIfAbsent(event.gss(), a -> new ArrayList<>())
                            .add(event);
                });
        return byCouncil;
    }

    /** Every event of a council, whenever known, latest first. */
    List<RiskEvent> events(String gss) {
        return jdbc.sql("select " + EVENT_COLUMNS + " where council_gss = :gss order by event_date desc, id desc")
                .param("gss", gss)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** The most recently recorded events, newest first. */
    List<RiskEvent> recentEvents(int limit) {
        return jdbc.sql("select " + EVENT_COLUMNS + " order by recorded_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> event(rs))
                .list();
    }

    Optional<RiskEvent> find(String gss, EventKind kind, LocalDate eventDate) {
        return jdbc.sql("select " + EVENT_COLUMNS + " where council_gss = :gss and kind = :kind and event_date = :d")
                .param("gss", gss)
                .param("kind", kind.name())
                .param("d", eventDate)
                .query((rs, n) -> event(rs))
                .optional();
    }

    long insert(RiskEvent event, @Nullable String licence, @Nullable Long userId, @Nullable String dataset) {
        return jdbc.sql(
                        """
                        insert into risk_event (council_gss, kind, event_date, known_on, source, licence, note,
                                                recorded_by, recorded_by_user_id, dataset)
                        values (:gss, :kind, :eventDate, :knownOn, :source, :licence, :note, :by, :userId, :dataset)
                        returning id
                        """)
                .param("gss", event.gss())
                .param("kind", event.kind().name())
                .param("eventDate", event.eventDate())
                .param("knownOn", event.knownOn())
                .param("source", event.source())
                .param("licence", licence)
                .param("note", event.note())
                .param("by", event.recordedBy())
                .param("userId", userId)
                .param("dataset", dataset)
                .query(Long.class)
                .single();
    }

    /** Serialises writers of events, so that two imports cannot both pass the conflict check. */
    void lockEvents() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('risk.events'))")
                .query()
                .singleValue();
    }

    Optional<String> adviserRegion(long userId) {
        return jdbc.sql("select region from risk_adviser_region where user_id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    void setAdviserRegion(long userId, String region, String by) {
        jdbc.sql(
                        """
                        insert into risk_adviser_region (user_id, region, set_by) values (:id, :region, :by)
                        on conflict (user_id) do update set region = :region, set_by = :by, set_at = now()
                        """)
                .param("id", userId)
                .param("region", region)
                .param("by", by)
                .update();
    }

    record Adviser(long id, String name, @Nullable String region) {}

    /** Enabled principal advisers with the region each looks after, by name. */
    List<Adviser> advisers() {
        return jdbc.sql(
                        """
                        select u.id, u.display_name, r.region from identity_user_name_v u
                        left join risk_adviser_region r on r.user_id = u.id
                        where u.role = 'PRINCIPAL_ADVISER' and u.enabled order by u.display_name, u.id
                        """)
                .query((rs, n) -> new Adviser(rs.getLong("id"), rs.getString("display_name"), rs.getString("region")))
                .list();
    }

    /**
     * The outcomes after the date: events of the starting data set (the outcomes file) of the given kinds that
     * happened after it, earliest first. Read only as the backtest's ground truth, never as an input.
     */
    List<Backtest.Outcome> outcomesAfter(LocalDate asOf, String dataset, List<EventKind> kinds) {
        return jdbc.sql(
                        """
                        select council_gss, event_date, kind from risk_event
                        where dataset = :dataset and event_date > :asOf and kind = any(:kinds)
                        order by event_date, id
                        """)
                .param("dataset", dataset)
                .param("asOf", asOf)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new Backtest.Outcome(
                        rs.getString("council_gss"),
                        rs.getObject("event_date", LocalDate.class),
                        EventKind.valueOf(rs.getString("kind"))))
                .list();
    }

    private static RiskEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RiskEvent(
                rs.getLong("id"),
                rs.getString("council_gss"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getObject("event_date", LocalDate.class),
                rs.getObject("known_on", LocalDate.class),
                rs.getString("source"),
                rs.getString("note"),
                rs.getString("recorded_by"));
    }
}
