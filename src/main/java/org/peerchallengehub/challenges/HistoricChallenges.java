package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges that happened before the system: recorded from their published reports, already
 * {@link ChallengeState#CLOSED} (there is nothing left to do on them), with the framework and rules
 * in force on their on-site dates, their focus areas and their team as agreed. Used by the
 * knowledge module's report import; the caller audits.
 */
@Service
public class HistoricChallenges {

    /** One past challenge as its report tells it. */
    public record HistoricChallenge(
            String councilGss,
            ChallengeType type,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            List<String> focusAreas,
            List<HistoricPeer> team) {
        public HistoricChallenge {
            focusAreas = List.copyOf(focusAreas);
            team = List.copyOf(team);
            if (onSiteEnd.isBefore(onSiteStart) || onSiteEnd.isAfter(onSiteStart.plusDays(14))) {
                throw new IllegalArgumentException("The on-site dates must run forwards and last at most 15 days");
            }
        }
    }

    /** One peer named in a report. */
    public record HistoricPeer(String name, @Nullable String role, @Nullable String organisation) {}

    /** A historic challenge as its report's page shows it: its type, on-site dates and agreed team. */
    public record Summary(ChallengeType type, LocalDate onSiteStart, LocalDate onSiteEnd, List<Place> team) {
        public Summary {
            team = List.copyOf(team);
        }
    }

    /** One member of the team: the peer's name, organisation (if known) and role on the team. */
    public record Place(String name, @Nullable String organisation, TeamRole role) {}

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final PeerPool peers;

    HistoricChallenges(JdbcClient jdbc, Frameworks frameworks, PeerPool peers) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.peers = peers;
    }

    /** The challenge recorded for this council with exactly these on-site dates, if any. */
    public Optional<Long> find(String councilGss, LocalDate onSiteStart, LocalDate onSiteEnd) {
        return jdbc.sql("select id from challenge where council_gss = :gss and on_site_start = :start "
                        + "and on_site_end = :end and state <> 'CANCELLED' order by id limit 1")
                .param("gss", councilGss)
                .param("start", onSiteStart)
                .param("end", onSiteEnd)
                .query(Long.class)
                .optional();
    }

    /** Whether the challenge was recorded from a published report (not booked here). */
    public boolean isHistoric(long challengeId) {
        return jdbc.sql("select historic from challenge where id = :id")
                .param("id", challengeId)
                .query(Boolean.class)
                .single();
    }

    /** Records the challenge, its focus areas and its team; returns its id. */
    @Transactional
    public long create(HistoricChallenge challenge, String byName) {
        long id = jdbc.sql(
                        """
                        insert into challenge (reference, council_gss, challenge_type, framework_id, rules_id, state,
                          on_site_start, on_site_end, enquiry_on, historic, notes)
                        values ('HIST-' || :year || '-' || lpad(nextval('challenge_reference_seq')::text, 5, '0'),
                          :council, :type, :framework, :rules, 'CLOSED', :start, :end, :start, true,
                          'Recorded from its published report')
                        returning id
                        """)
                .param("year", challenge.onSiteStart().getYear())
                .param("council", challenge.councilGss())
                .param("type", challenge.type().name())
                .param("framework", frameworks.inUseOn(challenge.onSiteStart()).id())
                .param(
                        "rules",
                        frameworks.rulesInForceOn(challenge.onSiteStart()).id())
                .param("start", challenge.onSiteStart())
                .param("end", challenge.onSiteEnd())
                .query(Long.class)
                .single();
        jdbc.sql("insert into challenge_transition (challenge_id, from_state, to_state, by_name, note) "
                        + "values (:id, null, 'CLOSED', :by, 'Recorded from its published report')")
                .param("id", id)
                .param("by", byName)
                .update();
        writeScopeAndTeam(id, challenge);
        return id;
    }

    /** Replaces a historic challenge's type, dates, focus areas and team from a newer reading of its report. */
    @Transactional
    public void replace(long id, HistoricChallenge challenge) {
        int updated = jdbc.sql(
                        """
                        update challenge set council_gss = :council, challenge_type = :type, framework_id = :framework,
                          rules_id = :rules, on_site_start = :start, on_site_end = :end, version = version + 1,
                          updated_at = now()
                        where id = :id and historic
                        """)
                .param("id", id)
                .param("council", challenge.councilGss())
                .param("type", challenge.type().name())
                .param("framework", frameworks.inUseOn(challenge.onSiteStart()).id())
                .param(
                        "rules",
                        frameworks.rulesInForceOn(challenge.onSiteStart()).id())
                .param("start", challenge.onSiteStart())
                .param("end", challenge.onSiteEnd())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Challenge " + id + " is not a historic challenge");
        }
        // Focus areas and team are rewritten only when they differ from those recorded (a report
        // read again usually names the same): unchanged rows, and their decision dates, stay.
        List<String> titles = focusTitles(challenge);
        // (a focus area given questions or marked after the freeze counts as different, as before)
        List<@Nullable String> recorded = jdbc.sql(
                        """
                        select case when questions = '{}' and not added_after_freeze and not removed then title end
                        from focus_area where challenge_id = :id order by position
                        """)
                .param("id", id)
                .query(String.class)
                .list();
        if (!recorded.equals(titles)) {
            jdbc.sql("delete from focus_area where challenge_id = :id")
                    .param("id", id)
                    .update();
            insertFocusAreas(id, titles);
        }
        List<Member> team = team(challenge);
        List<Member> recordedTeam = jdbc.sql(
                        "select peer_id, team_role, status from team_member where challenge_id = :id order by id")
                .param("id", id)
                .query((rs, n) ->
                        new Member(rs.getLong(1), TeamRole.valueOf(rs.getString(2)), "AGREED".equals(rs.getString(3))))
                .list();
        if (!recordedTeam.equals(team)) {
            jdbc.sql("delete from team_member where challenge_id = :id")
                    .param("id", id)
                    .update();
            insertTeam(id, team);
        }
    }

    /**
     * Links a historic challenge to its report: the report's page on the Hub becomes the challenge's
     * published report, and the file the report was read from is kept as the challenge's {@link
     * DocumentKind#PUBLISHED_REPORT} document, replacing the one kept from an earlier import (decision 0058).
     */
    @Transactional
    public void recordReport(long challengeId, String reportPath, String fileName, byte[] content, String byName) {
        if (!reportPath.startsWith("/reports/")) {
            throw new IllegalArgumentException("A report's page on the Hub is under /reports/");
        }
        int updated = jdbc.sql("update challenge set report_url = :url where id = :id and historic")
                .param("id", challengeId)
                .param("url", reportPath)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Challenge " + challengeId + " is not a historic challenge");
        }
        jdbc.sql("delete from challenge_document where challenge_id = :id and kind = 'PUBLISHED_REPORT'")
                .param("id", challengeId)
                .update();
        if (content.length == 0) {
            return;
        }
        Optional<String> detected = DocumentTypes.detect(content);
        String type = detected.orElse("text/plain; charset=UTF-8");
        String name = detected.isPresent() ? Challenges.safeFilename(fileName, type) : plainFilename(fileName);
        jdbc.sql(
                        """
                        insert into challenge_document (challenge_id, kind, filename, content_type, size_bytes, sha256,
                                                        content, uploaded_name)
                        values (:id, 'PUBLISHED_REPORT', :filename, :type, :size, :sha, :content, :name)
                        """)
                .param("id", challengeId)
                .param("filename", name)
                .param("type", type)
                .param("size", (long) content.length)
                .param("sha", sha256(content))
                .param("content", content)
                .param("name", byName)
                .update();
    }

    /**
     * Links historic challenges that have no published report yet to their reports' pages, all in one
     * statement (for reports imported before challenges kept the link); returns how many were linked.
     *
     * @param reportPaths challenge id to its report's page ({@code /reports/…})
     */
    @Transactional
    public int linkUnlinkedReports(java.util.Map<Long, String> reportPaths) {
        if (reportPaths.isEmpty()) {
            return 0;
        }
        if (reportPaths.values().stream().anyMatch(path -> !path.startsWith("/reports/"))) {
            throw new IllegalArgumentException("A report's page on the Hub is under /reports/");
        }
        List<Long> ids = List.copyOf(reportPaths.keySet());
        return jdbc.sql(
                        """
                        update challenge c set report_url = l.path
                        from unnest(cast(:ids as bigint[]), cast(:paths as text[])) as l(id, path)
                        where c.id = l.id and c.historic and c.report_url is null
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .param("paths", ids.stream().map(reportPaths::get).toArray(String[]::new))
                .update();
    }

    /** The type, dates and agreed team of a challenge, for its report's page. */
    public Optional<Summary> summary(long challengeId) {
        List<Place> team = jdbc.sql(
                        """
                        select p.full_name, p.organisation, m.team_role
                        from team_member m join peers_peer_v p on p.id = m.peer_id
                        where m.challenge_id = :id and m.status = 'AGREED' order by m.id
                        """)
                .param("id", challengeId)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), TeamRole.valueOf(rs.getString(3))))
                .list();
        return jdbc.sql(
                        """
                        select challenge_type, on_site_start, coalesce(on_site_end, on_site_start) from challenge
                        where id = :id and on_site_start is not null
                        """)
                .param("id", challengeId)
                .query((rs, n) -> new Summary(
                        ChallengeType.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        team))
                .optional();
    }

    /** A text file's name as stored: no folders, only safe characters, at most 120 of them. */
    private static String plainFilename(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "")
                .replaceAll("[^A-Za-z0-9 ._()-]", "_")
                .strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "report.txt";
        }
        return base.length() > 120 ? base.substring(0, 120) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The peer ids on a challenge's agreed team, in the order they were added. */
    public List<Long> teamPeerIds(long challengeId) {
        return jdbc.sql("select peer_id from team_member where challenge_id = :id and status = 'AGREED' order by id")
                .param("id", challengeId)
                .query(Long.class)
                .list();
    }

    private void writeScopeAndTeam(long id, HistoricChallenge challenge) {
        insertFocusAreas(id, focusTitles(challenge));
        insertTeam(id, team(challenge));
    }

    /** One member of a recorded team: the peer, the role, and whether agreed (always, when recorded here). */
    private record Member(long peerId, TeamRole role, boolean agreed) {}

    /** The focus areas' titles as stored: stripped, blank ones left out, at most 300 characters. */
    private static List<String> focusTitles(HistoricChallenge challenge) {
        List<String> titles = new ArrayList<>();
        for (String title : challenge.focusAreas()) {
            String clipped = title.strip();
            if (!clipped.isEmpty()) {
                titles.add(clipped.length() > 300 ? clipped.substring(0, 300) : clipped);
            }
        }
        return titles;
    }

    /** The team as agreed: each peer matched (or recorded) once, in the report's order, with a role. */
    private List<Member> team(HistoricChallenge challenge) {
        Set<Long> seen = new HashSet<>();
        List<TeamRole> given = new ArrayList<>();
        List<Member> team = new ArrayList<>();
        for (HistoricPeer peer : challenge.team()) {
            PeerKind kind = kindOf(peer);
            long peerId = peers.matchOrCreateHistoric(peer.name(), peer.role(), peer.organisation(), kind);
            if (!seen.add(peerId)) {
                continue;
            }
            TeamRole role = roleFor(kind, given);
            given.add(role);
            team.add(new Member(peerId, role, true));
        }
        return team;
    }

    /** The focus areas in one statement, positions from 0 in the order given. */
    private void insertFocusAreas(long id, List<String> titles) {
        if (titles.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into focus_area (challenge_id, position, title)
                        select :id, cast(t.n as integer) - 1, t.title
                        from unnest(cast(:titles as text[])) with ordinality as t(title, n)
                        order by t.n
                        """)
                .param("id", id)
                .param("titles", titles.toArray(String[]::new))
                .update();
    }

    /** The team in one statement, in the order given (so their ids, which order the team, follow it). */
    private void insertTeam(long id, List<Member> team) {
        if (team.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into team_member (challenge_id, peer_id, team_role, status, decided_at)
                        select :id, m.peer, m.role, 'AGREED', now()
                        from unnest(cast(:peers as bigint[]), cast(:roles as text[])) with ordinality as m(peer, role, n)
                        order by m.n
                        """)
                .param("id", id)
                .param("peers", team.stream().map(Member::peerId).toArray(Long[]::new))
                .param("roles", team.stream().map(m -> m.role().name()).toArray(String[]::new))
                .update();
    }

    /** Councillors by their title, LGA staff by their organisation, everyone else an officer. */
    static PeerKind kindOf(HistoricPeer peer) {
        String name = peer.name().strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("cllr") || name.startsWith("councillor ")) {
            return PeerKind.MEMBER;
        }
        String organisation =
                peer.organisation() == null ? "" : peer.organisation().strip().toLowerCase(Locale.ROOT);
        if (organisation.equals("local government association") || organisation.equals("lga")) {
            return PeerKind.LGA_STAFF;
        }
        return PeerKind.OFFICER;
    }

    /**
     * Reports list the lead peers first: the first officer leads the officers, the first councillor
     * the members; LGA staff manage the challenge.
     */
    static TeamRole roleFor(PeerKind kind, List<TeamRole> given) {
        return switch (kind) {
            case MEMBER -> given.contains(TeamRole.LEAD_MEMBER_PEER) ? TeamRole.MEMBER_PEER : TeamRole.LEAD_MEMBER_PEER;
            case OFFICER ->
                given.contains(TeamRole.LEAD_OFFICER_PEER) ? TeamRole.OFFICER_PEER : TeamRole.LEAD_OFFICER_PEER;
            case LGA_STAFF -> TeamRole.PEER_CHALLENGE_MANAGER;
        };
    }
}
