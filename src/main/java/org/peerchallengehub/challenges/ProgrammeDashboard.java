package org.peerchallengehub.challenges;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The programme team's view of the whole programme: pipeline, coverage, visits, workload, deadlines. */
@Service
class ProgrammeDashboard {

    public record PipelineRow(int year, long enquiries, long booked, long completed, long cancelled) {}

    /** Councils by time since their last corporate peer challenge. */
    public record CoverageRow(String label, long never, long withinInterval, long overdue) {
        public long total() {
            return never + withinInterval + overdue;
        }
    }

    public record PeerDays(long peerId, String name, long days, long challenges) {}

    public record View(
            List<PipelineRow> pipeline,
            int cpcIntervalYears,
            List<CoverageRow> coverageByRegion,
            List<CoverageRow> coverageByType,
            List<Challenge> upcoming,
            List<PeerDays> peerDays,
            Map<String, List<OverdueItem>> overdueByManager,
            Map<String, List<OverdueItem>> overdueByAdviser) {}

    private static final String COMPLETED =
            "('FEEDBACK_GIVEN','REPORT_DRAFTING','FACTUAL_ACCURACY_CHECK','REPORT_FINAL','PUBLISHED','ACTION_PLAN','PROGRESS_REVIEW','CLOSED')";

    /**
     * The states of a booked challenge whose visit has not ended: only these are "upcoming". A
     * challenge that has had its feedback, been published or closed is never upcoming, whatever its
     * dates say; nor does it leave its council "never challenged" or overdue (coverage counts it by
     * its state, as the life cycle only lets a challenge past "on site" once the visit has come).
     */
    static final String BEFORE_FEEDBACK = "('BOOKED','SCOPING','PREPARING','ON_SITE')";

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final ChallengeAccess access;
    private final ChallengeRepository repository;
    private final Clock clock;

