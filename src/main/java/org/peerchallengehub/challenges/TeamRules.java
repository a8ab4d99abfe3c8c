package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PoliticalGroup;

/**
 * The rules of team building, free of Spring and the database.
 *
 * <p>Hard rules are checked on every save and refuse it: no peer from the council under review, no
 * peer with a declared interest in it, no peer on two on-site visits that overlap, and the peer must
 * be of the kind the role needs. Soft warnings are shown, not enforced: political balance of member
 * peers against the council's control, no finance expertise, a team larger than 7 or smaller than 4,
 * a peer unavailable on the visit dates.
 */
final class TeamRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private TeamRules() {}

    /** Why this peer may not join this team in this role; empty when they may. */
    static List<String> refusals(
            Peer peer, TeamRole role, Challenge challenge, List<TeamMember> team, List<String> overlappingBookings) {
        List<String> reasons = new ArrayList<>();
        if (!peer.active()) {
            reasons.add(peer.fullName() + " is not active in the peer pool");
        }
        if (peer.kind() != role.kind()) {
            reasons.add("A " + role.label().toLowerCase() + " must be " + kindPhrase(role.kind()) + "; "
                    + peer.fullName() + " is " + kindPhrase(peer.kind()));
        }
        if (challenge.councilGss().equals(peer.organisationGss())) {
            reasons.add(peer.fullName() + " is from " + challenge.councilName() + ", the council under review");
        }
        // Neither the interest a peer declared nor another challenge's booking is this team's business: the
        // manager is told only that the peer is not available (issue 14).
        if (peer.interests().stream().anyMatch(i -> i.councilGss().equals(challenge.councilGss()))) {
            reasons.add(peer.fullName() + " is not available for a challenge of " + challenge.councilName());
        }
        if (!overlappingBookings.isEmpty()) {
            reasons.add(peer.fullName() + " is not available on the dates of this visit");
        }
        if (team.stream().anyMatch(m -> m.peerId() == peer.id() && m.status().onTeam())) {
            reasons.add(peer.fullName() + " is already on this team");
        }
        return reasons;
    }

    /** Warnings about the team as it stands (members proposed or agreed). */
    static List<String> warnings(Challenge challenge, List<TeamMember> team, Map<Long, Peer> peers) {
        List<TeamMember> onTeam = team.stream().filter(m -> m.status().onTeam()).toList();
        List<String> warnings = new ArrayList<>();
        int size = onTeam.size();
        if (size > 7) {
            warnings.add("The team has " + size + " members; teams are usually 4 to 7");
        } else if (size < 4) {
            warnings.add("The team has " + size + (size == 1 ? " member" : " members") + "; teams are usually 4 to 7");
        }
        boolean finance = onTeam.stream()
                .map(m -> peers.get(m.peerId()))
                .filter(Objects::nonNull)
                .anyMatch(p -> p.hasExpertise("finance"));
        if (!finance) {
            warnings.add("Nobody on the team has finance expertise");
        }
        List<PoliticalGroup> groups = onTeam.stream()
                .map(m -> peers.get(m.peerId()))
                .filter(p -> p != null && p.kind() == PeerKind.MEMBER)
                .map(Peer::politicalGroup)
                .filter(Objects::nonNull)
                .toList();
        warnings.addAll(politicalBalance(challenge.politicalControl(), groups));
        if (challenge.hasVisitDates()) {
            for (TeamMember m : onTeam) {
                Peer p = peers.get(m.peerId());
                if (p != null && p.unavailableBetween(challenge.onSiteStart(), challenge.onSiteEnd())) {
                    warnings.add(p.fullName() + " has said they are unavailable during the visit");
                }
            }
        }
        return warnings;
    }

    static List<String> politicalBalance(PoliticalControl control, List<PoliticalGroup> memberGroups) {
        List<String> warnings = new ArrayList<>();
        if (memberGroups.isEmpty()) {
            return warnings;
        }
        if (control == null) {
            warnings.add("Record the council’s political control to check the political balance of the member peers");
            return warnings;
        }
        Optional<PoliticalGroup> ruling = control.party();
        if (ruling.isPresent() && !memberGroups.contains(ruling.get())) {
            warnings.add("The council is " + control.label() + "-controlled but no member peer is "
                    + ruling.get().label());
        }
        if (memberGroups.size() >= 2 && memberGroups.stream().distinct().count() == 1) {
            warnings.add("All the member peers are " + memberGroups.getFirst().label()
                    + "; a cross-party pair gives political balance");
        }
        return warnings;
    }

    static String describe(List<String> reasons) {
        return reasons.stream().collect(Collectors.joining("; ")) + ".";
    }

    private static String kindPhrase(PeerKind kind) {
        return switch (kind) {
            case MEMBER -> "a member peer (a councillor)";
            case OFFICER -> "an officer peer";
            case LGA_STAFF -> "LGA staff";
        };
    }

    static String dates(LocalDate start, LocalDate end) {
        return DAY.format(start) + " to " + DAY.format(end);
    }
}
