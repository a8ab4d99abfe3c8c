package org.peerchallengehub.shared.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit trail: who changed what and when. Written in the caller's transaction, so a change
 * and its record commit or roll back together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an entry on behalf of the signed-in user (or the system when nobody is). */
    public void record(AuditEntry entry) {
        record(CurrentUsers.current().orElse(null), entry);
    }

    public void record(@Nullable CurrentUser actor, AuditEntry entry) {
        jdbc.sql(
                        """
                        insert into audit_event (actor_id, actor_email, action, subject_type, subject_id, summary,
                                                 details, remote_address)
                        values (:actorId, :actorEmail, :action, :subjectType, :subjectId, :summary,
                                cast(:details as jsonb), :remoteAddress)
                        """)
                .param("actorId", actor == null ? null : actor.id())
                .param("actorEmail", actor == null ? null : actor.email())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("summary", entry.summary())
                .param("details", json.writeValueAsString(entry.details()))
                .param("remoteAddress", remoteAddress())
                .update();
    }

    public PageResult<AuditEvent> recent(PageRequest page) {
        long total =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        List<AuditEvent> events = jdbc.sql(
                        """
                        select id, occurred_at, actor_id, actor_email, action, subject_type, subject_id, summary,
                               details::text as details, remote_address
                        from audit_event order by occurred_at desc, id desc limit :limit offset :offset
                        """)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AuditEvent.class)
                .list();
        return new PageResult<>(events, page, total);
    }

    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return jdbc.sql(
                        """
                        select id, occurred_at, actor_id, actor_email, action, subject_type, subject_id, summary,
                               details::text as details, remote_address
                        from audit_event where subject_type = :type and subject_id = :id
                        order by occurred_at desc, id desc
                        """)
                .param("type", subjectType)
                .param("id", subjectId)
                .query(AuditEvent.class)
                .list();
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
