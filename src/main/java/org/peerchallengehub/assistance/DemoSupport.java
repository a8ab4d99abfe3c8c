package org.peerchallengehub.assistance;

import java.time.LocalDate;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.DateFields;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's support record (order 510): the demo principal adviser is assigned four real councils in the
 * East of England (Thurrock, Southend-on-Sea, Basildon, Essex; a second demo adviser has Luton), has
 * recorded a conversation with Thurrock and offered it a finance peer review, and has mentoring under way
 * at Southend-on-Sea; the programme team has shared a short summary with Thurrock, so the demo council user
 * sees it in the workspace. Everything goes through {@link Support}, so the rules and the audit trail
 * apply. The content is fictional, says "Demonstration data" and names nobody.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoSupport implements DemoContributor {

    static final String THURROCK = DemoContext.COUNCIL_GSS;
    static final String SOUTHEND = "E06000033";
    static final String BASILDON = "E07000066";
    static final String ESSEX = "E10000012";
    static final String LUTON = "E06000032";
    static final String SECOND_ADVISER = "kit.adviser@demo.local";

    private final Support support;
    private final UserDetailsService users;

    DemoSupport(Support support, UserDetailsService users) {
        this.support = support;
        this.users = users;
    }

    @Override
    public String name() {
        return "assistance.support";
    }

    @Override
    public int order() {
        return 510;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser admin = user(DemoContext.ADMIN);
        CurrentUser adviser = user(DemoContext.ADVISER);
        LocalDate today = context.today();
        for (String gss : new String[] {THURROCK, SOUTHEND, BASILDON, ESSEX}) {
            support.assign(admin, gss, String.valueOf(adviser.id()));
        }
        support.assign(admin, LUTON, String.valueOf(user(SECOND_ADVISER).id()));

        support.recordConversation(
                adviser,
                THURROCK,
                new Support.ConversationDraft(
                        DateFields.of(today.minusDays(21)),
                        "Chief executive; section 151 officer",
                        "Demonstration data: a fictional conversation. The council described growing pressure on its"
                                + " medium-term financial plan, a larger than planned use of reserves this year and"
                                + " questions from its auditor about the valuation of commercial investments. It asked"
                                + " what support the LGA could offer before it sets next year's budget.",
                        "The adviser to offer a finance peer review; the council to share its budget timetable (demo)"));
        support.recordOffer(
                adviser,
                THURROCK,
                new Support.OfferDraft(
                        SupportKind.FINANCE_PEER_REVIEW.name(),
                        null,
                        "Demonstration data: a finance peer review of the medium-term financial plan and the"
                                + " governance of commercial investments, by a lead finance peer and a member peer,"
                                + " before the budget is set.",
                        DateFields.of(today.minusDays(14))));

        support.recordConversation(
                adviser,
                SOUTHEND,
                new Support.ConversationDraft(
                        DateFields.of(today.minusDays(75)),
                        "Leader; chief executive",
                        "Demonstration data: a fictional conversation. A new leader asked for support in setting"
                                + " priorities with the cabinet after a change of political control.",
                        "Offer a mentor for the leader (demo)"));
        long mentoring = support.recordOffer(
                adviser,
                SOUTHEND,
                new Support.OfferDraft(
                        SupportKind.MENTORING.name(),
                        null,
                        "Demonstration data: a member peer mentor for the leader, six sessions over six months.",
                        DateFields.of(today.minusDays(70))));
        support.move(
                adviser, SOUTHEND, mentoring, SupportState.AGREED.name(), DateFields.of(today.minusDays(62)), null);
        support.move(
                adviser, SOUTHEND, mentoring, SupportState.UNDER_WAY.name(), DateFields.of(today.minusDays(40)), null);

        support.writeSummary(
                admin,
                THURROCK,
                "Demonstration data: the LGA has offered the council a finance peer review of its medium-term"
                        + " financial plan, to take place before next year's budget is set. Your principal adviser"
                        + " will agree its scope and timing with the chief executive.",
                true);
    }

    private CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }
}
