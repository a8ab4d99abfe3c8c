package org.peerchallengehub.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRef;

/**
 * The councils one council is compared with.
 *
 * @param members the other councils of the group (never the council itself); for nearest neighbours in
 *     order of distance, otherwise by name
 * @param note why the group is empty or smaller than expected, or null
 */
public record ComparatorGroup(
        GroupChoice choice, String label, CouncilRef council, List<Member> members, @Nullable String note) {

    public ComparatorGroup(GroupChoice choice, String label, CouncilRef council, List<Member> members) {
        this(choice, label, council, members, null);
    }

    public ComparatorGroup {
        members = List.copyOf(members);
    }

    /** A member of the group; {@code distance} is the nearest-neighbour distance, null for other groups. */
    public record Member(CouncilRef council, @Nullable Double distance) {}

    /** The council and the members' GSS codes. */
    public List<String> areas() {
        java.util.ArrayList<String> areas = new java.util.ArrayList<>(members.size() + 1);
        areas.add(council.gss());
        members.forEach(m -> areas.add(m.council().gss()));
        return areas;
    }
}
