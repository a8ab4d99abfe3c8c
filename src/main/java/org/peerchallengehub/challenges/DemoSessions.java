package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * For other modules' demonstration data (and their tests): finds a council's current challenge as a
 * manager sees it, and adds sessions to its on-site programme through the programme's own service and
 * rules (no member in two sessions at once, sessions on the visit days).
 */
@Component
public class DemoSessions {

    private final Challenges challenges;
    private final OnSiteProgramme programme;

    DemoSessions(Challenges challenges, OnSiteProgramme programme) {
        this.challenges = challenges;
        this.programme = programme;
    }

    /** The newest challenge of the council that the user may see and that is not historic, if any. */
    public Optional<Long> currentChallenge(CurrentUser user, String councilGss) {
        return challenges
                .list(
                        user,
                        new ChallengeRepository.ListFilter(null, null, councilGss, null),
                        new PageRequest(1, PageRequest.MAX_SIZE))
                .items()
                .stream()
                .filter(c -> !c.historic())
                .max(Comparator.comparing(Challenge::id))
                .map(Challenge::id);
    }

    /**
     * Adds a session; {@code kind} and {@code stakeholderGroup} are the names of the programme's
     * session kinds (INTERVIEW, FOCUS_GROUP, WORKSHOP, ...) and stakeholder groups (COUNCILLORS, STAFF,
     * PARTNERS, ...). The session's id.
     */
    public long add(
            CurrentUser manager,
            long challengeId,
            String kind,
            String title,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            @Nullable String stakeholderGroup,
            int peopleMet,
            List<Long> memberIds) {
        return programme.add(
                manager,
                challengeId,
                new OnSiteProgramme.NewSession(
                        SessionKind.valueOf(kind),
                        title,
                        day,
                        startsAt,
                        endsAt,
                        null,
                        stakeholderGroup == null ? null : StakeholderGroup.valueOf(stakeholderGroup),
                        peopleMet,
                        memberIds));
    }
}
