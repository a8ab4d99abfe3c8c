package org.peerchallengehub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(PeerChallengeHubApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
