package org.peerchallengehub.evidence;

import java.util.List;
import java.util.Map;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The agreed findings of the challenges the demo's feedback reports are written for (issue 17; the
 * challenges module's demo order 110 walks them to "feedback given"): under each core component and focus
 * area a strength, a challenge and a recommendation, three key recommendations in order and a piece of
 * notable practice, all agreed, as the team would have agreed them at its feedback presentation. Fictional
 * words, each marked "(demo)". Made through {@link Findings}, as the demo manager would.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoEvidenceReportFindings implements DemoContributor {

    /** Thurrock (its report checked by the council), Sheffield and Oxford (published). */
    static final List<String> COUNCILS = List.of("E06000034", "E08000019", "E07000178");

    private static final String DEMO = " (demo)";

    /** What the team found under a component, by the component's position (1 first); fictional. */
    private static final Map<Integer, String[]> WORDS = Map.of(
            1,
            new String[] {
                "Councillors, staff and partners share a clear sense of what the council wants for the place",
                "The corporate plan's priorities are not yet tied to measures residents would recognise",
                "Agree a small set of outcome measures for each priority and report on them every quarter"
            },
            2,
            new String[] {
                "Partners describe the council as a confident and reliable convenor",
                "Relationships with the voluntary sector rely on a few individuals",
                "Set up a standing partnership forum with the voluntary and community sector"
            },
            3,
            new String[] {
                "Member and officer relationships are respectful and constructive",
                "Scrutiny is not yet used to shape policy before decisions are made",
                "Give scrutiny a work programme that looks ahead at key decisions"
            },
            4,
            new String[] {
                "The medium-term financial strategy is realistic and well understood",
                "Savings plans for the final two years are not yet identified",
                "Identify the savings for the last two years of the strategy by the next budget"
            },
            5,
            new String[] {
                "Staff are committed and proud to work for the council",
                "Programme and project management capacity is stretched",
                "Build a small corporate programme office to support the transformation programme"
            });

    private final Findings findings;
    private final FindingRepository repository;
    private final ChallengeTeams teams;
    private final DemoSessions sessions;
    private final Frameworks frameworks;
    private final UserDetailsService users;

    DemoEvidenceReportFindings(
            Findings findings,
            FindingRepository repository,
            ChallengeTeams teams,
            DemoSessions sessions,
            Frameworks frameworks,
            UserDetailsService users) {
        this.findings = findings;
        this.repository = repository;
        this.teams = teams;
        this.sessions = sessions;
        this.frameworks = frameworks;
        this.users = users;
    }

    @Override
    public String name() {
        return "evidence.report-findings";
    }

    @Override
    public int order() {
        return 230;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(DemoContext.MANAGER)).currentUser();
        for (String gss : COUNCILS) {
            sessions.currentChallenge(manager, gss)
                    .flatMap(id -> teams.seat(manager, id))
                    .filter(seat -> seat.stateLabel().equals("Feedback given"))
                    .filter(seat -> repository.list(seat.challengeId()).isEmpty())
                    .ifPresent(seat -> agreed(manager, seat));
        }
    }

    private void agreed(CurrentUser manager, Seat seat) {
        long id = seat.challengeId();
        List<FrameworkComponent> components =
                frameworks.version(seat.frameworkId()).orElseThrow().components();
        int key = 0;
        for (FrameworkComponent c : components) {
            String[] words = WORDS.getOrDefault(c.position(), WORDS.get(1));
            String place = "component:" + c.id();
            add(manager, id, place, FindingKind.STRENGTH, words[0], false);
            add(manager, id, place, FindingKind.CHALLENGE, words[1], false);
            add(manager, id, place, FindingKind.RECOMMENDATION, words[2], key++ < 3);
        }
        for (ChallengeTeams.Focus f : teams.focusAreas(id)) {
            String place = "focus:" + f.id();
            add(manager, id, place, FindingKind.STRENGTH, "There is a shared ambition for " + lower(f.title()), false);
            add(
                    manager,
                    id,
                    place,
                    FindingKind.CHALLENGE,
                    "Delivery plans for " + lower(f.title()) + " are not yet resourced",
                    false);
            add(
                    manager,
                    id,
                    place,
                    FindingKind.RECOMMENDATION,
                    "Publish a resourced delivery plan for " + lower(f.title()),
                    false);
        }
        if (!components.isEmpty()) {
            add(
                    manager,
                    id,
                    "component:" + components.getLast().id(),
                    FindingKind.NOTABLE_PRACTICE,
                    "The staff forum, run by staff for staff, shapes the council's workforce plans",
                    false);
        }
    }

    private void add(CurrentUser manager, long id, String place, FindingKind kind, String text, boolean key) {
        Finding f = findings.create(manager, id, new Findings.Change(place, kind.name(), text + DEMO, List.of(), null));
        findings.agree(manager, id, f.id(), true);
        if (key) {
            findings.key(manager, id, f.id(), Findings.KeyMove.ADD);
        }
    }

    private static String lower(String s) {
        String t = s.replace(" (demo)", "");
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** Applied after start ({@code DemoContributor#afterStart}): the findings the demo reports quote; run before them, after start, not needed in the first moments. */
    @Override
    public boolean afterStart() {
        return true;
    }
}
