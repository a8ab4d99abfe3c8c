package org.peerchallengehub.shared.web;

import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;

/**
 * A module's part of a signed-in person's home page: the work waiting for them there (a manager's
 * overdue items, a council's peers awaiting an answer). The home page shows every section that
 * renders, in ascending {@link #order()}; an empty list in a section says what would fill it and
 * links to the action.
 */
public interface HomeSection {

    /** What a section shows: a heading, the template fragment that renders it, and its model. */
    record View(String heading, String template, Map<String, Object> model) {}

    int order();

    Optional<View> render(CurrentUser user);
}
