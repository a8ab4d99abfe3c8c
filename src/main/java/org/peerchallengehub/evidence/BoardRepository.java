package org.peerchallengehub.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The synthesis board's SQL: themes, their notes, and the grouping run of a challenge. */
@Repository
class BoardRepository {

    /** A component (by id) or a focus area (by id) of the challenge: where notes and themes sit. */
    record Section(@Nullable String componentId, @Nullable Long focusAreaId) {

        String key() {
            return componentId != null ? "component-" + componentId : "focus-" + focusAreaId;
        }
    }

    /** A live note as the board shows it. */
    record NoteRow(
            long id, NoteKind kind, NoteSource source, String text, @Nullable Long sessionId, String authorName) {}

    /** A note's code: the component or focus area it bears on. */
    record CodeRow(long noteId, Section section) {}

    record ThemeRow(
            long id,
            Section section,
            String name,
            boolean edited,
            int version,
            @Nullable Long representativeNoteId,
            Instant updatedAt,
            @Nullable String updatedByName) {}

    record MemberRow(long themeId, long noteId, boolean placedByHand) {}

    record RunRow(
            String state,
            int notesTotal,
            int notesDone,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String message) {}

    private final JdbcClient jdbc;

    BoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NoteRow> notes(long challengeId) {
        return jdbc.sql(
                        """
                        select id, kind, source, text, session_id, author_name from evidence_note
                        where challenge_id = :c and not deleted order by id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new NoteRow(
                        rs.getLong(1),
                        NoteKind.valueOf(rs.getString(2)),
                        NoteSource.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getString(6)))
                .list();
    }

    List<CodeRow> codes(long challengeId) {
        return jdbc.sql(
                        """
                        select c.note_id, c.component_id, c.focus_area_id from evidence_note_code c
                        join evidence_note n on n.id = c.note_id
                        where n.challenge_id = :c and not n.deleted order by c.note_id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new CodeRow(rs.getLong(1), new Section(rs.getString(2), rs.getObject(3, Long.class))))
                .list();
    }

