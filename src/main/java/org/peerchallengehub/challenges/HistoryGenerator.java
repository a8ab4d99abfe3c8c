package org.peerchallengehub.challenges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.peers.AccreditationKind;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PoliticalGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a realistic, clearly synthetic programme history for demonstrations and benchmarks: a
 * pool of peers and, for every council in the register, about 15 years of challenges (60 to 80 a
 * year) with teams that obey the hard rules and on-site programmes in which no peer is in two
 * sessions at once. Deterministic for a given seed. Run with
 * {@code java -jar target/peer-challenge-hub.jar generate-history} or from the benchmark.
 */
@Component
public class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);
    static final String MARK = "Generated history (synthetic)";

    /** What was generated. */
    public record Generated(int peers, int challenges, int teamMembers, int sessions) {}

    private static final String[] FIRST = {
        "Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Leslie", "Morgan", "Jordan", "Casey", "Taylor", "Jamie", "Drew",
        "Ashley", "Frankie", "Kim", "Lee", "Charlie", "Ellis", "Rowan", "Sasha", "Toni", "Billie", "Devon"
    };
    private static final String[] LAST = {
        "Ashdown",
        "Bramble",
        "Cotter",
        "Dunmore",
        "Elsworth",
        "Fairleigh",
        "Gadsby",
        "Holloway",
        "Inglis",
        "Jessop",
        "Kettering",
        "Lomax",
        "Merriman",
        "Norcott",
        "Orpington",
        "Pelham",
        "Quarrie",
        "Radley",
        "Stainton",
        "Thornbury",
        "Upton",
        "Varley",
        "Whitcombe",
        "Yardley"
    };
    private static final String[] OFFICER_JOBS = {
        "Chief Executive",
        "Director of Finance",
        "Director of Children's Services",
        "Director of Adult Social Care",
        "Director of Regeneration",
        "Monitoring Officer",
        "Director of Transformation",
        "Director of Housing",
        "Director of Public Health",
        "Head of Communications",
        "Director of Resources"
    };
    private static final Map<String, List<String>> JOB_EXPERTISE = Map.ofEntries(
            Map.entry("Chief Executive", List.of("place-leadership", "partnerships", "transformation")),
            Map.entry("Director of Finance", List.of("finance", "commercial")),
            Map.entry("Director of Children's Services", List.of("childrens-services")),
            Map.entry("Director of Adult Social Care", List.of("adult-social-care", "public-health")),
            Map.entry("Director of Regeneration", List.of("regeneration", "economic-development", "planning")),
            Map.entry("Monitoring Officer", List.of("governance")),
            Map.entry("Director of Transformation", List.of("transformation", "digital", "workforce")),
            Map.entry("Director of Housing", List.of("housing")),
            Map.entry("Director of Public Health", List.of("public-health")),
            Map.entry("Head of Communications", List.of("communications")),
            Map.entry("Director of Resources", List.of("finance", "workforce", "performance")));
    private static final String[] MEMBER_JOBS = {
        "Leader",
        "Deputy Leader",
        "Cabinet Member for Finance",
        "Cabinet Member for Children",
        "Cabinet Member for Housing",
        "Chair of Scrutiny",
        "Leader of the Opposition"
    };

    private final PeerPool peers;
    private final CouncilRegister councils;
    private final Frameworks frameworks;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    HistoryGenerator(
            PeerPool peers,
            CouncilRegister councils,
            Frameworks frameworks,
            JdbcClient jdbc,
            JdbcTemplate template,
            Clock clock) {
        this.peers = peers;
        this.councils = councils;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    public boolean alreadyGenerated() {
        return jdbc.sql("select exists(select 1 from challenge where notes = :mark)")
                .param("mark", MARK)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public Generated generate(int years, int peerCount, long seed) {
        if (alreadyGenerated()) {
            throw new IllegalStateException("A generated history is already loaded");
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        List<CouncilSummary> current = councils.search(CouncilQuery.current());
        List<Long> managers = userIds("PEER_CHALLENGE_MANAGER");
        List<Long> advisers = userIds("PRINCIPAL_ADVISER");

        // --- peers
        record GenPeer(long id, PeerKind kind, String gss, List<LocalDate[]> booked) {}
        List<GenPeer> pool = new ArrayList<>();
        for (int i = 0; i < peerCount; i++) {
            double r = random.nextDouble();
            PeerKind kind = r < 0.35 ? PeerKind.MEMBER : r < 0.9 ? PeerKind.OFFICER : PeerKind.LGA_STAFF;
            CouncilSummary org = current.get(random.nextInt(current.size()));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + (i + 1);
            String job;
            List<String> expertise = new ArrayList<>();
            PoliticalGroup group = null;
            String organisation = org.officialName();
            String gss = org.gss();
            switch (kind) {
                case MEMBER -> {
                    name = "Cllr " + name;
                    job = MEMBER_JOBS[random.nextInt(MEMBER_JOBS.length)];
                    double p = random.nextDouble();
                    group = p < 0.4
                            ? PoliticalGroup.CONSERVATIVE
                            : p < 0.8
                                    ? PoliticalGroup.LABOUR
                                    : p < 0.92
                                            ? PoliticalGroup.LIBERAL_DEMOCRAT
                                            : p < 0.97 ? PoliticalGroup.INDEPENDENT : PoliticalGroup.GREEN;
                    expertise.add("political-leadership");
                    if (job.contains("Finance")) expertise.add("finance");
                    if (job.contains("Children")) expertise.add("childrens-services");
                    if (job.contains("Housing")) expertise.add("housing");
                    if (job.contains("Scrutiny")) expertise.add("governance");
                }
                case OFFICER -> {
                    job = OFFICER_JOBS[random.nextInt(OFFICER_JOBS.length)];
                    expertise.addAll(JOB_EXPERTISE.get(job));
                }
                default -> {
                    job = "Peer Challenge Manager";
                    organisation = "Local Government Association";
                    gss = null;
                    expertise.add("performance");
                }
            }
            long id =
                    peers.create(new PeerDraft(name, kind, job, organisation, gss, group, null, true, MARK, expertise));
            if ((job.equals("Chief Executive") || job.equals("Leader")) && random.nextDouble() < 0.6) {
                peers.addAccreditation(
                        id,
                        AccreditationKind.LEAD_PEER,
                        "Lead peer accreditation",
                        today.minusYears(1 + random.nextInt(10)).withDayOfYear(1 + random.nextInt(300)),
                        null);
            }
            if (random.nextDouble() < 0.15) {
                LocalDate from = today.plusDays(random.nextInt(300));
                peers.addUnavailability(id, from, from.plusDays(3 + random.nextInt(14)), "Leave");
            }
            if (random.nextDouble() < 0.08) {
                CouncilSummary other = current.get(random.nextInt(current.size()));
                peers.declareInterest(id, other.gss(), "Former employer");
            }
            pool.add(new GenPeer(id, kind, gss, new ArrayList<>()));
        }

        // --- challenges, teams, programmes
        Map<String, LocalDate> lastCpc = new HashMap<>();
        Map<String, Long> lastCpcId = new HashMap<>();
        List<Object[]> teamRows = new ArrayList<>();
        List<Object[]> sessionRows = new ArrayList<>();
        List<Object[]> sessionPeerRows = new ArrayList<>();
        int challengesMade = 0;
        int startYear = today.getYear() - years + 1;
        long nextMember = nextIds("team_member", 12 * 80 * years);
        long nextSession = nextIds("programme_session", 50 * 80 * years);
        for (int year = startYear; year <= today.getYear() + 1; year++) {
            int count = year > today.getYear() ? 25 : 60 + random.nextInt(21);
            for (int n = 0; n < count; n++) {
                CouncilSummary council = current.get(random.nextInt(current.size()));
                LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(25));
                while (start.getDayOfWeek().getValue() != 1) {
                    start = start.plusDays(1);
                }
                if (year > today.getYear() && start.isBefore(today)) {
                    start = today.plusWeeks(1 + random.nextInt(40)).with(java.time.DayOfWeek.MONDAY);
                }
                LocalDate end = start.plusDays(3);
                double t = random.nextDouble();
                ChallengeType type = t < 0.75
                        ? ChallengeType.CORPORATE
                        : t < 0.85
                                ? ChallengeType.FINANCE
                                : t < 0.9 ? ChallengeType.GOVERNANCE : ChallengeType.PROGRESS_REVIEW;
                Long reviews = type == ChallengeType.PROGRESS_REVIEW ? lastCpcId.get(council.gss()) : null;
                if (type == ChallengeType.PROGRESS_REVIEW && reviews == null) {
                    type = ChallengeType.CORPORATE;
                }
                ChallengeState state = stateFor(type, start, end, today, random);
                boolean enquiry = state == ChallengeState.ENQUIRY;
                long manager = managers.get(random.nextInt(managers.size()));
                Long adviser = advisers.isEmpty() ? null : advisers.get(random.nextInt(advisers.size()));
                long id = jdbc.sql(
                                """
                                insert into challenge (reference, council_gss, challenge_type, reviews_challenge_id, framework_id,
                                  rules_id, state, on_site_start, on_site_end, manager_user_id, adviser_user_id, enquiry_on,
                                  booked_on, scope_agreed_at, report_published_on, action_plan_published_on, progress_review_on,
                                  political_control, notes)
                                values ('GEN-' || :year || '-' || lpad(nextval('challenge_reference_seq')::text, 5, '0'),
                                  :council, :type, :reviews, :framework, :rules, :state, :start, :end, :manager, :adviser,
                                  :enquiry, :booked, case when :scoped then now() end, :published, :plan, :review, :control, :mark)
                                returning id
                                """)
                        .param("year", year)
                        .param("council", council.gss())
                        .param("type", type.name())
                        .param("reviews", reviews)
                        .param("framework", frameworks.inUseOn(start).id())
                        .param(
                                "rules",
                                frameworks.rulesInForceOn(start.minusMonths(4)).id())
                        .param("state", state.name())
                        .param("start", enquiry ? null : start)
                        .param("end", enquiry ? null : end)
                        .param("manager", manager)
                        .param("adviser", adviser)
                        .param("enquiry", start.minusMonths(6))
                        .param("booked", enquiry ? null : start.minusMonths(4))
                        .param("scoped", state.ordinal() > ChallengeState.SCOPING.ordinal())
                        .param("published", state.published() ? notAfter(end.plusMonths(2), today) : null)
                        .param(
                                "plan",
                                state.ordinal() >= ChallengeState.ACTION_PLAN.ordinal()
                                                && state != ChallengeState.CANCELLED
                                                && type == ChallengeType.CORPORATE
                                        ? notAfter(end.plusMonths(3), today)
                                        : null)
                        .param(
                                "review",
                                state.ordinal() >= ChallengeState.PROGRESS_REVIEW.ordinal()
                                                && state != ChallengeState.CANCELLED
                                                && type == ChallengeType.CORPORATE
                                        ? notAfter(end.plusMonths(10), today)
                                        : null)
                        .param(
                                "control",
                                PoliticalControl.values()[random.nextInt(PoliticalControl.values().length)].name())
                        .param("mark", MARK)
                        .query(Long.class)
                        .single();
                challengesMade++;
                jdbc.sql("insert into challenge_transition (challenge_id, from_state, to_state, at, by_name, note) "
                                + "values (:id, null, :state, :at, 'Generator', :mark)")
                        .param("id", id)
                        .param("state", state.name())
                        .param(
                                "at",
                                java.sql.Timestamp.valueOf(start.minusMonths(6).atStartOfDay()))
                        .param("mark", MARK)
                        .update();
                if (type == ChallengeType.CORPORATE && state != ChallengeState.CANCELLED && !enquiry) {
                    lastCpc.put(council.gss(), end);
                    lastCpcId.put(council.gss(), id);
                }
                if (enquiry || state.ordinal() < ChallengeState.PREPARING.ordinal()) {
                    continue;
                }
                // A team that obeys the hard rules: no own council, no overlapping visit.
                final LocalDate s = start;
                final LocalDate e = end;
                List<TeamRole> roles = new ArrayList<>(List.of(
                        TeamRole.LEAD_OFFICER_PEER,
                        TeamRole.LEAD_MEMBER_PEER,
                        TeamRole.OFFICER_PEER,
                        TeamRole.OFFICER_PEER,
                        TeamRole.PEER_CHALLENGE_MANAGER));
                if (random.nextBoolean()) roles.add(TeamRole.MEMBER_PEER);
                if (random.nextBoolean()) roles.add(TeamRole.OFFICER_PEER);
                List<Long> memberIds = new ArrayList<>();
                List<Long> chosen = new ArrayList<>();
                for (TeamRole role : roles) {
                    for (int attempt = 0; attempt < 40; attempt++) {
                        GenPeer p = pool.get(random.nextInt(pool.size()));
                        if (p.kind() != role.kind()
                                || council.gss().equals(p.gss())
                                || chosen.contains(p.id())
                                || p.booked().stream().anyMatch(b -> !b[0].isAfter(e) && !b[1].isBefore(s))) {
                            continue;
                        }
                        p.booked().add(new LocalDate[] {s, e});
                        chosen.add(p.id());
                        long memberId = nextMember++;
                        memberIds.add(memberId);
                        String status = state.ordinal() >= ChallengeState.ON_SITE.ordinal() || random.nextDouble() < 0.7
                                ? "AGREED"
                                : "PROPOSED";
                        teamRows.add(new Object[] {memberId, id, p.id(), role.name(), status});
                        break;
                    }
                }
                if (state.ordinal() < ChallengeState.ON_SITE.ordinal() || state == ChallengeState.CANCELLED) {
                    continue;
                }
                // Four days of hourly slots; in each slot the team splits into pairs, one session per pair.
                SessionKind[] kinds = SessionKind.values();
                StakeholderGroup[] groups = StakeholderGroup.values();
                for (int day = 0; day < 4; day++) {
                    for (int hour = 9; hour < 17; hour++) {
                        List<Long> members = new ArrayList<>(memberIds);
                        java.util.Collections.shuffle(members, random);
                        for (int k = 0; k + 1 < members.size(); k += 2) {
                            if (random.nextDouble() < 0.35) continue;
                            long sessionId = nextSession++;
                            SessionKind kind = kinds[random.nextInt(kinds.length)];
                            sessionRows.add(new Object[] {
                                sessionId,
                                id,
                                kind.name(),
                                kind.label() + " " + (hour - 8),
                                start.plusDays(day),
                                LocalTime.of(hour, 0),
                                LocalTime.of(hour + 1, 0),
                                "Council offices",
                                groups[random.nextInt(groups.length)].name(),
                                kind == SessionKind.DOCUMENT_REVIEW ? 0 : 1 + random.nextInt(12)
                            });
                            sessionPeerRows.add(new Object[] {sessionId, members.get(k)});
                            sessionPeerRows.add(new Object[] {sessionId, members.get(k + 1)});
                        }
                    }
                }
            }
        }
        template.batchUpdate(
                "insert into team_member (id, challenge_id, peer_id, team_role, status, decided_at) "
                        + "overriding system value values (?, ?, ?, ?, ?, now())",
                teamRows);
        template.batchUpdate(
                "insert into programme_session (id, challenge_id, kind, title, day, starts_at, ends_at, place, "
                        + "stakeholder_group, people_met) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessionRows);
        template.batchUpdate("insert into session_peer (session_id, team_member_id) values (?, ?)", sessionPeerRows);
        jdbc.sql("select setval(pg_get_serial_sequence('team_member', 'id'), (select max(id) from team_member))")
                .query()
                .listOfRows();
        jdbc.sql(
                        "select setval(pg_get_serial_sequence('programme_session', 'id'), (select coalesce(max(id), 1) from programme_session))")
                .query()
                .listOfRows();
        jdbc.sql("analyze").update();
        Generated g = new Generated(peerCount, challengesMade, teamRows.size(), sessionRows.size());
        log.info("Generated history: {}", g);
        return g;
    }

    /**
     * A recorded date as the life cycle allows it: what has happened cannot be dated in the future (a
     * report published "two months after the visit" of a visit seven weeks ago was published today).
     */
    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }

    private static ChallengeState stateFor(
            ChallengeType type, LocalDate start, LocalDate end, LocalDate today, Random random) {
        if (random.nextDouble() < 0.03) {
            return ChallengeState.CANCELLED;
        }
        if (start.isAfter(today)) {
            double r = random.nextDouble();
            return r < 0.15
                    ? ChallengeState.ENQUIRY
                    : r < 0.5 ? ChallengeState.BOOKED : r < 0.8 ? ChallengeState.SCOPING : ChallengeState.PREPARING;
        }
        long daysSince = today.toEpochDay() - end.toEpochDay();
        boolean corporate = type == ChallengeType.CORPORATE;
        if (daysSince < 0) return ChallengeState.ON_SITE;
        if (daysSince < 20) return ChallengeState.FEEDBACK_GIVEN;
        if (daysSince < 60)
            return random.nextBoolean() ? ChallengeState.REPORT_DRAFTING : ChallengeState.FACTUAL_ACCURACY_CHECK;
        if (daysSince < 120) return random.nextDouble() < 0.3 ? ChallengeState.REPORT_FINAL : ChallengeState.PUBLISHED;
        if (!corporate) return random.nextDouble() < 0.1 ? ChallengeState.PUBLISHED : ChallengeState.CLOSED;
        if (daysSince < 300) return ChallengeState.ACTION_PLAN;
        if (daysSince < 500)
            return random.nextDouble() < 0.5 ? ChallengeState.PROGRESS_REVIEW : ChallengeState.ACTION_PLAN;
        return ChallengeState.CLOSED;
    }

    private List<Long> userIds(String role) {
        List<Long> ids = jdbc.sql("select id from identity_user_name_v where role = :role and enabled order by id")
                .param("role", role)
                .query(Long.class)
                .list();
        if (ids.isEmpty() && role.equals("PEER_CHALLENGE_MANAGER")) {
            throw new IllegalStateException("The history generator needs at least one peer challenge manager account");
        }
        return ids;
    }

    /** Reserves a block of ids from an identity column's sequence; returns the first. */
    private long nextIds(String table, int count) {
        long first = jdbc.sql("select nextval(pg_get_serial_sequence(:t, 'id'))")
                .param("t", table)
                .query(Long.class)
                .single();
        jdbc.sql("select setval(pg_get_serial_sequence(:t, 'id'), :v)")
                .param("t", table)
                .param("v", first + count)
                .query()
                .listOfRows();
        return first;
    }
}