    ProgrammeDashboard(
            JdbcClient jdbc,
            Frameworks frameworks,
            ChallengeAccess access,
            ChallengeRepository repository,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public View view() {
        LocalDate today = LocalDate.now(clock);
        int interval = frameworks.rulesInForceOn(today).cpcIntervalYears();
        List<PipelineRow> pipeline = jdbc.sql(
                        """
                        select extract(year from coalesce(c.on_site_start, c.enquiry_on))::int as year,
                          count(*) filter (where c.state = 'ENQUIRY') as enquiries,
                          count(*) filter (where c.state in ('BOOKED','SCOPING','PREPARING','ON_SITE')) as booked,
                          count(*) filter (where c.state in %s) as completed,
                          count(*) filter (where c.state = 'CANCELLED') as cancelled
                        from challenge c group by 1 order by 1 desc limit 16
                        """
                                .formatted(COMPLETED))
                .query(PipelineRow.class)
                .list();
        String coverage =
                """
                with last as (
                  select council_gss, max(on_site_end) as last_end from challenge
                  where challenge_type = 'CORPORATE' and state in %s and on_site_end is not null
                  group by council_gss)
                select %s as label,
                  count(*) filter (where l.last_end is null) as never,
                  count(*) filter (where l.last_end >= :cutoff) as within_interval,
                  count(*) filter (where l.last_end < :cutoff) as overdue
                from councils_council_v co left join last l on l.council_gss = co.gss_code
                where (co.end_date is null or co.end_date > :today) and (co.start_date is null or co.start_date <= :today)
                group by 1 order by 1
                """;
        LocalDate cutoff = today.minusYears(interval);
        List<CoverageRow> byRegion = jdbc
                .sql(coverage.formatted(COMPLETED, "co.region"))
                .param("today", today)
                .param("cutoff", cutoff)
                .query(CoverageRow.class)
                .list()
                .stream()
                .map(r -> new CoverageRow(
                        org.peerchallengehub.councils.Region.valueOf(r.label()).label(),
                        r.never(),
                        r.withinInterval(),
                        r.overdue()))
                .toList();
        List<CoverageRow> byType = jdbc
                .sql(coverage.formatted(COMPLETED, "co.council_type"))
                .param("today", today)
                .param("cutoff", cutoff)
                .query(CoverageRow.class)
                .list()
                .stream()
                .map(r -> new CoverageRow(
                        org.peerchallengehub.councils.CouncilType.valueOf(r.label())
                                .label(),
                        r.never(),
                        r.withinInterval(),
                        r.overdue()))
                .toList();
        List<Challenge> upcoming = upcoming(today);
        List<PeerDays> days = jdbc.sql(
                        """
                        select p.id as peer_id, p.full_name as name,
                          sum(c.on_site_end - c.on_site_start + 1) as days, count(*) as challenges
                        from team_member t join challenge c on c.id = t.challenge_id join peers_peer_v p on p.id = t.peer_id
                        where t.status = 'AGREED' and c.state <> 'CANCELLED'
                          and c.on_site_start > :since and c.on_site_start <= :today
                        group by p.id, p.full_name order by days desc, name limit 30
                        """)
                .param("since", today.minusMonths(12))
                .param("today", today)
                .query(PeerDays.class)
                .list();
        List<OverdueItem> overdue = overdue(openWithVisit(null), today);
        return new View(
                pipeline,
                interval,
                byRegion,
                byType,
                upcoming,
                days,
                group(
                        overdue,
                        i -> i.challenge().managerName() == null
                                ? "No manager assigned"
                                : i.challenge().managerName()),
                group(
                        overdue,
                        i -> i.challenge().adviserName() == null
                                ? "No adviser assigned"
                                : i.challenge().adviserName()));
    }

    /**
     * Visits under way or starting in the next 90 days, of challenges not yet past "on site": all of
     * them (a national programme has some dozens in 90 days; a cap would hide a visit without saying
     * so), up to a safety limit far above any real programme.
     */
    List<Challenge> upcoming(LocalDate today) {
        return jdbc.sql(ChallengeRepository.SELECT
                        + " where c.on_site_end >= :today and c.on_site_start <= :until and c.state in "
                        + BEFORE_FEEDBACK
                        + " order by c.on_site_start, c.id limit 1000")
                .param("today", today)
                .param("until", today.plusDays(90))
                .query(ChallengeRepository::challenge)
                .list();
    }

    /** Visits under way or in the next 90 days, and the number of overdue items, across the programme. */
    record Glance(List<Challenge> upcoming, int overdue) {}

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    Glance glance() {
        LocalDate today = LocalDate.now(clock);
        return new Glance(upcoming(today), overdue(openWithVisit(null), today).size());
    }

    /** The overdue items of the challenges this user may see (their own, for a manager or adviser). */
    public List<OverdueItem> overdueFor(CurrentUser user) {
        return overdue(openWithVisit(user), LocalDate.now(clock));
    }

    private List<Challenge> openWithVisit(CurrentUser user) {
        ChallengeAccess.Condition condition =
                user == null ? new ChallengeAccess.Condition("true", Map.of()) : access.condition(user);
        return jdbc.sql(
                        ChallengeRepository.SELECT + " where " + condition.sql()
                                + " and c.state not in ('CLOSED','CANCELLED','ENQUIRY') and c.on_site_end is not null and not c.historic")
                .params(condition.params())
                .query(ChallengeRepository::challenge)
                .list();
    }

    private List<OverdueItem> overdue(List<Challenge> challenges, LocalDate today) {
        Map<String, ProgrammeRules> rules =
                frameworks.allRules().stream().collect(Collectors.toMap(ProgrammeRules::id, Function.identity()));
        return Deadlines.overdue(challenges, rules, today);
    }

    private static Map<String, List<OverdueItem>> group(List<OverdueItem> items, Function<OverdueItem, String> key) {
        Map<String, List<OverdueItem>> grouped = new TreeMap<>();
        for (OverdueItem item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return new LinkedHashMap<>(grouped);
    }
}
