package org.peerchallengehub.evidence;

import static org.peerchallengehub.evidence.NotesController.user;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The entry to a challenge's evidence, for those with a seat at its table: how many notes there are
 * by kind, source, session and component, and the way to the notes, the synthesis board and the
 * findings.
 */
@Controller
class EvidenceHomeController {

    private final Notes notes;

    EvidenceHomeController(Notes notes) {
        this.notes = notes;
    }

    @GetMapping("/challenges/{id}/evidence")
    String home(@PathVariable long id, Model model) {
        Notes.Table t = notes.table(user(), id);
        model.addAttribute("t", t);
        model.addAttribute("counts", notes.counts(user(), id));
        model.addAttribute("byDay", t.sessionsByDay());
        model.addAttribute("kinds", NoteKind.values());
        model.addAttribute("sources", NoteSource.values());
        return "evidence/home";
    }
}