    List<ThemeRow> themes(long challengeId) {
        return jdbc.sql(
                        """
                        select id, component_id, focus_area_id, coalesce(name, 'Untitled theme'), edited, version,
                               representative_note_id, updated_at, updated_by_name
                        from evidence_theme where challenge_id = :c order by id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new ThemeRow(
                        rs.getLong(1),
                        new Section(rs.getString(2), rs.getObject(3, Long.class)),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getInt(6),
                        rs.getObject(7, Long.class),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9)))
                .list();
    }

    Optional<ThemeRow> theme(long challengeId, long themeId) {
        return themes(challengeId).stream().filter(t -> t.id() == themeId).findFirst();
    }

    /** The notes of the challenge's themes (live notes only). */
    List<MemberRow> members(long challengeId) {
        return jdbc.sql(
                        """
                        select tn.theme_id, tn.note_id, tn.placed_by_hand from evidence_theme_note tn
                        join evidence_theme t on t.id = tn.theme_id
                        join evidence_note n on n.id = tn.note_id
                        where t.challenge_id = :c and not n.deleted order by tn.theme_id, tn.note_id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** Locks the challenge's themes for a change of the board (edits and the grouping wait for each other). */
    void lockThemes(long challengeId) {
        jdbc.sql("select id from evidence_theme where challenge_id = :c order by id for update")
                .param("c", challengeId)
                .query(Long.class)
                .list();
    }

    /** Takes notes out of themes they no longer belong in: deleted, or no longer coded to the theme's section. */
    int prune(long challengeId) {
        return jdbc.sql(
                        """
                        delete from evidence_theme_note tn using evidence_theme t
                        where tn.theme_id = t.id and t.challenge_id = :c
                          and not exists (
                            select 1 from evidence_note_code nc join evidence_note n on n.id = nc.note_id
                            where nc.note_id = tn.note_id and not n.deleted
                              and nc.component_id is not distinct from t.component_id
                              and nc.focus_area_id is not distinct from t.focus_area_id)
                        """)
                .param("c", challengeId)
                .update();
    }

    long insertTheme(
            long challengeId,
            Section section,
            String name,
            boolean edited,
            @Nullable Long representative,
            @Nullable String byName) {
        return jdbc.sql(
                        """
                        insert into evidence_theme (challenge_id, component_id, focus_area_id, name, edited,
                                                    representative_note_id, updated_by_name)
                        values (:c, :component, :focus, :name, :edited, :rep, :by) returning id
                        """)
                .param("c", challengeId)
                .param("component", section.componentId())
                .param("focus", section.focusAreaId())
                .param("name", name)
                .param("edited", edited)
                .param("rep", representative)
                .param("by", byName)
                .query(Long.class)
                .single();
    }

    /** Changes a theme if it still has the version the change was based on; false if it has not. */
    boolean updateTheme(
            long themeId,
            int version,
            String name,
            boolean edited,
            @Nullable Long representative,
            @Nullable String byName) {
        return jdbc.sql(
                                """
                                update evidence_theme set name = :name, edited = :edited, representative_note_id = :rep,
                                       updated_by_name = :by, updated_at = now(), version = version + 1
                                where id = :id and version = :version
                                """)
                        .param("id", themeId)
                        .param("version", version)
                        .param("name", name)
                        .param("edited", edited)
                        .param("rep", representative)
                        .param("by", byName)
                        .update()
                == 1;
    }

    void deleteThemes(Collection<Long> themeIds) {
        if (themeIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from evidence_theme where id = any(cast(:ids as bigint[]))")
                .param("ids", themeIds.toArray(Long[]::new))
                .update();
    }

    void addNotes(long themeId, Collection<Long> noteIds, boolean placedByHand) {
        if (noteIds.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into evidence_theme_note (theme_id, note_id, placed_by_hand)
                        select :t, unnest(cast(:ids as bigint[])), :hand
                        on conflict (theme_id, note_id) do update set placed_by_hand = excluded.placed_by_hand
                        """)
                .param("t", themeId)
                .param("ids", noteIds.toArray(Long[]::new))
                .param("hand", placedByHand)
                .update();
    }

    void removeNotes(long themeId, Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from evidence_theme_note where theme_id = :t and note_id = any(cast(:ids as bigint[]))")
                .param("t", themeId)
                .param("ids", noteIds.toArray(Long[]::new))
                .update();
    }

    void clearNotes(long themeId) {
        jdbc.sql("delete from evidence_theme_note where theme_id = :t")
                .param("t", themeId)
                .update();
    }

    /** The challenges that have live notes and no themes yet, oldest first (for the demo). */
    List<Long> challengesWithNotesAndNoThemes() {
        return jdbc.sql(
                        """
                        select distinct n.challenge_id from evidence_note n
                        where not n.deleted
                          and not exists (select 1 from evidence_theme t where t.challenge_id = n.challenge_id)
                        order by n.challenge_id
                        """)
                .query(Long.class)
                .list();
    }

    // ---- the grouping run -------------------------------------------------------------------------

    Optional<RunRow> run(long challengeId) {
        return jdbc.sql(
                        """
                        select state, notes_total, notes_done, started_at, finished_at, message
                        from evidence_grouping_run where challenge_id = :c
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new RunRow(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .optional();
    }

    /**
     * Starts a run for the challenge unless one is running (a run silent for ten minutes counts as
     * stopped: its node went away); false if one is.
     */
    boolean claimRun(long challengeId, int notesTotal) {
        return jdbc.sql(
                                """
                                insert into evidence_grouping_run (challenge_id, state, notes_total, notes_done, started_at)
                                values (:c, 'RUNNING', :total, 0, now())
                                on conflict (challenge_id) do update
                                  set state = 'RUNNING', notes_total = :total, notes_done = 0, started_at = now(),
                                      finished_at = null, message = null
                                  where evidence_grouping_run.state <> 'RUNNING'
                                     or evidence_grouping_run.started_at < now() - interval '10 minutes' -- GroupingRuns.SILENT
                                """)
                        .param("c", challengeId)
                        .param("total", notesTotal)
                        .update()
                == 1;
    }

    void progress(long challengeId, int notesDone) {
        jdbc.sql("update evidence_grouping_run set notes_done = least(:done, notes_total) where challenge_id = :c")
                .param("c", challengeId)
                .param("done", notesDone)
                .update();
    }

    void finishRun(long challengeId, boolean done, @Nullable String message) {
        jdbc.sql(
                        """
                        update evidence_grouping_run set state = :state, finished_at = now(), message = :m,
                               notes_done = case when :state = 'DONE' then notes_total else notes_done end
                        where challenge_id = :c
                        """)
                .param("c", challengeId)
                .param("state", done ? "DONE" : "FAILED")
                .param("m", message)
                .update();
    }
}
