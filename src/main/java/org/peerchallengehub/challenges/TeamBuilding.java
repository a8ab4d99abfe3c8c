package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.peers.ExpertiseTag;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building a challenge's peer team: ranked proposals per role, proposing a peer (hard rules checked
 * on every save, under a lock so two managers cannot double-book a peer), the council's agreement or
 * decline with a reason, and withdrawal.
 */
@Service
class TeamBuilding {

    public static final int PROPOSALS_PER_ROLE = 5;

    private final Challenges challenges;
    private final ChallengeRepository repository;
    private final TeamRepository teams;
    private final PeerPool peers;
    private final Frameworks frameworks;
    private final CouncilRegister councils;
    private final AuditTrail audit;

    TeamBuilding(
            Challenges challenges,
            ChallengeRepository repository,
            TeamRepository teams,
            PeerPool peers,
            Frameworks frameworks,
            CouncilRegister councils,
            AuditTrail audit) {
        this.challenges = challenges;
        this.repository = repository;
        this.teams = teams;
        this.peers = peers;
        this.frameworks = frameworks;
        this.councils = councils;
        this.audit = audit;
    }

    /** The best candidates for each role, with reasons; peers excluded by a hard rule never appear. */
    public Map<TeamRole, List<Proposal>> proposals(CurrentUser user, long challengeId) {
        Challenge c = challenges.get(user, challengeId);
        challenges.requireManage(user, c);
        List<TeamMember> team = teams.team(challengeId);
        Set<String> needed = ScopeNeeds.of(
                frameworks.version(c.frameworkId()).orElseThrow().components().stream()
                        .map(FrameworkComponent::id)
                        .toList(),
                repository.focusAreas(challengeId));
        LocalDate today = challenges.today();
        String councilType = councils.get(c.councilGss()).type().name();
        Map<Long, TeamRepository.Service> service = teams.service(
                c.councilGss(), councilType, challengeId, today.minusMonths(12), c.onSiteStart(), c.onSiteEnd());
        Map<String, String> labels =
                peers.expertiseTags().stream().collect(Collectors.toMap(ExpertiseTag::id, ExpertiseTag::label));
        List<Peer> pool = peers.activePool().stream()
                .filter(p -> !c.councilGss().equals(p.organisationGss()))
                .filter(p -> !p.declaredInterestIn(c.councilGss()))
                .filter(p -> !service.getOrDefault(p.id(), new TeamRepository.Service(p.id(), 0, false, 0, false))
                        .bookedDuring())
                .filter(p -> team.stream()
                        .noneMatch(m -> m.peerId() == p.id() && m.status().onTeam()))
                .toList();
        Map<TeamRole, List<Proposal>> result = new EnumMap<>(TeamRole.class);
        for (TeamRole role : TeamRole.values()) {
            List<Peer> candidates =
                    pool.stream().filter(p -> p.kind() == role.kind()).toList();
            result.put(
                    role,
                    ProposalRanking.rank(role, c, candidates, needed, service, labels, today, PROPOSALS_PER_ROLE));
        }
        return result;
    }

    /** Proposes a peer for a role; refused with every reason when a hard rule forbids it. */
    @Transactional
    public long propose(CurrentUser user, long challengeId, long peerId, TeamRole role) {
        challenges.get(user, challengeId);
        Challenge c = repository.lock(challengeId).orElseThrow();
        challenges.requireManage(user, c);
        Challenges.requireOpen(c);
        if (c.state().visitStarted()) {
            throw new ChallengeRefused("peerId", "The visit has started; the team can no longer change");
        }
        teams.lockPeer(peerId);
        Peer peer = peers.find(peerId).orElseThrow(() -> new ChallengeRefused("peerId", "Select a peer from the pool"));
        List<String> bookings = c.hasVisitDates()
                ? teams.overlappingBookings(peerId, challengeId, c.onSiteStart(), c.onSiteEnd())
                : List.of();
        List<String> refusals = TeamRules.refusals(peer, role, c, teams.team(challengeId), bookings);
        if (!refusals.isEmpty()) {
            throw new ChallengeRefused("peerId", TeamRules.describe(refusals));
        }
        long memberId = teams.propose(challengeId, peerId, role, user.id());
        repository.bump(challengeId);
        audit.record(
                user,
                AuditEntry.of(
                        "team.proposed",
                        "challenge",
                        challengeId,
                        "Proposed " + peer.fullName() + " as " + role.label().toLowerCase() + " for " + c.reference()));
        return memberId;
    }

    /** The council agrees or declines a proposed peer; a decline needs a reason. */
    @Transactional
    public void decide(CurrentUser user, long challengeId, long memberId, boolean agree, @Nullable String reason) {
        Challenge c = challenges.get(user, challengeId);
        challenges.requireCouncilItself(
                user,
                c,
                "Only a user of the council under review can give the council's answer;"
                        + " the challenge's manager can record an answer the council sent by e-mail");
        answer(user, c, memberId, agree, reason, null);
    }

    /**
     * The challenge's manager records an answer the council sent by e-mail. It is kept and shown as
     * such: recorded by whom and when, received by e-mail.
     */
    @Transactional
    public void recordEmailedAnswer(
            CurrentUser user, long challengeId, long memberId, boolean agree, @Nullable String reason) {
        Challenge c = challenges.get(user, challengeId);
        challenges.requireManage(user, c);
        answer(user, c, memberId, agree, reason, user.displayName());
    }

    private void answer(
            CurrentUser user,
            Challenge c,
            long memberId,
            boolean agree,
            @Nullable String reason,
            @Nullable String recordedBy) {
        long challengeId = c.id();
        Challenges.requireOpen(c);
        if (!agree && (reason == null || reason.isBlank())) {
            throw new ChallengeRefused("reason", "Give the reason the council declines this peer");
        }
        TeamMember member = teams.team(challengeId).stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new ChallengeRefused("member", "That peer is not proposed for this challenge"));
        if (!teams.decide(
                challengeId,
                memberId,
                agree ? MemberStatus.AGREED : MemberStatus.DECLINED,
                agree ? null : reason.strip(),
                user.id(),
                recordedBy)) {
            throw new ChallengeRefused(
                    "member",
                    member.peerName() + " has already been "
                            + member.status().label().toLowerCase());
        }
        repository.bump(challengeId);
        audit.record(
                user,
                AuditEntry.of(
                        agree ? "team.agreed" : "team.declined",
                        "challenge",
                        challengeId,
                        (agree ? "Agreed " : "Declined ") + member.peerName() + " for " + c.reference()
                                + (agree ? "" : ": " + reason.strip())
                                + (recordedBy == null ? "" : " (the council's answer received by e-mail)")));
    }

    @Transactional
    public void withdraw(CurrentUser user, long challengeId, long memberId) {
        Challenge c = challenges.get(user, challengeId);
        challenges.requireManage(user, c);
        if (c.state().visitStarted()) {
            throw new ChallengeRefused("member", "The visit has started; the team can no longer change");
        }
        TeamMember member = teams.team(challengeId).stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new ChallengeRefused("member", "That peer is not on this team"));
        if (teams.withdraw(challengeId, memberId, user.id())) {
            repository.bump(challengeId);
            audit.record(
                    user,
                    AuditEntry.of(
                            "team.withdrawn",
                            "challenge",
                            challengeId,
                            "Withdrew " + member.peerName() + " from " + c.reference()));
        }
    }
}
