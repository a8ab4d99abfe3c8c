package org.peerchallengehub.knowledge;

import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public "Similar across the sector" page of one finding. */
@Controller
class SimilarFindingsController {

    private final SimilarFindings similar;

    SimilarFindingsController(SimilarFindings similar) {
        this.similar = similar;
    }

    @GetMapping("/reports/findings/{id:\\d{1,18}}/similar")
    String similar(@PathVariable long id, Model model) {
        model.addAttribute("result", similar.similarTo(id).orElseThrow(() -> new NotFoundException("No such finding")));
        return "knowledge/similar";
    }
}
