package org.peerchallengehub.shared.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change worth recording: what was done ({@code action}, e.g. {@code api-token.created}) to
 * what ({@code subjectType} and {@code subjectId}), in a sentence a person can read.
 */
public record AuditEntry(
        String action, String subjectType, @Nullable String subjectId, String summary, Map<String, ?> details) {

    public static AuditEntry of(String action, String subjectType, @Nullable Object subjectId, String summary) {
        return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), summary, Map.of());
    }

    public AuditEntry with(Map<String, ?> moreDetails) {
        return new AuditEntry(action, subjectType, subjectId, summary, moreDetails);
    }
}
