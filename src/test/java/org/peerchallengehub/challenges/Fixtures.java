package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.List;
import org.peerchallengehub.peers.Accreditation;
import org.peerchallengehub.peers.DeclaredInterest;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.peers.Unavailability;

/** Small builders for the rule tests. */
final class Fixtures {

    private Fixtures() {}

    static Challenge challenge(ChallengeState state, LocalDate start, LocalDate end) {
        return new Challenge(
                1,
                "CPC-2027-00001",
                "E06000034",
                "Thurrock Council",
                ChallengeType.CORPORATE,
                null,
                "cpc-2024",
                "cpc-rules-2023",
                state,
                start,
                end,
                PoliticalControl.LABOUR,
                10L,
                "Manager",
                null,
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2),
                true,
                null,
                null,
                null,
                null,
                false,
                null,
                0);
    }

    static Peer peer(
            long id,
            String name,
            PeerKind kind,
            String orgGss,
            PoliticalGroup group,
            List<String> expertise,
            List<DeclaredInterest> interests,
            List<Unavailability> unavailable,
            List<Accreditation> accreditations,
            String jobTitle) {
        return new Peer(
                id,
                name,
                kind,
                jobTitle,
                "Somewhere",
                orgGss,
                group,
                null,
                true,
                false,
                null,
                0,
                expertise,
                accreditations,
                unavailable,
                interests);
    }

    static Peer officer(long id, String name, String... expertise) {
        return peer(
                id,
                name,
                PeerKind.OFFICER,
                null,
                null,
                List.of(expertise),
                List.of(),
                List.of(),
                List.of(),
                "Director");
    }

    static Peer member(long id, String name, PoliticalGroup group) {
        return peer(
                id, name, PeerKind.MEMBER, null, group, List.of(), List.of(), List.of(), List.of(), "Cabinet member");
    }

    static TeamMember onTeam(long memberId, Peer peer, TeamRole role, MemberStatus status) {
        return new TeamMember(
                memberId,
                1,
                peer.id(),
                peer.fullName(),
                peer.kind(),
                null,
                role,
                status,
                null,
                java.time.Instant.now(),
                null);
    }
}
