package org.peerchallengehub.peers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeerRepository {

    private static final String COLUMNS =
            "p.id, p.full_name, p.kind, p.job_title, p.organisation, p.organisation_gss, p.political_group, p.email,"
                    + " p.active, p.historic, p.notes, p.version";

    private final JdbcClient jdbc;

    PeerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Peer> find(long id) {
        return withRelations(jdbc.sql("select " + COLUMNS + " from peer p where p.id = :id")
                        .param("id", id)
                        .query(PeerRepository::bare)
                        .list())
                .stream()
                .findFirst();
    }

    List<Peer> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRelations(jdbc.sql("select " + COLUMNS + " from peer p where p.id in (:ids) order by p.full_name")
                .param("ids", ids)
                .query(PeerRepository::bare)
                .list());
    }

    List<Peer> search(PeerQuery query, @Nullable PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select " + COLUMNS + " from peer p" + where(query, params) + " order by lower(p.full_name), p.id";
        if (page != null) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.size());
            params.put("offset", page.offset());
        }
        return withRelations(
                jdbc.sql(sql).params(params).query(PeerRepository::bare).list());
    }

    long count(PeerQuery query) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from peer p" + where(query, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    Optional<Long> idByEmail(String email) {
        return jdbc.sql("select id from peer where email = :email")
                .param("email", email.trim().toLowerCase())
                .query(Long.class)
                .optional();
    }

    List<Long> idsByNameAndOrganisation(String name, @Nullable String organisation) {
        return jdbc.sql(
                        """
                        select id from peer where lower(full_name) = lower(:name)
                        and (cast(:org as text) is null or lower(coalesce(organisation, '')) = lower(:org))
                        order by historic, id
                        """)
                .param("name", name.trim())
                .param("org", organisation == null ? null : organisation.trim())
                .query(Long.class)
                .list();
    }

    long insert(PeerDraft draft, boolean historic) {
        long id = jdbc.sql(
                        """
                        insert into peer (full_name, kind, job_title, organisation, organisation_gss, political_group,
                                          email, active, historic, notes)
                        values (:name, :kind, :jobTitle, :organisation, :gss, :group, :email, :active, :historic, :notes)
                        returning id
                        """)
                .params(fields(draft))
                .param("historic", historic)
                .query(Long.class)
                .single();
        replaceExpertise(id, draft.expertise());
        return id;
    }

    /** Updates the peer if it is still at {@code version}; false when someone else changed it first. */
    boolean update(long id, int version, PeerDraft draft) {
        int changed = jdbc.sql(
                        """
                        update peer set full_name = :name, kind = :kind, job_title = :jobTitle,
                          organisation = :organisation, organisation_gss = :gss, political_group = :group,
                          email = :email, active = :active, notes = :notes, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .params(fields(draft))
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 1) {
            replaceExpertise(id, draft.expertise());
        }
        return changed == 1;
    }

    /** The account linked to a pool entry: its id, when and by whom. */
    record AccountLink(long accountId, java.time.Instant linkedAt, String linkedBy) {}

    Optional<AccountLink> accountLink(long peerId) {
        return jdbc.sql(
                        "select account_id, account_linked_at, account_linked_by from peer where id = :id and account_id is not null")
                .param("id", peerId)
                .query((rs, i) ->
                        new AccountLink(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    Optional<Long> idByAccount(long accountId) {
        return jdbc.sql("select id from peer where account_id = :account")
                .param("account", accountId)
                .query(Long.class)
                .optional();
    }

    void link(long peerId, long accountId, String byName) {
        jdbc.sql(
                        """
                        update peer set account_id = :account, account_linked_at = now(), account_linked_by = :by,
                          version = version + 1, updated_at = now()
                        where id = :id
                        """)
                .param("id", peerId)
                .param("account", accountId)
                .param("by", byName)
                .update();
    }

    boolean unlink(long peerId) {
        return jdbc.sql(
                                """
                                update peer set account_id = null, account_linked_at = null, account_linked_by = null,
                                  version = version + 1, updated_at = now()
                                where id = :id and account_id is not null
                                """)
                        .param("id", peerId)
                        .update()
                == 1;
    }

    void setExpertise(long peerId, List<String> tags) {
        replaceExpertise(peerId, tags);
        touch(peerId);
    }

    void touch(long id) {
        jdbc.sql("update peer set version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    private void replaceExpertise(long id, List<String> tags) {
        jdbc.sql("delete from peer_expertise where peer_id = :id")
                .param("id", id)
                .update();
        for (String tag : tags) {
            jdbc.sql("insert into peer_expertise (peer_id, tag) values (:id, :tag) on conflict do nothing")
                    .param("id", id)
                    .param("tag", tag)
                    .update();
        }
    }

    void addAccreditation(
            long peerId, AccreditationKind kind, String title, LocalDate achieved, @Nullable LocalDate expires) {
        jdbc.sql(
                        """
                        insert into peer_accreditation (peer_id, kind, title, achieved_on, expires_on)
                        values (:peer, :kind, :title, :achieved, :expires)
                        """)
                .param("peer", peerId)
                .param("kind", kind.name())
                .param("title", title)
                .param("achieved", achieved)
                .param("expires", expires)
                .update();
    }

    boolean removeAccreditation(long peerId, long id) {
        return jdbc.sql("delete from peer_accreditation where peer_id = :peer and id = :id")
                        .param("peer", peerId)
                        .param("id", id)
                        .update()
                == 1;
    }

    void addUnavailability(long peerId, LocalDate from, LocalDate to, @Nullable String reason) {
        jdbc.sql(
                        "insert into peer_unavailability (peer_id, from_date, to_date, reason) values (:peer, :from, :to, :reason)")
                .param("peer", peerId)
                .param("from", from)
                .param("to", to)
                .param("reason", reason)
                .update();
    }

    boolean removeUnavailability(long peerId, long id) {
        return jdbc.sql("delete from peer_unavailability where peer_id = :peer and id = :id")
                        .param("peer", peerId)
                        .param("id", id)
                        .update()
                == 1;
    }

    void addInterest(long peerId, String councilGss, String description) {
        jdbc.sql(
                        """
                        insert into peer_interest (peer_id, council_gss, description) values (:peer, :gss, :description)
                        on conflict (peer_id, council_gss) do update set description = excluded.description
                        """)
                .param("peer", peerId)
                .param("gss", councilGss)
                .param("description", description)
                .update();
    }

    boolean removeInterest(long peerId, String councilGss) {
        return jdbc.sql("delete from peer_interest where peer_id = :peer and council_gss = :gss")
                        .param("peer", peerId)
                        .param("gss", councilGss)
                        .update()
                == 1;
    }

    void clearRelations(long peerId) {
        for (String table : List.of("peer_accreditation", "peer_unavailability", "peer_interest")) {
            jdbc.sql("delete from " + table + " where peer_id = :peer")
                    .param("peer", peerId)
                    .update();
        }
    }

    List<ExpertiseTag> tags() {
        return jdbc.sql("select id, label from expertise_tag order by label")
                .query(ExpertiseTag.class)
                .list();
    }

    private static Map<String, Object> fields(PeerDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", d.fullName().strip());
        params.put("kind", d.kind().name());
        params.put("jobTitle", blankToNull(d.jobTitle()));
        params.put("organisation", blankToNull(d.organisation()));
        params.put("gss", blankToNull(d.organisationGss()));
        params.put(
                "group", d.politicalGroup() == null ? null : d.politicalGroup().name());
        params.put(
                "email",
                d.email() == null || d.email().isBlank()
                        ? null
                        : d.email().trim().toLowerCase());
        params.put("active", d.active());
        params.put("notes", blankToNull(d.notes()));
        return params;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String where(PeerQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.name() != null) {
            conditions.add("(p.full_name ilike :name or p.organisation ilike :name or p.job_title ilike :name)");
            params.put(
                    "name",
                    "%" + query.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.expertise() != null) {
            conditions.add("exists (select 1 from peer_expertise e where e.peer_id = p.id and e.tag = :tag)");
            params.put("tag", query.expertise());
        }
        if (!query.includeInactive()) {
            conditions.add("p.active");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Loads the relations of many peers in four queries, whatever their number. */
    private List<Peer> withRelations(List<Peer> peers) {
        if (peers.isEmpty()) {
            return peers;
        }
        List<Long> ids = peers.stream().map(Peer::id).toList();
        Map<Long, List<String>> expertise = new HashMap<>();
        jdbc.sql("select peer_id, tag from peer_expertise where peer_id in (:ids) order by tag")
                .param("ids", ids)
                .query(rs -> {
                    expertise
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<Long, List<Accreditation>> accreditations = new HashMap<>();
        jdbc.sql(
                        """
                        select id, peer_id, kind, title, achieved_on, expires_on from peer_accreditation
                        where peer_id in (:ids) order by achieved_on desc
                        """)
                .param("ids", ids)
                .query(rs -> {
                    accreditations
                            .computeIfAbsent(rs.getLong("peer_id"), k -> new ArrayList<>())
                            .add(new Accreditation(
                                    rs.getLong("id"),
                                    AccreditationKind.valueOf(rs.getString("kind")),
                                    rs.getString("title"),
                                    rs.getObject("achieved_on", LocalDate.class),
                                    rs.getObject("expires_on", LocalDate.class)));
                });
        Map<Long, List<Unavailability>> unavailability = new HashMap<>();
        jdbc.sql(
                        """
                        select id, peer_id, from_date, to_date, reason from peer_unavailability
                        where peer_id in (:ids) order by from_date
                        """)
                .param("ids", ids)
                .query(rs -> {
                    unavailability
                            .computeIfAbsent(rs.getLong("peer_id"), k -> new ArrayList<>())
                            .add(new Unavailability(
                                    rs.getLong("id"),
                                    rs.getObject("from_date", LocalDate.class),
                                    rs.getObject("to_date", LocalDate.class),
                                    rs.getString("reason")));
                });
        Map<Long, List<DeclaredInterest>> interests = new HashMap<>();
        jdbc.sql(
                        """
                        select i.peer_id, i.council_gss, c.official_name, i.description from peer_interest i
                        join councils_council_v c on c.gss_code = i.council_gss where i.peer_id in (:ids) order by c.official_name
                        """)
                .param("ids", ids)
                .query(rs -> {
                    interests
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DeclaredInterest(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return peers.stream()
                .map(p -> new Peer(
                        p.id(),
                        p.fullName(),
                        p.kind(),
                        p.jobTitle(),
                        p.organisation(),
                        p.organisationGss(),
                        p.politicalGroup(),
                        p.email(),
                        p.active(),
                        p.historic(),
                        p.notes(),
                        p.version(),
                        List.copyOf(expertise.getOrDefault(p.id(), List.of())),
                        List.copyOf(accreditations.getOrDefault(p.id(), List.of())),
                        List.copyOf(unavailability.getOrDefault(p.id(), List.of())),
                        List.copyOf(interests.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    private static Peer bare(ResultSet rs, int n) throws SQLException {
        String group = rs.getString("political_group");
        return new Peer(
                rs.getLong("id"),
                rs.getString("full_name"),
                PeerKind.valueOf(rs.getString("kind")),
                rs.getString("job_title"),
                rs.getString("organisation"),
                rs.getString("organisation_gss"),
                group == null ? null : PoliticalGroup.valueOf(group),
                rs.getString("email"),
                rs.getBoolean("active"),
                rs.getBoolean("historic"),
                rs.getString("notes"),
                rs.getInt("version"),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
