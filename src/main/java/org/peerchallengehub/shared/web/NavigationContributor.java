package org.peerchallengehub.shared.web;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;

/** Each module offers the navigation links that fit the signed-in user (empty for the public). */
public interface NavigationContributor {
    List<NavigationItem> navigation(Optional<CurrentUser> user);
}
