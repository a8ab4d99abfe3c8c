package org.peerchallengehub.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comparator groups saved by users: a name and councils chosen from the register. Only the owner sees,
 * uses, changes or deletes a group; every change is in the audit trail, in the same transaction.
 */
@Service
class CustomGroups {

    static final int MAX_NAME = 100;
    static final int MAX_MEMBERS = 400;

    /** A saved group. */
    record CustomGroup(long id, long ownerId, String name, List<CouncilRef> members, Instant updatedAt) {}

    /** What the form sends: a name and GSS codes. */
    record Command(String name, List<String> areas) {}

    /** The outcome of a save: the group, or the form's errors. */
    record Saved(Optional<CustomGroup> group, FormErrors errors) {}

    private final JdbcClient jdbc;
    private final CouncilRegister register;
    private final AuditTrail audit;

    CustomGroups(JdbcClient jdbc, CouncilRegister register, AuditTrail audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.audit = audit;
    }

    List<CustomGroup> owned(CurrentUser owner) {
        List<Long> ids = jdbc.sql("select id from comparator_group where owner_id = :owner order by lower(name), id")
                .param("owner", owner.id())
                .query(Long.class)
                .list();
        List<CustomGroup> groups = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(groups::add));
        return groups;
    }

    /** The group, when it exists and belongs to the user. */
    Optional<CustomGroup> owned(long id, CurrentUser owner) {
        return find(id).filter(g -> g.ownerId() == owner.id());
    }

    private Optional<CustomGroup> find(long id) {
        return jdbc.sql("select id, owner_id, name, updated_at from comparator_group where id = :id")
                .param("id", id)
                .query((rs, n) -> new CustomGroup(
                        rs.getLong("id"),
                        rs.getLong("owner_id"),
                        rs.getString("name"),
                        members(id),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private List<CouncilRef> members(long id) {
        return jdbc.sql(
                        """
                        select c.gss_code, c.official_name from comparator_group_member m
                        join councils_council_v c on c.gss_code = m.area where m.group_id = :id order by c.official_name
                        """)
                .param("id", id)
                .query((rs, n) -> new CouncilRef(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Transactional
    Saved create(CurrentUser owner, Command command) {
        Validated valid = validate(owner, command, null);
        if (valid.errors().any()) {
            return new Saved(Optional.empty(), valid.errors());
        }
        long id = jdbc.sql("insert into comparator_group (owner_id, name) values (:owner, :name) returning id")
                .param("owner", owner.id())
                .param("name", valid.name())
                .query(Long.class)
                .single();
        insertMembers(id, valid.areas());
        audit.record(
                owner,
                AuditEntry.of(
                                "comparator-group.created",
                                "comparator-group",
                                id,
                                "Created the comparator group \"" + valid.name() + "\" with "
                                        + valid.areas().size() + " councils")
                        .with(Map.of("name", valid.name(), "councils", List.copyOf(valid.areas()))));
        return new Saved(find(id), FormErrors.none());
    }

    @Transactional
    Saved update(CurrentUser owner, long id, Command command) {
        CustomGroup before = owned(id, owner).orElseThrow(() -> ComparatorGroupNotFound.custom(id));
        Validated valid = validate(owner, command, id);
        if (valid.errors().any()) {
            return new Saved(Optional.empty(), valid.errors());
        }
        jdbc.sql("update comparator_group set name = :name, updated_at = now() where id = :id")
                .param("name", valid.name())
                .param("id", id)
                .update();
        jdbc.sql("delete from comparator_group_member where group_id = :id")
                .param("id", id)
                .update();
        insertMembers(id, valid.areas());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("nameBefore", before.name());
        details.put("name", valid.name());
        details.put(
                "councilsBefore", before.members().stream().map(CouncilRef::gss).toList());
        details.put("councils", List.copyOf(valid.areas()));
        audit.record(
                owner,
                AuditEntry.of(
                                "comparator-group.changed",
                                "comparator-group",
                                id,
                                "Changed the comparator group \"" + valid.name() + "\" ("
                                        + valid.areas().size() + " councils)")
                        .with(details));
        return new Saved(find(id), FormErrors.none());
    }

    @Transactional
    void delete(CurrentUser owner, long id) {
        CustomGroup group = owned(id, owner).orElseThrow(() -> ComparatorGroupNotFound.custom(id));
        jdbc.sql("delete from comparator_group where id = :id").param("id", id).update();
        audit.record(
                owner,
                AuditEntry.of(
                                "comparator-group.deleted",
                                "comparator-group",
                                id,
                                "Deleted the comparator group \"" + group.name() + "\"")
                        .with(Map.of(
                                "name",
                                group.name(),
                                "councils",
                                group.members().stream().map(CouncilRef::gss).toList())));
    }

    private record Validated(String name, Set<String> areas, FormErrors errors) {}

    private Validated validate(CurrentUser owner, Command command, Long id) {
        List<FormError> errors = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(new FormError("name", "Enter a name for the group"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FormError("name", "Name must be " + MAX_NAME + " characters or fewer"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FormError("name", "Name must not contain control characters"));
        } else {
            boolean taken = jdbc.sql(
                                    "select count(*) from comparator_group where owner_id = :owner and name = :name and id <> :id")
                            .param("owner", owner.id())
                            .param("name", name)
                            .param("id", id == null ? -1L : id)
                            .query(Long.class)
                            .single()
                    > 0;
            if (taken) {
                errors.add(new FormError("name", "You already have a group called " + name));
            }
        }
        Set<String> areas = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : command.areas() == null ? List.<String>of() : command.areas()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Optional<Council> council = register.find(raw.strip());
            if (council.isPresent()) {
                areas.add(council.get().gss());
            } else {
                unknown.add(raw.length() > 20 ? raw.substring(0, 20) + "…" : raw.strip());
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new FormError("areas", "Not councils in the register: " + String.join(", ", unknown)));
        } else if (areas.isEmpty()) {
            errors.add(new FormError("areas", "Choose at least one council"));
        } else if (areas.size() > MAX_MEMBERS) {
            errors.add(new FormError("areas", "Choose " + MAX_MEMBERS + " councils or fewer"));
        }
        return new Validated(name, areas, FormErrors.of(errors));
    }

    private void insertMembers(long id, Set<String> areas) {
        jdbc.sql(
                        """
                        insert into comparator_group_member (group_id, area)
                        select :id, a from unnest(cast(:areas as varchar[])) as a
                        """)
                .param("id", id)
                .param("areas", areas.toArray(String[]::new))
                .update();
    }
}
