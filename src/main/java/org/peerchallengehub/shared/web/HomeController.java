package org.peerchallengehub.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the service's fixed pages. Signed in, the start page is the person's home: what
 * their role does here and where to start, then the work each module has waiting for them.
 */
@Controller
class HomeController {

    private final List<HomeSection> sections;

    HomeController(List<HomeSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "homeSections",
                CurrentUsers.current()
                        .map(user -> sections.stream()
                                .sorted(Comparator.comparingInt(HomeSection::order))
                                .map(s -> s.render(user))
                                .flatMap(Optional::stream)
                                .toList())
                        .orElse(List.of()));
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/data-sources")
    String dataSources() {
        return "data-sources";
    }
}
