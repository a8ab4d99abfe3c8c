package org.peerchallengehub.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence module's published API for the feedback report (issue 17): a challenge's agreed findings
 * and its ordered key recommendations, the statements the report quotes. The confidentiality gate holds
 * here as everywhere in this module (decision 0060): only a user with a seat at the challenge's table
 * (its team and manager) is answered; anyone else gets 404. Never the notes behind a finding.
 */
@Service
public class AgreedFindings {

    /**
     * An agreed finding: where it sits (a component id or a focus area id), its kind and its words.
     *
     * @param keyPosition its place among the key recommendations (1 first), or null
     */
    public record Item(
            long id,
            @Nullable String componentId,
            @Nullable Long focusAreaId,
            FindingKind kind,
            String text,
            @Nullable Integer keyPosition) {}

    /** The agreed findings in the order drafted, and the key recommendations in their order. */
    public record Agreed(List<Item> findings, List<Item> keyRecommendations) {}

    private final EvidenceTable table;
    private final FindingRepository repository;

    AgreedFindings(EvidenceTable table, FindingRepository repository) {
        this.table = table;
        this.repository = repository;
    }

    /** The challenge's agreed findings, for a user with a seat at its table; 404 for anyone else. */
    @Transactional(readOnly = true)
    public Agreed of(CurrentUser user, long challengeId) {
        table.seat(user, challengeId);
        List<Item> agreed = repository.list(challengeId).stream()
                .filter(Finding::agreed)
                .map(f -> new Item(f.id(), f.componentId(), f.focusAreaId(), f.kind(), f.text(), f.keyPosition()))
                .toList();
        List<Item> key = agreed.stream()
                .filter(i -> i.keyPosition() != null)
                .sorted(Comparator.comparingInt(i -> Objects.requireNonNull(i.keyPosition())))
                .toList();
        return new Agreed(agreed, key);
    }
}
