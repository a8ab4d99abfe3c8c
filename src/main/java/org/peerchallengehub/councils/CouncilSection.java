package org.peerchallengehub.councils;

import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;

/**
 * A section another module adds to a council's pages (challenges, indicators, risk, council users).
 * The councils module knows nothing of those modules; they implement this interface.
 */
public interface CouncilSection {

    /** Where the section appears. */
    enum Place {
        /** The council page anyone may read. */
        PUBLIC_PAGE,
        /** The council workspace: LGA staff and the council's own users only. */
        WORKSPACE
    }

    Place place();

    /** Position among the sections in the same place (lower first). */
    int order();

    /**
     * The section for this council and viewer, or empty when there is nothing to show. Implementations
     * must apply their own confidentiality rules: the place is not the only gate.
     */
    Optional<View> render(Council council, Optional<CurrentUser> viewer);

    /**
     * A section: a heading, and a Thymeleaf fragment {@code section(model)} in {@code template},
     * called with {@code model}.
     */
    record View(String heading, String template, Map<String, Object> model) {}
}
