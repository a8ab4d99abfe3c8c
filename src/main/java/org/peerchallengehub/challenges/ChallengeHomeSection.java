package org.peerchallengehub.challenges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.HomeSection;
import org.peerchallengehub.shared.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The challenges waiting for the signed-in person, on their home page: for the programme team the
 * visits of the next 90 days and what is overdue across the programme; for a manager or adviser
 * their overdue items and open challenges; for a peer the teams they are on; for a council user
 * their council's challenges and what awaits the council's answer. Every empty list says what would
 * fill it and links to the action.
 */
@Component
class ChallengeHomeSection implements HomeSection {

    /** A challenge on the home page, with what it waits for from this person (empty when nothing). */
    record Row(Challenge challenge, String awaits) {}

    private final Challenges challenges;
    private final ProgrammeDashboard dashboard;
    private final TeamRepository teams;
    private final ChallengeRepository repository;

    ChallengeHomeSection(
            Challenges challenges, ProgrammeDashboard dashboard, TeamRepository teams, ChallengeRepository repository) {
        this.challenges = challenges;
        this.dashboard = dashboard;
        this.teams = teams;
        this.repository = repository;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<View> render(CurrentUser user) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("role", user.role().name());
        model.put("canBook", user.role() == Role.PROGRAMME_TEAM || user.role() == Role.PEER_CHALLENGE_MANAGER);
        switch (user.role()) {
            case PROGRAMME_TEAM -> {
                ProgrammeDashboard.Glance glance = dashboard.glance();
                model.put("upcoming", glance.upcoming().stream().limit(8).toList());
                model.put("overdueCount", glance.overdue());
                return Optional.of(new View("Across the programme", "challenges/home-section", model));
            }
            case PEER_CHALLENGE_MANAGER, PRINCIPAL_ADVISER -> {
                model.put("overdue", dashboard.overdueFor(user));
                model.put("rows", open(user).stream().map(c -> new Row(c, "")).toList());
                return Optional.of(new View("Your challenges", "challenges/home-section", model));
            }
            case PEER -> {
                model.put("rows", open(user).stream().map(c -> new Row(c, "")).toList());
                return Optional.of(new View("Teams you are on", "challenges/home-section", model));
            }
            case COUNCIL -> {
                model.put(
                        "rows",
                        open(user).stream()
                                .map(c -> new Row(c, awaitsCouncil(c)))
                                .toList());
                model.put("councilGss", user.councilGss());
                return Optional.of(new View("Your council’s challenges", "challenges/home-section", model));
            }
        }
        return Optional.empty();
    }

    /** The open challenges this person may see (the first 15), by the date of the visit, enquiries last. */
    private List<Challenge> open(CurrentUser user) {
        return challenges
                .list(user, new ChallengeRepository.ListFilter(null, null, null, null), PageRequest.of(1, null, 200))
                .items()
                .stream()
                .filter(c -> c.state().isOpen())
                .sorted(java.util.Comparator.comparing(
                        Challenge::onSiteStart, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .limit(15)
                .toList();
    }

    /** What the council is asked to do on this challenge now, in a sentence; empty when nothing. */
    private String awaitsCouncil(Challenge c) {
        List<String> asks = new ArrayList<>();
        if (!c.state().visitStarted() && c.state() != ChallengeState.ENQUIRY && !c.scopeAgreed()) {
            asks.add("agree the scope");
        }
        if (!c.state().visitStarted()) {
            long waiting = teams.team(c.id()).stream()
                    .filter(m -> m.status() == MemberStatus.PROPOSED)
                    .count();
            if (waiting > 0) {
                asks.add("answer for " + waiting + (waiting == 1 ? " proposed peer" : " proposed peers"));
            }
            if (c.state() == ChallengeState.PREPARING
                    && repository.documents(c.id()).stream()
                            .noneMatch(d -> d.kind() == DocumentKind.POSITION_STATEMENT)) {
                asks.add("upload your position statement");
            }
        }
        if (asks.isEmpty()) {
            return "";
        }
        String joined = String.join(", ", asks);
        return "To do: " + joined.substring(0, 1).toUpperCase() + joined.substring(1) + ".";
    }
}
