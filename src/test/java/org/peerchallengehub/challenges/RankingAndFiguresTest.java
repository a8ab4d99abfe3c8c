package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.peers.Accreditation;
import org.peerchallengehub.peers.AccreditationKind;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.peers.Unavailability;

/** Proposal ranking, scope needs, activity figures, deadlines and document types: rules without Spring. */
class RankingAndFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final Challenge C =
            Fixtures.challenge(ChallengeState.PREPARING, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 4));

    @Test
    void expertise_continuity_similar_councils_availability_and_spread_all_count_and_are_explained() {
        Peer expert = Fixtures.officer(1, "Expert", "finance", "governance");
        Peer novice = Fixtures.officer(2, "Novice");
        Peer away = Fixtures.peer(
                3,
                "Away",
                PeerKind.OFFICER,
                null,
                null,
                List.of("finance", "governance"),
                List.of(),
                List.of(new Unavailability(1, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2), null)),
                List.of(),
                "Director");
        Peer busy = Fixtures.officer(4, "Busy", "finance", "governance");
        Map<Long, TeamRepository.Service> service = Map.of(
                1L, new TeamRepository.Service(1, 3, true, 0, false),
                4L, new TeamRepository.Service(4, 3, true, 30, false));
        List<Proposal> ranked = ProposalRanking.rank(
                TeamRole.OFFICER_PEER,
                C,
                List.of(novice, away, busy, expert),
                new java.util.LinkedHashSet<>(List.of("finance", "governance")),
                service,
                Map.of("finance", "Finance", "governance", "Governance"),
                TODAY,
                5);
        // "Away" has the expertise but said they are unavailable during the visit: never suggested
        assertThat(ranked).extracting(p -> p.peer().fullName()).containsExactly("Expert", "Busy", "Novice");
        assertThat(ranked.getFirst().why())
                .contains("Finance, Governance expertise matches the scope")
                .contains("3 challenges at councils of the same type")
                .contains("served on a previous challenge of Thurrock Council")
                .contains("available 1 Mar 2027 to 4 Mar 2027")
                .contains("no days served in the last 12 months");
        assertThat(ranked.get(1).why()).contains("30 days served in the last 12 months");
        assertThat(ranked).noneMatch(p -> p.why().contains("unavailable"));
    }

    @Test
    void lead_roles_prefer_lead_peers_and_the_lead_member_the_ruling_group() {
        Peer leader = Fixtures.peer(
                1,
                "Cllr Leader",
                PeerKind.MEMBER,
                null,
                PoliticalGroup.LABOUR,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Accreditation(1, AccreditationKind.LEAD_PEER, "Lead peer", LocalDate.of(2020, 1, 1), null)),
                "Leader");
        Peer other = Fixtures.member(2, "Cllr Other", PoliticalGroup.CONSERVATIVE);
        List<Proposal> ranked = ProposalRanking.rank(
                TeamRole.LEAD_MEMBER_PEER, C, List.of(other, leader), Set.of(), Map.of(), Map.of(), TODAY, 5);
        assertThat(ranked.getFirst().peer().fullName()).isEqualTo("Cllr Leader");
        assertThat(ranked.getFirst().why()).contains("accredited lead peer").contains("ruling group (Labour)");
    }

    @Test
    void the_scope_and_focus_areas_call_for_expertise() {
        Set<String> needs = ScopeNeeds.of(
                List.of("financial-planning-and-viability", "leadership-of-place"),
                List.of(new FocusArea(
                        1,
                        1,
                        "Growth",
                        List.of("Is our budget strategy deliverable?", "How do we support children?"),
                        false)));
        assertThat(needs).contains("finance", "regeneration", "childrens-services", "place-leadership");
    }

    @Test
    void activity_figures_come_from_the_programme_with_the_documented_formula() {
        List<ProgrammeSession> sessions = List.of(
                session(SessionKind.INTERVIEW, 9, 10, 2, 3),
                session(SessionKind.FOCUS_GROUP, 10, 12, 12, 2),
                session(SessionKind.DOCUMENT_REVIEW, 13, 17, 0, 5));
        ActivityFigures f = ActivityFigures.of(sessions);
        assertThat(f.peopleSpokenTo()).isEqualTo(14);
        assertThat(f.meetings()).isEqualTo(2);
        assertThat(f.hours()).isEqualTo(3 + 4 + 20.0);
        assertThat(f.equivalentWeeks()).isZero();
        ActivityFigures big = new ActivityFigures(180, 50, 280, (int) Math.floor(280 / 37.0));
        assertThat(big.equivalentWeeks()).isEqualTo(7);
        assertThat(big.sentence()).contains("more than 7 weeks");
    }

    static ProgrammeSession session(SessionKind kind, int from, int to, int people, int members) {
        return new ProgrammeSession(
                1,
                kind,
                "s",
                LocalDate.of(2027, 3, 1),
                LocalTime.of(from, 0),
                LocalTime.of(to, 0),
                null,
                null,
                people,
                java.util.stream.LongStream.rangeClosed(1, members).boxed().toList());
    }

    @Test
    void overdue_items_follow_the_rules_the_challenge_was_booked_under() {
        ProgrammeRules current =
                new ProgrammeRules("new", "New", LocalDate.of(2023, 1, 1), 5, 3, 3, 5, 10, 12, null, null, true, "");
        Challenge fed =
                Fixtures.challenge(ChallengeState.REPORT_DRAFTING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8));
        List<OverdueItem> items = Deadlines.overdue(fed, current, LocalDate.of(2026, 11, 23));
        assertThat(items)
                .extracting(OverdueItem::what)
                .containsExactly("Report published", "Action plan published", "Progress review held");
        assertThat(items.getFirst().due()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(Deadlines.overdue(fed, current, LocalDate.of(2026, 4, 8))).isEmpty();

        ProgrammeRules old = new ProgrammeRules(
                "old", "Old", LocalDate.of(2011, 4, 1), 5, null, null, null, null, null, 12, 24, false, "");
        Challenge published =
                Fixtures.challenge(ChallengeState.ACTION_PLAN, LocalDate.of(2016, 2, 22), LocalDate.of(2016, 2, 25));
        assertThat(Deadlines.overdue(published, old, LocalDate.of(2018, 3, 1)))
                .extracting(OverdueItem::what)
                .containsExactly("Follow-up visit");
    }

    @Test
    void document_types_are_read_from_the_bytes_not_the_name() throws Exception {
        assertThat(DocumentTypes.detect("%PDF-1.7\n".getBytes())).hasValue(DocumentTypes.PDF);
        assertThat(DocumentTypes.detect("not a pdf at all".getBytes())).isEmpty();
        assertThat(DocumentTypes.detect(zip("[Content_Types].xml", "word/document.xml")))
                .hasValue(DocumentTypes.DOCX);
        assertThat(DocumentTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .hasValue(DocumentTypes.XLSX);
        assertThat(DocumentTypes.detect(zip("just/a/file.txt"))).isEmpty();
        assertThat(Challenges.safeFilename("../../etc/passwd", DocumentTypes.PDF))
                .isEqualTo("passwd.pdf");
        assertThat(Challenges.safeFilename("Position statement.PDF", DocumentTypes.PDF))
                .isEqualTo("Position statement.PDF");
    }

    static byte[] zip(String... names) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void one_person_one_meeting_and_one_hour_read_in_the_singular() {
        assertThat(new ActivityFigures(1, 1, 1, 0).sentence())
                .startsWith("The team spoke to 1 person in 1 meeting and spent 1 hour on site")
                .contains("less than a week");
        assertThat(new ActivityFigures(2, 3, 4, 0).sentence())
                .startsWith("The team spoke to 2 people in 3 meetings and spent 4 hours on site");
    }
}
