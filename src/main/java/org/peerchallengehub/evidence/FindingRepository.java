package org.peerchallengehub.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;
import org.peerchallengehub.frameworks.FindingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of findings, their links to notes, key recommendations and sign-offs. */
@Repository
class FindingRepository {

    /** A theme of the synthesis board, as a finding is drafted from it. */
    record ThemeDraft(long id, @Nullable String componentId, @Nullable Long focusAreaId, @Nullable String name) {}

    private static final String COLUMNS =
            """
            f.id, f.challenge_id, f.component_id, f.focus_area_id, f.kind, f.text, f.theme_id, f.key_position,
            f.agreed, f.agreed_by_name, f.agreed_at, f.created_by_name, f.created_at, f.updated_by_name,
            f.updated_at, f.version
            """;

    /** Namespace of this module's advisory locks on a challenge's findings. */
    private static final int LOCK_NAMESPACE = 16_003;

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one challenge's findings and sign-offs until the transaction ends. */
    void lock(long challengeId) {
        jdbc.sql("select pg_advisory_xact_lock(:ns, :id)")
                .param("ns", LOCK_NAMESPACE)
                .param("id", (int) (challengeId % Integer.MAX_VALUE))
                .query((rs, n) -> 1)
                .list();
    }

    List<Finding> list(long challengeId) {
        Map<Long, List<Long>> links = links(challengeId);
        return jdbc.sql("select " + COLUMNS
                        + " from evidence_finding f where f.challenge_id = :c and not f.deleted order by f.id")
                .param("c", challengeId)
                .query((rs, n) -> finding(rs, links.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<Finding> find(long challengeId, long findingId) {
        return jdbc.sql("select " + COLUMNS
                        + " from evidence_finding f where f.id = :f and f.challenge_id = :c and not f.deleted")
                .param("c", challengeId)
                .param("f", findingId)
                .query((rs, n) -> finding(rs, List.of()))
                .optional()
                .map(f -> f.withNotes(noteIdsOf(findingId)));
    }

    /** The finding even when deleted, for telling a late editor what happened to it. */
    Optional<Finding> findAny(long challengeId, long findingId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_finding f where f.id = :f and f.challenge_id = :c")
                .param("c", challengeId)
                .param("f", findingId)
                .query((rs, n) -> finding(rs, List.of()))
                .optional();
    }

    boolean deleted(long challengeId, long findingId) {
        return jdbc.sql("select deleted from evidence_finding where id = :f and challenge_id = :c")
                .param("c", challengeId)
                .param("f", findingId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static Finding finding(ResultSet rs, List<Long> notes) throws SQLException {
        Object focus = rs.getObject("focus_area_id");
        Object theme = rs.getObject("theme_id");
        Object key = rs.getObject("key_position");
        return new Finding(
                rs.getLong("id"),
                rs.getLong("challenge_id"),
                rs.getString("component_id"),
                focus == null ? null : ((Number) focus).longValue(),
                FindingKind.valueOf(rs.getString("kind")),
                rs.getString("text"),
                theme == null ? null : ((Number) theme).longValue(),
                key == null ? null : ((Number) key).intValue(),
                rs.getBoolean("agreed"),
                rs.getString("agreed_by_name"),
                rs.getObject("agreed_at", OffsetDateTime.class),
                rs.getString("created_by_name"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by_name"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"),
                List.copyOf(notes));
    }

    private Map<Long, List<Long>> links(long challengeId) {
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql(
                        """
                        select l.finding_id, l.note_id
                        from evidence_finding_note l
                        join evidence_finding f on f.id = l.finding_id
                        join evidence_note n on n.id = l.note_id
                        where f.challenge_id = :c and not f.deleted and not n.deleted
                        order by l.finding_id, l.note_id
                        """)
                .param("c", challengeId)
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return links;
    }

    List<Long> noteIdsOf(long findingId) {
        return jdbc.sql(
                        """
                        select l.note_id from evidence_finding_note l join evidence_note n on n.id = l.note_id
                        where l.finding_id = :f and not n.deleted order by l.note_id
                        """)
                .param("f", findingId)
                .query(Long.class)
                .list();
    }

    long insert(
            long challengeId,
            FindingPlace place,
            FindingKind kind,
            String text,
            @Nullable Long themeId,
            String byName) {
        return jdbc.sql(
                        """
                        insert into evidence_finding (challenge_id, component_id, focus_area_id, kind, text, theme_id,
                                                      created_by_name, updated_by_name)
                        values (:c, :component, :focus, :kind, :text, :theme, :by, :by)
                        returning id
                        """)
                .param("c", challengeId)
                .param("component", place.componentId())
                .param("focus", place.focusAreaId())
                .param("kind", kind.name())
                .param("text", text)
                .param("theme", themeId)
                .param("by", byName)
                .query(Long.class)
                .single();
    }

    /**
     * Changes a finding if nobody else changed it since {@code version}; false when someone did (or
     * it is gone). A change of place, kind or text clears its agreement: the team agreed a wording.
     */
    boolean update(
            long challengeId,
            long findingId,
            int version,
            FindingPlace place,
            FindingKind kind,
            String text,
            boolean keepAgreement,
            String byName) {
        return jdbc.sql(
                                """
                        update evidence_finding
                        set component_id = :component, focus_area_id = :focus, kind = :kind, text = :text,
                            key_position = case when :kind = 'RECOMMENDATION' then key_position end,
                            agreed = agreed and :keep,
                            agreed_by_name = case when :keep then agreed_by_name end,
                            agreed_at = case when :keep then agreed_at end,
                            updated_by_name = :by, updated_at = now(), version = version + 1
                        where id = :f and challenge_id = :c and version = :v and not deleted
                        """)
                        .param("c", challengeId)
                        .param("f", findingId)
                        .param("v", version)
                        .param("component", place.componentId())
                        .param("focus", place.focusAreaId())
                        .param("kind", kind.name())
                        .param("text", text)
                        .param("keep", keepAgreement)
                        .param("by", byName)
                        .update()
                == 1;
    }

    void replaceLinks(long findingId, Collection<Long> noteIds) {
        jdbc.sql("delete from evidence_finding_note where finding_id = :f")
                .param("f", findingId)
                .update();
        if (!noteIds.isEmpty()) {
            jdbc.sql(
                            """
                            insert into evidence_finding_note (finding_id, note_id)
                            select :f, unnest(cast(:notes as bigint[])) on conflict do nothing
                            """)
                    .param("f", findingId)
                    .param("notes", noteIds.toArray(Long[]::new))
                    .update();
        }
    }

    boolean softDelete(long challengeId, long findingId, @Nullable Integer version, String byName) {
        return jdbc.sql(
                                """
                        update evidence_finding
                        set deleted = true, key_position = null, updated_by_name = :by, updated_at = now(),
                            version = version + 1
                        where id = :f and challenge_id = :c and not deleted
                          and (cast(:v as integer) is null or version = cast(:v as integer))
                        """)
                        .param("c", challengeId)
                        .param("f", findingId)
                        .param("v", version)
                        .param("by", byName)
                        .update()
                == 1;
    }

    void agree(long findingId, boolean agreed, String byName) {
        jdbc.sql(
                        """
                        update evidence_finding
                        set agreed = :agreed,
                            agreed_by_name = case when :agreed then :by end,
                            agreed_at = case when :agreed then now() end
                        where id = :f
                        """)
                .param("f", findingId)
                .param("agreed", agreed)
                .param("by", byName)
                .update();
    }

    /** Writes the key recommendations in this order (1, 2, ...); every other finding has none. */
    void keyOrder(long challengeId, List<Long> ordered) {
        jdbc.sql("update evidence_finding set key_position = null where challenge_id = :c and key_position is not null")
                .param("c", challengeId)
                .update();
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("update evidence_finding set key_position = :p where id = :f and challenge_id = :c")
                    .param("p", i + 1)
                    .param("f", ordered.get(i))
                    .param("c", challengeId)
                    .update();
        }
    }

    /** The challenge's notes (not deleted) with what they bear on, by id. */
    Map<Long, FindingNote> notes(long challengeId) {
        Map<Long, List<String>> components = new HashMap<>();
        Map<Long, List<Long>> focus = new HashMap<>();
        jdbc.sql(
                        """
                        select k.note_id, k.component_id, k.focus_area_id
                        from evidence_note_code k join evidence_note n on n.id = k.note_id
                        where n.challenge_id = :c and not n.deleted
                        """)
                .param("c", challengeId)
                .query(rs -> {
                    long note = rs.getLong(1);
                    String component = rs.getString(2);
                    Object area = rs.getObject(3);
                    if (component != null) {
                        components.computeIfAbsent(note, k -> new ArrayList<>()).add(component);
                    }
                    if (area != null) {
                        focus.computeIfAbsent(note, k -> new ArrayList<>()).add(((Number) area).longValue());
                    }
                });
        Map<Long, FindingNote> notes = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select id, kind, source, session_id, document_id, document_page, metric_id, text,
                               author_user_id, created_at
                        from evidence_note where challenge_id = :c and not deleted order by created_at, id
                        """)
                .param("c", challengeId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    Object session = rs.getObject("session_id");
                    Object document = rs.getObject("document_id");
                    Object page = rs.getObject("document_page");
                    notes.put(
                            id,
                            new FindingNote(
                                    id,
                                    NoteKind.valueOf(rs.getString("kind")),
                                    NoteSource.valueOf(rs.getString("source")),
                                    session == null ? null : ((Number) session).longValue(),
                                    document == null ? null : ((Number) document).longValue(),
                                    page == null ? null : ((Number) page).intValue(),
                                    rs.getString("metric_id"),
                                    rs.getString("text"),
                                    rs.getLong("author_user_id"),
                                    rs.getObject("created_at", OffsetDateTime.class),
                                    List.copyOf(components.getOrDefault(id, List.of())),
                                    List.copyOf(focus.getOrDefault(id, List.of()))));
                });
        return notes;
    }

    /** Of these note ids, the ones that are live notes of the challenge. */
    List<Long> notesOfChallenge(long challengeId, Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select id from evidence_note
                        where challenge_id = :c and not deleted and id = any(cast(:ids as bigint[]))
                        order by id
                        """)
                .param("c", challengeId)
                .param("ids", noteIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    Optional<ThemeDraft> theme(long challengeId, long themeId) {
        return jdbc.sql(
                        """
                        select id, component_id, focus_area_id, name from evidence_theme
                        where id = :t and challenge_id = :c
                        """)
                .param("c", challengeId)
                .param("t", themeId)
                .query((rs, n) -> {
                    Object focus = rs.getObject(3);
                    return new ThemeDraft(
                            rs.getLong(1),
                            rs.getString(2),
                            focus == null ? null : ((Number) focus).longValue(),
                            rs.getString(4));
                })
                .optional();
    }

    /** The theme's live notes, the ones placed by hand first, then in the order they were written. */
    List<Long> themeNotes(long themeId) {
        return jdbc.sql(
                        """
                        select t.note_id from evidence_theme_note t join evidence_note n on n.id = t.note_id
                        where t.theme_id = :t and not n.deleted order by n.created_at, n.id
                        """)
                .param("t", themeId)
                .query(Long.class)
                .list();
    }

    // --- sign-off

    /** Every sign-off of the challenge, current and withdrawn, newest first. */
    List<SignOff> signOffs(long challengeId) {
        return jdbc.sql(
                        """
                        select id, seat, user_id, user_name, signed_at, withdrawn_at, withdrawn_reason
                        from evidence_signoff where challenge_id = :c order by signed_at desc, id desc
                        """)
                .param("c", challengeId)
                .query((rs, n) -> new SignOff(
                        rs.getLong(1),
                        SeatRole.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7)))
                .list();
    }

    void signOff(long challengeId, SeatRole seat, long userId, String userName) {
        jdbc.sql(
                        """
                        insert into evidence_signoff (challenge_id, seat, user_id, user_name)
                        values (:c, :seat, :u, :name)
                        """)
                .param("c", challengeId)
                .param("seat", seat.name())
                .param("u", userId)
                .param("name", userName)
                .update();
    }

    /** Withdraws the current sign-offs, saying why; how many there were. */
    int withdrawSignOffs(long challengeId, String reason) {
        return jdbc.sql(
                        """
                        update evidence_signoff set withdrawn_at = clock_timestamp(), withdrawn_reason = :r
                        where challenge_id = :c and withdrawn_at is null
                        """)
                .param("c", challengeId)
                .param("r", reason)
                .update();
    }

    // --- for the demonstration programme

    /** A theme of the board with how many live notes it holds. */
    record ThemeSize(long id, @Nullable String name, int notes) {}

    /** The challenges that have notes, oldest first. */
    List<Long> challengesWithNotes() {
        return jdbc.sql("select distinct challenge_id from evidence_note where not deleted order by challenge_id")
                .query(Long.class)
                .list();
    }

    /** The challenge's themes, the largest first. */
    List<ThemeSize> themesBySize(long challengeId) {
        return jdbc.sql(
                        """
                        select t.id, t.name, count(n.id) as notes
                        from evidence_theme t
                        join evidence_theme_note tn on tn.theme_id = t.id
                        join evidence_note n on n.id = tn.note_id and not n.deleted
                        where t.challenge_id = :c
                        group by t.id, t.name
                        order by count(n.id) desc, t.id
                        """)
                .param("c", challengeId)
                .query((rs, n) -> new ThemeSize(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }
}
