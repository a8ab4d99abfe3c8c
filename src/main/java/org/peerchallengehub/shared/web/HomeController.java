package org.peerchallengehub.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the service's fixed pages. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
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
