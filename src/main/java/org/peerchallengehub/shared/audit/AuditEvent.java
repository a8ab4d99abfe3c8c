package org.peerchallengehub.shared.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded audit entry as read back from the trail. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        @Nullable Long actorId,
        @Nullable String actorEmail,
        String action,
        String subjectType,
        @Nullable String subjectId,
        String summary,
        String details,
        @Nullable String remoteAddress) {}
