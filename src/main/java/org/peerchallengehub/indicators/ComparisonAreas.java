package org.peerchallengehub.indicators;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The values API's comparison parameter: a comparator group of a council, by its slug, as of the
 * request's date. A custom group is only its owner's, so it needs the session or the owner's token.
 */
@Component
class ComparisonAreas {

    private final ComparatorGroups groups;

    ComparisonAreas(ComparatorGroups groups) {
        this.groups = groups;
    }

    ValuesTable.Comparison comparison(String gss, String slug, @Nullable CurrentUser user, LocalDate asOf) {
        GroupChoice choice;
        try {
            choice = GroupChoice.parse(slug);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("comparison: " + e.getMessage());
        }
        ComparatorGroup group;
        try {
            group = groups.group(gss, choice, user, asOf);
        } catch (ComparatorGroupNotFound e) {
            throw new BadRequestException(e.getMessage()
                    + (user == null ? "; sign in or send your API token to compare with your own groups" : ""));
        }
        return new ValuesTable.Comparison(choice.slug(), group.label(), gss, group.members());
    }
}
