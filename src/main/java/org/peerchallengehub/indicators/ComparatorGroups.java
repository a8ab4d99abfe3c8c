package org.peerchallengehub.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * The comparator groups of a council (decision 0015): councils of the same type; of the same tier in the
 * same region; of the same tier in all England; its 15 nearest neighbours, computed by the Hub; and the
 * custom groups the signed-in user saved. A group's members are the councils that exist on the date asked
 * about (today by default), or, for a council abolished by then, on its last day; never the council itself.
 */
@Service
public class ComparatorGroups {

    private final CouncilRegister register;
    private final NearestNeighbours nearestNeighbours;
    private final CustomGroups customGroups;
    private final Clock clock;

    ComparatorGroups(
            CouncilRegister register, NearestNeighbours nearestNeighbours, CustomGroups customGroups, Clock clock) {
        this.register = register;
        this.nearestNeighbours = nearestNeighbours;
        this.customGroups = customGroups;
        this.clock = clock;
    }

    /**
     * The group as of today, for the signed-in user (custom groups are only their owner's).
     *
     * @throws org.peerchallengehub.councils.CouncilNotFound for an unknown council
     * @throws ComparatorGroupNotFound for a custom group that does not exist or is not the user's
     */
    public ComparatorGroup group(String gss, GroupChoice choice) {
        return group(gss, choice, CurrentUsers.current().orElse(null), null);
    }

    /** The group as of a date (null: today), for the given user (null: nobody signed in). */
    public ComparatorGroup group(String gss, GroupChoice choice, @Nullable CurrentUser user, @Nullable LocalDate asOf) {
        return group(register.get(gss), choice, user, asOf);
    }

    /** The tier of a council of the register. */
    Tier tierOf(String gss) {
        return Tier.of(register.get(gss).type());
    }

    /** The same for a council already read from the register. */
    ComparatorGroup group(Council council, GroupChoice choice, @Nullable CurrentUser user, @Nullable LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (council.abolishedOn(day)) {
            day = council.endDate().minusDays(1);
        }
        LocalDate on = day;
        Tier tier = Tier.of(council.type());
        Predicate<CouncilSummary> existing = c -> !c.abolishedOn(on) && !c.gss().equals(council.gss());
        return switch (choice.kind()) {
            case SAME_TYPE ->
                byName(
                        choice,
                        "Same type: " + plural(council.type()),
                        council,
                        existing.and(c -> c.type() == council.type()));
            case SAME_REGION ->
                byName(
                        choice,
                        "Same region: " + tier.plural() + " in "
                                + council.region().label(),
                        council,
                        existing.and(c -> Tier.of(c.type()) == tier && c.region() == council.region()));
            case ENGLAND ->
                byName(choice, "All England: " + tier.plural(), council, existing.and(c -> Tier.of(c.type()) == tier));
            case NEAREST_NEIGHBOURS -> nearest(choice, council);
            case CUSTOM -> custom(choice, council, user);
        };
    }

    /** The groups a council can be compared with by this user: the four computed ones, then the user's own. */
    public List<GroupChoice> choicesFor(String gss, @Nullable CurrentUser user) {
        register.get(gss);
        List<GroupChoice> choices = new ArrayList<>(List.of(
                GroupChoice.NEAREST_NEIGHBOURS, GroupChoice.SAME_TYPE, GroupChoice.SAME_REGION, GroupChoice.ENGLAND));
        if (user != null) {
            customGroups.owned(user).forEach(g -> choices.add(GroupChoice.custom(g.id())));
        }
        return choices;
    }

    /** The choices with the labels a form shows. */
    public Map<GroupChoice, String> labelledChoicesFor(String gss, @Nullable CurrentUser user) {
        return labelledChoicesFor(register.get(gss), user);
    }

    /** The same for a council already read from the register. */
    Map<GroupChoice, String> labelledChoicesFor(Council council, @Nullable CurrentUser user) {
        Tier tier = Tier.of(council.type());
        Map<GroupChoice, String> labelled = new java.util.LinkedHashMap<>();
        labelled.put(GroupChoice.NEAREST_NEIGHBOURS, "Nearest neighbours (15 most similar " + tier.plural() + ")");
        labelled.put(GroupChoice.SAME_TYPE, "Same type: " + plural(council.type()));
        labelled.put(
                GroupChoice.SAME_REGION,
                "Same region: " + tier.plural() + " in " + council.region().label());
        labelled.put(GroupChoice.ENGLAND, "All England: " + tier.plural());
        if (user != null) {
            customGroups.owned(user).forEach(g -> labelled.put(GroupChoice.custom(g.id()), "Your group: " + g.name()));
        }
        return labelled;
    }

    /** The measures, method and missing-data rule of nearest neighbours, and when they were computed. */
    public NearestNeighbourModel model() {
        return nearestNeighbours.model();
    }

    /** Recomputes every council's nearest neighbours from the figures known today. */
    public NearestNeighbourModel recomputeNearestNeighbours() {
        return nearestNeighbours.recompute();
    }

    private ComparatorGroup byName(
            GroupChoice choice, String label, Council council, Predicate<CouncilSummary> member) {
        List<ComparatorGroup.Member> members = register.all().stream()
                .filter(member)
                .sorted(Comparator.comparing(CouncilSummary::officialName))
                .map(c -> new ComparatorGroup.Member(new CouncilRef(c.gss(), c.officialName()), null))
                .toList();
        return new ComparatorGroup(choice, label, council.ref(), members, null);
    }

    private ComparatorGroup nearest(GroupChoice choice, Council council) {
        Tier tier = Tier.of(council.type());
        Map<String, String> names = new HashMap<>();
        register.all().forEach(c -> names.put(c.gss(), c.officialName()));
        List<ComparatorGroup.Member> members = nearestNeighbours.neighbours(council.gss()).stream()
                .map(n -> new ComparatorGroup.Member(
                        new CouncilRef(n.gss(), names.getOrDefault(n.gss(), n.gss())), n.distance()))
                .toList();
        String note = nearestNeighbours
                .inputs(council.gss())
                .map(NearestNeighbours.CouncilInputs::note)
                .orElse(
                        council.endDate() != null
                                ? "Nearest neighbours are computed for current councils only."
                                : "Nearest neighbours have not been computed yet.");
        return new ComparatorGroup(
                choice, "Nearest neighbours: 15 most similar " + tier.plural(), council.ref(), members, note);
    }

    private ComparatorGroup custom(GroupChoice choice, Council council, @Nullable CurrentUser user) {
        long id = choice.customGroupId();
        CustomGroups.CustomGroup group = (user == null
                        ? java.util.Optional.<CustomGroups.CustomGroup>empty()
                        : customGroups.owned(id, user))
                .orElseThrow(() -> ComparatorGroupNotFound.custom(id));
        List<ComparatorGroup.Member> members = group.members().stream()
                .filter(c -> !c.gss().equals(council.gss()))
                .map(c -> new ComparatorGroup.Member(c, null))
                .toList();
        return new ComparatorGroup(choice, "Your group: " + group.name(), council.ref(), members, null);
    }

    static String plural(CouncilType type) {
        return switch (type) {
            case COUNTY -> "county councils";
            case DISTRICT -> "district councils";
            case UNITARY -> "unitary authorities";
            case METROPOLITAN_DISTRICT -> "metropolitan districts";
            case LONDON_BOROUGH -> "London boroughs";
            case CITY_OF_LONDON -> "the City of London Corporation";
        };
    }
}
