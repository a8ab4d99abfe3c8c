package org.peerchallengehub.evidence;

import java.util.List;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/** Findings for tests of other modules (the feedback report), made through {@link Findings}. */
public final class EvidenceFixtures {

    private EvidenceFixtures() {}

    /**
     * An agreed finding at a place ({@code component:<id>} or {@code focus:<id>}), optionally added to the
     * key recommendations (a recommendation); its id.
     */
    public static long agreedFinding(
            ApplicationContext context,
            CurrentUser manager,
            long challengeId,
            String place,
            FindingKind kind,
            String text,
            boolean key) {
        Findings findings = context.getBean(Findings.class);
        Finding f =
                findings.create(manager, challengeId, new Findings.Change(place, kind.name(), text, List.of(), null));
        findings.agree(manager, challengeId, f.id(), true);
        if (key) {
            findings.key(manager, challengeId, f.id(), Findings.KeyMove.ADD);
        }
        return f.id();
    }

    /** A finding drafted but not agreed; its id. */
    public static long draftFinding(
            ApplicationContext context,
            CurrentUser manager,
            long challengeId,
            String place,
            FindingKind kind,
            String text) {
        return context.getBean(Findings.class)
                .create(manager, challengeId, new Findings.Change(place, kind.name(), text, List.of(), null))
                .id();
    }
}
