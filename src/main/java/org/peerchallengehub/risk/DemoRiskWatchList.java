package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.List;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.identity.UserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's early warning (order 500): the demo adviser looks after the region of the demo council, and a
 * few fictional events are recorded there through {@link RiskEvents} (audited, marked "Demonstration
 * data"). Nothing else is set: the watch list the adviser sees on first sign-in is computed from the real
 * figures and Ofsted judgements of the starting dataset, the outcomes before April 2020 and these events.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoRiskWatchList implements DemoContributor {

    private final UserAccounts accounts;
    private final CouncilRegister register;
    private final AdviserRegions regions;
    private final RiskEvents events;

    DemoRiskWatchList(UserAccounts accounts, CouncilRegister register, AdviserRegions regions, RiskEvents events) {
        this.accounts = accounts;
        this.register = register;
        this.regions = regions;
        this.events = events;
    }

    @Override
    public String name() {
        return "risk.watch-list";
    }

    @Override
    public int order() {
        return 500;
    }

    /** A fictional event: at the demo council, some days before the demo's day. */
    private record Planned(EventKind kind, int daysAgo, int knownDaysLater, String source, String note) {}

    static final List<Planned> EVENTS = List.of(
            new Planned(
                    EventKind.SECTION_151_OFFICER_DEPARTURE,
                    120,
                    0,
                    "Council press release (demo)",
                    "Demonstration data: fictional. The section 151 officer left for another council."),
            new Planned(
                    EventKind.INTERIM_APPOINTMENT,
                    100,
                    3,
                    "Adviser's conversation with the chief executive (demo)",
                    "Demonstration data: fictional. An interim section 151 officer was appointed for six months."),
            new Planned(
                    EventKind.QUALIFIED_OPINION,
                    60,
                    7,
                    "External auditor's annual report (demo)",
                    "Demonstration data: fictional. Qualified opinion on the valuation of investment property."));

    @Override
    public void contribute(DemoContext context) {
        UserAccount adviser = accounts.byEmail(DemoContext.ADVISER)
                .orElseThrow(() -> new IllegalStateException("the demo adviser account is missing"));
        UserAccount admin = accounts.byEmail(DemoContext.ADMIN)
                .orElseThrow(() -> new IllegalStateException("the demo programme team account is missing"));
        String region = register.get(DemoContext.COUNCIL_GSS).region().slug();
        regions.set(admin.asCurrentUser(), adviser.id(), region);
        LocalDate today = context.today();
        for (Planned planned : EVENTS) {
            LocalDate happened = today.minusDays(planned.daysAgo());
            events.record(
                    adviser.asCurrentUser(),
                    new EventRules.Draft(
                            DemoContext.COUNCIL_GSS,
                            planned.kind().name(),
                            happened,
                            happened.plusDays(planned.knownDaysLater()),
                            planned.source(),
                            planned.note()));
        }
    }
}
