package org.peerchallengehub.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.reporting.FinalReportRecommendations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action plans' tables (action_plan*). */
@Repository
class PlanRepository {

    /** An entry of an earlier plan, for repeats. */
    record EarlierEntry(
            long entryId, long challengeId, String councilGss, @Nullable Integer year, boolean key, String text) {}

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of the plans of these councils, but not of this challenge, oldest plan first. */
    List<EarlierEntry> entriesOf(Collection<String> councils, long exceptChallengeId) {
        if (councils.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select e.id, p.challenge_id, p.council_gss, extract(year from p.report_final_on)::int,
                          e.ref like 'key:%', e.text
                        from action_plan_entry e join action_plan p on p.id = e.plan_id
                        where p.council_gss in (:councils) and p.challenge_id <> :except
                        order by p.report_final_on, e.position
                        """)
                .param("councils", List.copyOf(councils))
                .param("except", exceptChallengeId)
                .query((rs, n) -> new EarlierEntry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Integer.class),
                        rs.getBoolean(5),
                        rs.getString(6)))
                .list();
    }

    // --- plans

    long create(
            long challengeId,
            String councilGss,
            FinalReportRecommendations.FinalReport report,
            @Nullable LocalDate due) {
        long id = jdbc.sql(
                        """
                        insert into action_plan (challenge_id, council_gss, report_id, report_final_on, publication_due)
                        values (:challenge, :council, :report, :final, :due) returning id
                        """)
                .param("challenge", challengeId)
                .param("council", councilGss)
                .param("report", report.reportId())
                .param("final", report.finalisedOn())
                .param("due", due)
                .query(Long.class)
                .single();
        for (FinalReportRecommendations.Recommendation r : report.recommendations()) {
            jdbc.sql(
                            """
                            insert into action_plan_entry (plan_id, ref, position, section_heading, text)
                            values (:plan, :ref, :position, :heading, :text)
                            """)
                    .param("plan", id)
                    .param("ref", r.ref())
                    .param("position", r.position())
                    .param("heading", r.sectionHeading())
                    .param("text", r.text())
                    .update();
        }
        return id;
    }

    Optional<Long> planOf(long challengeId) {
        return jdbc.sql("select id from action_plan where challenge_id = :c")
                .param("c", challengeId)
                .query(Long.class)
                .optional();
    }

    /** Locks the plan's row for the rest of the transaction (every change to a plan goes through it). */
    void lock(long planId) {
        jdbc.sql("select id from action_plan where id = :id for update")
                .param("id", planId)
                .query(Long.class)
                .single();
    }

    void touch(long planId) {
        jdbc.sql("update action_plan set updated_at = now(), lock_version = lock_version + 1 where id = :id")
                .param("id", planId)
                .update();
    }

    Optional<PlanView> find(long challengeId) {
        return planOf(challengeId).map(this::load);
    }

    Optional<PlanView> findBySlug(String slug) {
        return jdbc.sql("select id from action_plan where slug = :slug and state = 'PUBLISHED'")
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .map(this::load);
    }

    PlanView load(long planId) {
        Map<Long, List<PlanView.Progress>> progress = new HashMap<>();
        jdbc.sql(
                        """
                        select g.action_id, g.id, g.noted_on, g.text, g.created_by from action_plan_progress g
                        join action_plan_action a on a.id = g.action_id join action_plan_entry e on e.id = a.entry_id
                        where e.plan_id = :plan order by g.noted_on, g.id
                        """)
                .param("plan", planId)
                .query((rs, n) -> {
                    progress.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlanView.Progress(
                                    rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)));
                    return null;
                })
                .list();
        Map<Long, List<PlanView.Evidence>> evidence = new HashMap<>();
        jdbc.sql(
                        """
                        select v.action_id, v.id, v.url, v.label from action_plan_evidence v
                        join action_plan_action a on a.id = v.action_id join action_plan_entry e on e.id = a.entry_id
                        where e.plan_id = :plan order by v.id
                        """)
                .param("plan", planId)
                .query((rs, n) -> {
                    evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlanView.Evidence(rs.getLong(2), rs.getString(3), rs.getString(4)));
                    return null;
                })
                .list();
        Map<Long, List<PlanView.Action>> actions = new HashMap<>();
        jdbc.sql(
                        """
                        select a.id, a.entry_id, a.description, a.owner_post, a.due_on, a.status, a.lock_version
                        from action_plan_action a join action_plan_entry e on e.id = a.entry_id
                        where e.plan_id = :plan order by a.due_on, a.id
                        """)
                .param("plan", planId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    actions.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new PlanView.Action(
                                    id,
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getObject(5, LocalDate.class),
                                    ActionStatus.valueOf(rs.getString(6)),
                                    rs.getInt(7),
                                    progress.getOrDefault(id, List.of()),
                                    evidence.getOrDefault(id, List.of())));
                    return null;
                })
                .list();
        List<PlanView.Entry> entries = jdbc.sql(
                        """
                        select id, ref, position, section_heading, text, response, response_reason
                        from action_plan_entry where plan_id = :plan order by position
                        """)
                .param("plan", planId)
                .query((rs, n) -> new PlanView.Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        n + 1,
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6) == null ? null : Response.valueOf(rs.getString(6)),
                        rs.getString(7),
                        actions.getOrDefault(rs.getLong(1), List.of())))
                .list();
        List<PlanView.Comment> comments = jdbc.sql(
                        """
                        select id, entry_id, text, author_name, author_role, created_at from action_plan_comment
                        where plan_id = :plan order by created_at, id
                        """)
                .param("plan", planId)
                .query((rs, n) -> new PlanView.Comment(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, java.time.OffsetDateTime.class)))
                .list();
        List<PlanView.Version> versions = jdbc.sql(
                        """
                        select number, submitted_by, submitted_at, published_on from action_plan_version
                        where plan_id = :plan order by number desc
                        """)
                .param("plan", planId)
                .query((rs, n) -> new PlanView.Version(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
        return jdbc.sql(
                        """
                        select id, challenge_id, council_gss, report_id, report_final_on, publication_due, state,
                          next_version, published_version, slug, lock_version
                        from action_plan where id = :plan
                        """)
                .param("plan", planId)
                .query((rs, n) -> new PlanView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getObject(9, Integer.class),
                        rs.getString(10),
                        rs.getInt(11),
                        entries,
                        comments,
                        versions))
                .single();
    }

    // --- changes (the caller has locked the plan)

    void respond(long entryId, Response response, @Nullable String reason, String by) {
        jdbc.sql(
                        """
                        update action_plan_entry set response = :response, response_reason = :reason,
                          responded_by = :by, responded_at = now() where id = :id
                        """)
                .param("response", response.name())
                .param("reason", reason)
                .param("by", by)
                .param("id", entryId)
                .update();
    }

    long addAction(long entryId, String description, String ownerPost, LocalDate dueOn) {
        return jdbc.sql(
                        """
                        insert into action_plan_action (entry_id, description, owner_post, due_on)
                        values (:entry, :description, :owner, :due) returning id
                        """)
                .param("entry", entryId)
                .param("description", description)
                .param("owner", ownerPost)
                .param("due", dueOn)
                .query(Long.class)
                .single();
    }

    void updateAction(long actionId, String description, String ownerPost, LocalDate dueOn, ActionStatus status) {
        jdbc.sql(
                        """
                        update action_plan_action set description = :description, owner_post = :owner, due_on = :due,
                          status = :status, updated_at = now(), lock_version = lock_version + 1 where id = :id
                        """)
                .param("description", description)
                .param("owner", ownerPost)
                .param("due", dueOn)
                .param("status", status.name())
                .param("id", actionId)
                .update();
    }

    void addProgress(long actionId, LocalDate notedOn, String text, String by) {
        jdbc.sql(
                        """
                        insert into action_plan_progress (action_id, noted_on, text, created_by)
                        values (:action, :on, :text, :by)
                        """)
                .param("action", actionId)
                .param("on", notedOn)
                .param("text", text)
                .param("by", by)
                .update();
    }

    void addEvidence(long actionId, String url, String label, String by) {
        jdbc.sql(
                        """
                        insert into action_plan_evidence (action_id, url, label, created_by)
                        values (:action, :url, :label, :by)
                        """)
                .param("action", actionId)
                .param("url", url)
                .param("label", label)
                .param("by", by)
                .update();
    }

    void addComment(long planId, @Nullable Long entryId, String text, String name, String role) {
        jdbc.sql(
                        """
                        insert into action_plan_comment (plan_id, entry_id, text, author_name, author_role)
                        values (:plan, :entry, :text, :name, :role)
                        """)
                .param("plan", planId)
                .param("entry", entryId)
                .param("text", text)
                .param("name", name)
                .param("role", role)
                .update();
    }

    /** Freezes the working copy as the next version and publishes it at the plan's address. */
    int publishVersion(long planId, String documentJson, String by, LocalDate on, String slug) {
        int number = jdbc.sql("select next_version from action_plan where id = :id")
                .param("id", planId)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        """
                        insert into action_plan_version (plan_id, number, document, submitted_by, published_on)
                        values (:plan, :number, cast(:document as jsonb), :by, :on)
                        """)
                .param("plan", planId)
                .param("number", number)
                .param("document", documentJson)
                .param("by", by)
                .param("on", on)
                .update();
        jdbc.sql(
                        """
                        update action_plan set state = 'PUBLISHED', published_version = :number,
                          next_version = :number + 1, slug = coalesce(slug, :slug), updated_at = now(),
                          lock_version = lock_version + 1 where id = :id
                        """)
                .param("number", number)
                .param("slug", slug)
                .param("id", planId)
                .update();
        return number;
    }

    Optional<String> versionDocument(long planId, int number) {
        return jdbc.sql("select document::text from action_plan_version where plan_id = :plan and number = :n")
                .param("plan", planId)
                .param("n", number)
                .query(String.class)
                .optional();
    }
}
