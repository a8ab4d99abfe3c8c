package org.peerchallengehub.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The synthesis board's pages: the board (themes per component and focus area, "Group notes again"),
 * and a theme's page with its changes (rename, merge, split, move a note). Seats only (404 otherwise).
 */
@Controller
class BoardController {

    private final Board board;
    private final GroupingRuns runs;
    private final EvidenceTable table;

    BoardController(Board board, GroupingRuns runs, EvidenceTable table) {
        this.table = table;
        this.board = board;
        this.runs = runs;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    @GetMapping("/challenges/{id}/evidence/board")
    String board(@PathVariable long id, Model model) {
        Board.BoardView v = board.view(user(), id);
        model.addAttribute("v", v);
        Object problem = model.getAttribute("problem");
        model.addAttribute("errors", problem == null ? FormErrors.none() : FormErrors.of("board", problem.toString()));
        return "evidence/board";
    }

    @PostMapping("/challenges/{id}/evidence/board/grouping")
    String group(@PathVariable long id, RedirectAttributes redirect) {
        table.seat(user(), id); // 404 for anyone without a seat, before the form is read
        try {
            if (runs.start(user(), id)) {
                redirect.addFlashAttribute("saved", "Grouping the notes: the board shows the themes so far meanwhile");
            } else {
                redirect.addFlashAttribute(
                        "problem",
                        "The notes are being grouped already: wait for that grouping to finish, then try again");
            }
        } catch (EvidenceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/challenges/" + id + "/evidence/board";
    }

    @GetMapping("/challenges/{id}/evidence/board/themes/{themeId}")
    String theme(@PathVariable long id, @PathVariable long themeId, Model model) {
        Board.BoardView v = board.view(user(), id);
        Board.ThemeCard t = v.theme(themeId).orElseThrow(() -> new NotFoundException("No such theme"));
        Board.SectionView section = v.sectionOf(themeId).orElseThrow();
        model.addAttribute("v", v);
        model.addAttribute("t", t);
        model.addAttribute("section", section);
        model.addAttribute(
                "others",
                section.themes().stream().filter(o -> o.id() != themeId).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", t.name());
        }
        if (!model.containsAttribute("newName")) {
            model.addAttribute("newName", "");
        }
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
        return "evidence/board-theme";
    }

    @PostMapping("/challenges/{id}/evidence/board/themes/{themeId}/rename")
    String rename(
            @PathVariable long id,
            @PathVariable long themeId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String name,
            Model model,
            RedirectAttributes redirect) {
        table.seat(user(), id); // 404 for anyone without a seat, before the form is read
        try {
            board.rename(user(), id, themeId, version(version), name);
            redirect.addFlashAttribute("saved", "Theme renamed");
            return "redirect:/challenges/" + id + "/evidence/board#theme-" + themeId;
        } catch (EvidenceRefused refused) {
            model.addAttribute("name", name == null ? "" : name);
            return refused(id, themeId, "name", refused, model, redirect);
        }
    }

    @PostMapping("/challenges/{id}/evidence/board/themes/{themeId}/merge")
    String merge(
            @PathVariable long id,
            @PathVariable long themeId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable Long into,
            Model model,
            RedirectAttributes redirect) {
        table.seat(user(), id); // 404 for anyone without a seat, before the form is read
        try {
            board.merge(user(), id, themeId, version(version), into);
            redirect.addFlashAttribute("saved", "Themes merged");
            return "redirect:/challenges/" + id + "/evidence/board#theme-" + into;
        } catch (EvidenceRefused refused) {
            return refused(id, themeId, "into", refused, model, redirect);
        }
    }

    @PostMapping("/challenges/{id}/evidence/board/themes/{themeId}/split")
    String split(
            @PathVariable long id,
            @PathVariable long themeId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(name = "notes", required = false) @Nullable List<Long> notes,
            @RequestParam(required = false) @Nullable String newName,
            Model model,
            RedirectAttributes redirect) {
        table.seat(user(), id); // 404 for anyone without a seat, before the form is read
        try {
            long created = board.split(user(), id, themeId, version(version), notes, newName);
            redirect.addFlashAttribute("saved", "Theme split: the notes you chose are in the new theme");
            return "redirect:/challenges/" + id + "/evidence/board#theme-" + created;
        } catch (EvidenceRefused refused) {
            model.addAttribute("newName", newName == null ? "" : newName);
            model.addAttribute("chosen", notes == null ? List.of() : notes);
            String field = refused.getMessage().startsWith("Enter")
                            || refused.getMessage().contains("characters")
                    ? "newName"
                    : "notes";
            return refused(id, themeId, field, refused, model, redirect);
        }
    }

    @PostMapping("/challenges/{id}/evidence/board/themes/{themeId}/move")
    String move(
            @PathVariable long id,
            @PathVariable long themeId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable Long note,
            @RequestParam(required = false) @Nullable Long to,
            Model model,
            RedirectAttributes redirect) {
        table.seat(user(), id); // 404 for anyone without a seat, before the form is read
        try {
            if (note == null) {
                throw new EvidenceRefused("Choose the note to move");
            }
            board.move(user(), id, themeId, version(version), note, to);
            redirect.addFlashAttribute("saved", "Note moved");
            return "redirect:/challenges/" + id + "/evidence/board#theme-" + to;
        } catch (EvidenceRefused refused) {
            return refused(id, themeId, note == null ? "move" : "to-" + note, refused, model, redirect);
        }
    }

    private static int version(@Nullable Integer version) {
        return version == null ? -1 : version;
    }

    /** Back to the theme's page with the message; to the board when the theme is gone. */
    private String refused(
            long id, long themeId, String field, EvidenceRefused refused, Model model, RedirectAttributes redirect) {
        Board.BoardView v = board.view(user(), id);
        if (v.theme(themeId).isEmpty()) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/challenges/" + id + "/evidence/board";
        }
        model.addAttribute(
                "errors",
                FormErrors.of(refused instanceof ThemeChangedMeanwhile ? "theme" : field, refused.getMessage()));
        return theme(id, themeId, model);
    }
}
