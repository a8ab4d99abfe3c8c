package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerchallengehub.peers.AccreditationKind;
import org.peerchallengehub.peers.Peer;

/**
 * Ranks candidate peers for a team role. Each factor scores 0 to 1 and is weighted:
 *
 * <ul>
 *   <li>expertise matching the scope and focus areas (0.35): the share of needed expertise the peer has;
 *   <li>experience of similar councils (0.20): past challenges at councils of the same type, 3 or more scores 1;
 *   <li>availability on the on-site dates (0.20); a peer who has said they are unavailable during the
 *       visit is never suggested at all;
 *   <li>continuity (0.15): served on this council's previous challenge;
 *   <li>fair spread of work (0.10): fewer days served in the last 12 months scores higher, 20 or more scores 0;
 *   <li>for lead roles, fit for leading (up to 0.15): a lead peer accreditation, or the role's usual job
 *       (chief executive for the lead officer peer, leader for the lead member peer); for the lead member
 *       peer, belonging to the council's ruling group (0.10).
 * </ul>
 *
 * Peers that a hard rule excludes are never ranked. Every proposal says why, in words.
 */
final class ProposalRanking {

    private ProposalRanking() {}

    static List<Proposal> rank(
            TeamRole role,
            Challenge challenge,
            List<Peer> candidates,
            Set<String> neededExpertise,
            Map<Long, TeamRepository.Service> service,
            Map<String, String> tagLabels,
            LocalDate today,
            int limit) {
        List<Proposal> proposals = new ArrayList<>();
        for (Peer peer : candidates) {
            if (challenge.hasVisitDates() && peer.unavailableBetween(challenge.onSiteStart(), challenge.onSiteEnd())) {
                continue; // they said they cannot come: never suggested (they can still be proposed by hand)
            }
            List<String> reasons = new ArrayList<>();
            TeamRepository.Service s =
                    service.getOrDefault(peer.id(), new TeamRepository.Service(peer.id(), 0, false, 0, false));
            double score = 0;

            List<String> matched =
                    neededExpertise.stream().filter(peer::hasExpertise).toList();
            if (!neededExpertise.isEmpty()) {
                score += 0.35 * matched.size() / Math.min(neededExpertise.size(), 3.0);
            }
            if (!matched.isEmpty()) {
                reasons.add(matched.stream()
                                .limit(3)
                                .map(t -> tagLabels.getOrDefault(t, t))
                                .collect(Collectors.joining(", "))
                        + " expertise matches the scope");
            }
            score += 0.20 * Math.min(1.0, s.challengesAtSameType() / 3.0);
            if (s.challengesAtSameType() > 0) {
                reasons.add(s.challengesAtSameType() + (s.challengesAtSameType() == 1 ? " challenge" : " challenges")
                        + " at councils of the same type");
            }
            score += 0.20;
            if (challenge.hasVisitDates()) {
                reasons.add("available " + TeamRules.dates(challenge.onSiteStart(), challenge.onSiteEnd()));
            }
            if (s.servedThisCouncilBefore()) {
                score += 0.15;
                reasons.add("served on a previous challenge of " + challenge.councilName());
            }
            score += 0.10 * (1 - Math.min(1.0, s.daysLast12Months() / 20.0));
            reasons.add(
                    s.daysLast12Months() == 0
                            ? "no days served in the last 12 months"
                            : s.daysLast12Months() + (s.daysLast12Months() == 1 ? " day" : " days")
                                    + " served in the last 12 months");
            String job = peer.jobTitle() == null ? "" : peer.jobTitle().toLowerCase(Locale.ROOT);
            if (role == TeamRole.LEAD_OFFICER_PEER || role == TeamRole.LEAD_MEMBER_PEER) {
                if (peer.hasAccreditation(AccreditationKind.LEAD_PEER, today)) {
                    score += 0.15;
                    reasons.add("accredited lead peer");
                } else if ((role == TeamRole.LEAD_OFFICER_PEER && job.contains("chief executive"))
                        || (role == TeamRole.LEAD_MEMBER_PEER && job.contains("leader"))) {
                    score += 0.10;
                    reasons.add("a " + peer.jobTitle() + ", as lead peers usually are");
                }
            }
            if (role == TeamRole.LEAD_MEMBER_PEER
                    && challenge.politicalControl() != null
                    && challenge
                            .politicalControl()
                            .party()
                            .filter(p -> p == peer.politicalGroup())
                            .isPresent()) {
                score += 0.10;
                reasons.add("from the council’s ruling group ("
                        + peer.politicalGroup().label() + ")");
            }
            proposals.add(new Proposal(role, peer, Math.round(score * 1000) / 1000.0, List.copyOf(reasons)));
        }
        proposals.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(p -> p.peer()
                .fullName()));
        return proposals.size() > limit ? List.copyOf(proposals.subList(0, limit)) : proposals;
    }
}
