package org.peerchallengehub.challenges;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilSection;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A council's challenges on its pages: the public page lists only published reports; the workspace
 * lists every challenge of the council that the viewer may see.
 */
@Component
class CouncilChallengesSection {

    private final ChallengeRepository repository;
    private final ChallengeAccess access;

    CouncilChallengesSection(ChallengeRepository repository, ChallengeAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Component
    static class Published implements CouncilSection {
        private final CouncilChallengesSection section;

        Published(CouncilChallengesSection section) {
            this.section = section;
        }

        @Override
        public Place place() {
            return Place.PUBLIC_PAGE;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<View> render(Council council, Optional<CurrentUser> viewer) {
            List<Challenge> published = section.repository.forCouncil(council.gss()).stream()
                    .filter(c -> c.state().published())
                    .toList();
            return Optional.of(new View(
                    "Published peer challenge reports",
                    "challenges/council-section",
                    Map.of("challenges", published, "workspace", false)));
        }
    }

    @Component
    static class Workspace implements CouncilSection {
        private final CouncilChallengesSection section;

        Workspace(CouncilChallengesSection section) {
            this.section = section;
        }

        @Override
        public Place place() {
            return Place.WORKSPACE;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<View> render(Council council, Optional<CurrentUser> viewer) {
            if (viewer.isEmpty()) {
                return Optional.empty();
            }
            List<Challenge> visible =
                    section.repository.forCouncil(council.gss(), section.access.condition(viewer.get()));
            return Optional.of(new View(
                    "Challenges", "challenges/council-section", Map.of("challenges", visible, "workspace", true)));
        }
    }
}
