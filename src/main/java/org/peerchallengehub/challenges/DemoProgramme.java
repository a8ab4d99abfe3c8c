package org.peerchallengehub.challenges;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The challenges module's part of the demonstration programme (decision 0027): from first start, a
 * challenge at every stage of the life cycle for real councils of the register, with fictional peers
 * and words marked as demonstration data, all dated relative to the day the demo is built so that it
 * is alive whenever it is first started. Everything is made through the module's own services, as the
 * demo manager would make it, so every guard of the life cycle and the team rules holds: a challenge
 * is moved on site only once its first visit day has come, a report is published on a day after the
 * visit and not in the future.
 *
 * <p>What each demo account finds: the council user (Thurrock) a challenge in preparation with a peer
 * awaiting their answer and focus areas to read; the peer ({@code peer@demo.local}, through their pool
 * entry) a place on that team and on a visit under way; the manager and the adviser missed deadlines
 * (a report three months late, a progress review report not yet published) beside deadlines met.
 *
 * <p>{@code hub.demo-programme=false} leaves it out (the shared integration-test context does, so that
 * tests create the data they rely on); it is applied only in demo mode ({@code DemoRunner}).
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoProgramme implements DemoContributor {

    static final String MARK = "Demonstration data: ";

    private final Challenges challenges;
    private final TeamBuilding teams;
    private final OnSiteProgramme programme;
    private final PeerPool peers;
    private final UserDetailsService users;

    DemoProgramme(
            Challenges challenges,
            TeamBuilding teams,
            OnSiteProgramme programme,
            PeerPool peers,
            UserDetailsService users) {
        this.challenges = challenges;
        this.teams = teams;
        this.programme = programme;
        this.peers = peers;
        this.users = users;
    }

    @Override
    public String name() {
        return "challenges.programme";
    }

    @Override
    public int order() {
        return 100;
    }

    /** A demo peer of the pool and the team role they usually fill. */
    record DemoPeer(long id, TeamRole role) {}

    @Override
    public void contribute(DemoContext context) {
        LocalDate today = context.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        CurrentUser manager = user(DemoContext.MANAGER);
        CurrentUser council = user(DemoContext.COUNCIL);

        DemoPeer pat = peer(
                "Cllr Pat Peer (demo)",
                PeerKind.MEMBER,
                "Leader",
                PoliticalGroup.LABOUR,
                DemoContext.PEER,
                TeamRole.LEAD_MEMBER_PEER,
                "governance");
        DemoPeer sam = peer(
                "Sam Sample (demo)",
                PeerKind.OFFICER,
                "Chief executive",
                null,
                "sam.peer@demo.local",
                TeamRole.LEAD_OFFICER_PEER,
                "governance",
                "transformation");
        DemoPeer lee = peer(
                "Lee Mock (demo)",
                PeerKind.OFFICER,
                "Director of finance",
                null,
                "lee.peer@demo.local",
                TeamRole.OFFICER_PEER,
                "finance");
        DemoPeer robin = peer(
                "Cllr Robin Example (demo)",
                PeerKind.MEMBER,
                "Cabinet member for resources",
                PoliticalGroup.CONSERVATIVE,
                "robin.peer@demo.local",
                TeamRole.LEAD_MEMBER_PEER,
                "finance");
        DemoPeer alex = peer(
                "Alex Example (demo)",
                PeerKind.OFFICER,
                "Director of place",
                null,
                null,
                TeamRole.LEAD_OFFICER_PEER,
                "regeneration",
                "housing");
        DemoPeer charlie = peer(
                "Cllr Charlie Sample (demo)",
                PeerKind.MEMBER,
                "Deputy leader",
                PoliticalGroup.LIBERAL_DEMOCRAT,
                null,
                TeamRole.MEMBER_PEER,
                "communications");

        // Before the visit: an enquiry, a booking, scoping, preparation (the council user's own council).
        walk(manager, null, "E08000025", ChallengeType.CORPORATE, null, ChallengeState.ENQUIRY, false, List.of());
        walk(
                manager,
                null,
                "E09000022",
                ChallengeType.CORPORATE,
                monday.plusWeeks(10),
                ChallengeState.BOOKED,
                true,
                List.of());
        walk(
                manager,
                null,
                "E06000023",
                ChallengeType.CORPORATE,
                monday.plusWeeks(7),
                ChallengeState.SCOPING,
                true,
                List.of());
        long thurrock = walk(
                manager,
                council,
                DemoContext.COUNCIL_GSS,
                ChallengeType.CORPORATE,
                monday.plusWeeks(3),
                ChallengeState.PREPARING,
                true,
                List.of(pat, lee));
        // One more peer proposed and awaiting the council's answer: the council user's work.
        teams.propose(manager, thurrock, sam.id(), sam.role());

        // The visit: under way this week (the demo peer is on the team), and just ended.
        walk(
                manager,
                null,
                "E08000035",
                ChallengeType.CORPORATE,
                today.minusDays(1),
                ChallengeState.ON_SITE,
                true,
                List.of(sam, pat, lee));
        walk(
                manager,
                null,
                "E08000021",
                ChallengeType.FINANCE,
                monday.minusWeeks(2),
                ChallengeState.FEEDBACK_GIVEN,
                false,
                List.of(robin, lee));

        // The report: late (its deadline missed), being checked, final.
        walk(
                manager,
                null,
                "E06000045",
                ChallengeType.CORPORATE,
                monday.minusWeeks(17),
                ChallengeState.REPORT_DRAFTING,
                true,
                List.of(alex, charlie));
        walk(
                manager,
                null,
                "E09000033",
                ChallengeType.CORPORATE,
                monday.minusWeeks(7),
                ChallengeState.FACTUAL_ACCURACY_CHECK,
                false,
                List.of(sam, robin));
        walk(
                manager,
                null,
                "E06000016",
                ChallengeType.CORPORATE,
                monday.minusWeeks(10),
                ChallengeState.REPORT_FINAL,
                true,
                List.of(alex, pat));

        // After the report: published on time, an action plan, a progress review whose report is late, closed.
        walk(
                manager,
                null,
                "E06000018",
                ChallengeType.FINANCE,
                monday.minusWeeks(22),
                ChallengeState.PUBLISHED,
                false,
                List.of(lee, charlie));
        walk(
                manager,
                null,
                "E08000003",
                ChallengeType.CORPORATE,
                monday.minusWeeks(30),
                ChallengeState.ACTION_PLAN,
                true,
                List.of(sam, robin, lee));
        walk(
                manager,
                null,
                "E09000007",
                ChallengeType.CORPORATE,
                monday.minusWeeks(60),
                ChallengeState.PROGRESS_REVIEW,
                true,
                List.of(alex, pat));
        walk(
                manager,
                null,
                "E10000015",
                ChallengeType.GOVERNANCE,
                monday.minusWeeks(70),
                ChallengeState.CLOSED,
                false,
                List.of(sam, charlie));

        // Called off, with its reason kept.
        walk(
                manager,
                null,
                "E06000043",
                ChallengeType.CORPORATE,
                monday.plusWeeks(14),
                ChallengeState.CANCELLED,
                false,
                List.of());
    }

    /**
     * Books a challenge (dates from {@code start}, four days on site) and moves it, a step at a time
     * through the services, to {@code target}: scope when it needs a scope, the team and programme
     * before "on site", and each recorded date a plausible day after the event it follows and never in
     * the future.
     */
    long walk(
            CurrentUser manager,
            @Nullable CurrentUser council,
            String gss,
            ChallengeType type,
            @Nullable LocalDate start,
            ChallengeState target,
            boolean withAdviser,
            List<DemoPeer> team) {
        CurrentUser forCouncil = council != null ? council : manager;
        LocalDate end = start == null ? null : start.plusDays(3);
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        gss,
                        type,
                        null,
                        start,
                        end,
                        null,
                        manager.id(),
                        withAdviser ? user(DemoContext.ADVISER).id() : null,
                        MARK + "a fictional challenge made for the demonstration; its people are fictional."));
        LocalDate today = challenges.today();
        List<Long> members = new ArrayList<>();
        while (challenges.get(manager, id).state() != target) {
            Challenge c = challenges.get(manager, id);
            ChallengeState next = target == ChallengeState.CANCELLED
                    ? ChallengeState.CANCELLED
                    : c.state().successors(type).getFirst();
            switch (next) {
                case PREPARING -> challenges.agreeScope(forCouncil, id);
                case ON_SITE -> {
                    for (DemoPeer p : team) {
                        long member = teams.propose(manager, id, p.id(), p.role());
                        agree(manager, council, id, member);
                        members.add(member);
                    }
                    sessions(manager, id, start, members);
                }
                default -> {}
            }
            LocalDate date =
                    switch (next) {
                        case PUBLISHED -> notAfter(end.plusWeeks(6), today);
                        case ACTION_PLAN -> notAfter(end.plusWeeks(10), today);
                        case PROGRESS_REVIEW -> notAfter(end.plusMonths(10), today);
                        default -> null;
                    };
            challenges.transition(
                    manager,
                    id,
                    next,
                    next == ChallengeState.CANCELLED
                            ? MARK + "the council asked to postpone to the next municipal year."
                            : null,
                    date,
                    null);
            if (next == ChallengeState.SCOPING) {
                scope(forCouncil, id);
                if (target == ChallengeState.SCOPING) {
                    break;
                }
            }
            if (next == ChallengeState.PREPARING && target == ChallengeState.PREPARING) {
                preparing(manager, forCouncil, id, start, team);
            }
        }
        return id;
    }

    /**
     * The council agrees a peer: given by its own user where the council has one in the demo (Thurrock),
     * else the council's answer received by e-mail, recorded by the manager (only a council's user may
     * give its answer in the Hub).
     */
    private void agree(CurrentUser manager, @Nullable CurrentUser council, long id, long member) {
        if (council != null) {
            teams.decide(council, id, member, true, null);
        } else {
            teams.recordEmailedAnswer(manager, id, member, true, null);
        }
    }

    /** What a challenge in preparation has: its team partly agreed, a programme started, documents. */
    private void preparing(CurrentUser manager, CurrentUser council, long id, LocalDate start, List<DemoPeer> team) {
        List<Long> members = new ArrayList<>();
        for (DemoPeer p : team) {
            long member = teams.propose(manager, id, p.id(), p.role());
            agree(manager, council == manager ? null : council, id, member);
            members.add(member);
        }
        sessions(manager, id, start, members);
        challenges.upload(
                council,
                id,
                DocumentKind.POSITION_STATEMENT,
                "position-statement-demo.pdf",
                pdf(
                        "Position statement (demonstration data)",
                        "A fictional position statement written for the demonstration. It is not the council's."));
        challenges.upload(
                manager,
                id,
                DocumentKind.SUPPORTING,
                "team-briefing-demo.pdf",
                pdf(
                        "Team briefing (demonstration data)",
                        "A fictional briefing for the peer team, made for the demonstration."));
    }

    private void scope(CurrentUser by, long id) {
        challenges.addFocusArea(
                by,
                id,
                "Financial sustainability (demo)",
                List.of(MARK + "Is the medium-term financial strategy deliverable?"));
        challenges.addFocusArea(
                by, id, "Housing delivery (demo)", List.of(MARK + "Are we on track to meet our housing targets?"));
    }

    private void sessions(CurrentUser manager, long id, LocalDate start, List<Long> members) {
        if (members.isEmpty()) {
            return;
        }
        programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        SessionKind.INTERVIEW,
                        "Interview with the Leader (demo)",
                        start,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "Civic offices",
                        StakeholderGroup.COUNCILLORS,
                        1,
                        members));
        programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        SessionKind.FOCUS_GROUP,
                        "Staff focus group (demo)",
                        start.plusDays(1),
                        LocalTime.of(13, 30),
                        LocalTime.of(15, 0),
                        null,
                        StakeholderGroup.STAFF,
                        12,
                        List.of(members.getFirst())));
    }

    private DemoPeer peer(
            String name,
            PeerKind kind,
            String jobTitle,
            @Nullable PoliticalGroup group,
            @Nullable String email,
            TeamRole role,
            String... expertise) {
        if (email != null) {
            var existing = peers.byEmail(email);
            if (existing.isPresent()) {
                return new DemoPeer(existing.get().id(), role);
            }
        }
        long id = peers.create(new PeerDraft(
                name,
                kind,
                jobTitle,
                "Fictional Borough Council (demo)",
                null,
                group,
                email,
                true,
                MARK + "a fictional peer made for the demonstration.",
                List.of(expertise)));
        return new DemoPeer(id, role);
    }

    private CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }

    /** A small, valid one-page PDF with a title and a line of text. */
    static byte[] pdf(String title, String line) {
        String stream = "BT /F1 18 Tf 72 760 Td (" + escape(title) + ") Tj ET\nBT /F1 11 Tf 72 730 Td (" + escape(line)
                + ") Tj ET\n";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + stream
                        + "endstream");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace('’', '\'');
    }
}
