package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenges module's published API for what follows a challenge (issue 18: action plans, progress
 * reviews, repeated recommendations): a challenge's facts and the people around it, whether a user may
 * see it (the same rule as every challenge page), and a council's earlier challenges.
 */
@Service
public class ChallengeFollowUps {

    /**
     * A challenge as the follow-up sees it.
     *
     * @param reviewsChallengeId for a progress review, the challenge it follows up
     * @param managerUserId the challenge's peer challenge manager
     * @param adviserUserId the council's principal adviser on this challenge
     */
    public record Subject(
            long challengeId,
            String reference,
            String councilGss,
            String councilName,
            String typeCode,
            String typeLabel,
            @Nullable Long reviewsChallengeId,
            String stateLabel,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            @Nullable Long managerUserId,
            @Nullable String managerName,
            @Nullable Long adviserUserId,
            @Nullable String adviserName,
            boolean historic) {

        public boolean progressReview() {
            return "PROGRESS_REVIEW".equals(typeCode);
        }

        /** The year of the visit (the year of the enquiry when it has no dates yet). */
        public @Nullable Integer year() {
            return onSiteStart == null ? null : onSiteStart.getYear();
        }
    }

    private final ChallengeRepository repository;
    private final ChallengeAccess access;

    ChallengeFollowUps(ChallengeRepository repository, ChallengeAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /** The challenge, whoever asks (the caller decides who may see what it derives from it). */
    @Transactional(readOnly = true)
    public Optional<Subject> subject(long challengeId) {
        return repository.find(challengeId).map(ChallengeFollowUps::subject);
    }

    /** The challenge if this user may see its page; empty otherwise (its existence not revealed). */
    @Transactional(readOnly = true)
    public Optional<Subject> visible(CurrentUser user, long challengeId) {
        if (!access.canView(user, challengeId)) {
            return Optional.empty();
        }
        return subject(challengeId);
    }

    /** The challenges of these councils, newest first. */
    @Transactional(readOnly = true)
    public List<Subject> ofCouncils(Collection<String> councilGss) {
        return councilGss.stream()
                .distinct()
                .flatMap(gss -> repository.forCouncil(gss).stream())
                .map(ChallengeFollowUps::subject)
                .sorted((a, b) -> {
                    LocalDate x = a.onSiteStart(), y = b.onSiteStart();
                    if (x == null || y == null) {
                        return x == null ? (y == null ? 0 : -1) : 1;
                    }
                    return y.compareTo(x);
                })
                .toList();
    }

    private static Subject subject(Challenge c) {
        return new Subject(
                c.id(),
                c.reference(),
                c.councilGss(),
                c.councilName(),
                c.type().name(),
                c.type().label(),
                c.reviewsChallengeId(),
                c.state().label(),
                c.onSiteStart(),
                c.onSiteEnd(),
                c.managerUserId(),
                c.managerName(),
                c.adviserUserId(),
                c.adviserName(),
                c.historic());
    }
}
