package org.peerchallengehub.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notes pages: the list with its filters, the one light "record a note" page (it works without
 * JavaScript; evidence-notes.js adds the offline queue and the component suggestion), changing and
 * deleting a note. Every route asks the notes service, whose first question is the seat (404 without).
 */
@Controller
class NotesController {

    /**
     * The note form as posted. Numbers come as text so that a wrong one is a message, not a 400;
     * {@code codes} are "c:component-id" or "f:focus-area-id".
     */
    record NoteForm(
            @Nullable String clientKey,
            @Nullable NoteSource source,
            @Nullable String sessionId,
            @Nullable String documentId,
            @Nullable String documentPage,
            @Nullable String metricId,
            @Nullable NoteKind kind,
            @Nullable String text,
            @Nullable List<String> codes,
            @Nullable String suggestedComponent,
            @Nullable String saveAnyway,
            @Nullable Integer version) {

        static NoteForm blank(@Nullable Long session) {
            return new NoteForm(
                    Notes.newClientKey().toString(),
                    NoteSource.SESSION,
                    session == null ? null : session.toString(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null);
        }

        static NoteForm of(Note n) {
            List<String> codes = new ArrayList<>();
            n.components().forEach(c -> codes.add("c:" + c));
            n.focusAreas().forEach(f -> codes.add("f:" + f));
            return new NoteForm(
                    n.clientKey().toString(),
                    n.source(),
                    n.sessionId() == null ? null : n.sessionId().toString(),
                    n.documentId() == null ? null : n.documentId().toString(),
                    n.documentPage() == null ? null : n.documentPage().toString(),
                    n.metricId(),
                    n.kind(),
                    n.text(),
                    codes,
                    n.suggestedComponent(),
                    null,
                    n.version());
        }

        public boolean ticked(String code) {
            return codes != null && codes.contains(code);
        }

        NoteDraft draft() {
            List<FormError> problems = new ArrayList<>();
            Long session = number(sessionId, "sessionId", "Select the session the note comes from", problems);
            Long document = number(documentId, "documentId", "Select the document the note comes from", problems);
            Long page = number(documentPage, "documentPage", "Enter the page as a whole number, like 12", problems);
            List<String> components = new ArrayList<>();
            List<Long> focus = new ArrayList<>();
            for (String code : codes == null ? List.<String>of() : codes) {
                if (code.startsWith("c:")) {
                    components.add(code.substring(2));
                } else if (code.startsWith("f:") && code.substring(2).matches("\\d{1,18}")) {
                    focus.add(Long.parseLong(code.substring(2)));
                } else {
                    problems.add(new FormError("components", "Select components and focus areas from the list"));
                }
            }
            if (!problems.isEmpty()) {
                throw new NoteRefused(problems);
            }
            return new NoteDraft(
                    Notes.clientKey(clientKey),
                    source,
                    source == NoteSource.SESSION ? session : null,
                    source == NoteSource.DOCUMENT ? document : null,
                    source == NoteSource.DOCUMENT && page != null ? (int) Math.min(page, Integer.MAX_VALUE) : null,
                    source == NoteSource.DATA ? metricId : null,
                    kind,
                    text,
                    components,
                    focus,
                    suggestedComponent,
                    "yes".equals(saveAnyway));
        }

        private static @Nullable Long number(
                @Nullable String value, String field, String message, List<FormError> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!value.strip().matches("\\d{1,9}")) {
                problems.add(new FormError(field, message));
                return null;
            }
            return Long.parseLong(value.strip());
        }
    }

    private final Notes notes;

    NotesController(Notes notes) {
        this.notes = notes;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    @GetMapping("/challenges/{id}/evidence/notes")
    String list(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long session,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable NoteKind kind,
            @RequestParam(required = false) @Nullable NoteSource source,
            @RequestParam(required = false) @Nullable String mine,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        Notes.Table t = notes.table(user(), id);
        String component = code != null && code.startsWith("c:") ? code.substring(2) : null;
        Long focus = code != null && code.matches("f:\\d{1,18}") ? Long.parseLong(code.substring(2)) : null;
        var filter = new NoteRepository.NoteFilter(
                session, component, focus, kind, source, "yes".equals(mine) ? user().id() : null);
        PageResult<Note> result = notes.list(user(), id, filter, PageRequest.of(page, 25, 25));
        model.addAttribute("t", t);
        model.addAttribute("result", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute(
                "filter",
                Map.of(
                        "session", session == null ? "" : session.toString(),
                        "code", code == null ? "" : code,
                        "kind", kind == null ? "" : kind.name(),
                        "source", source == null ? "" : source.name(),
                        "mine", "yes".equals(mine)));
        model.addAttribute(
                "filtered",
                session != null
                        || code != null && !code.isBlank()
                        || kind != null
                        || source != null
                        || "yes".equals(mine));
        model.addAttribute("kinds", NoteKind.values());
        model.addAttribute("sources", NoteSource.values());
        labels(model, t);
        return "evidence/notes";
    }

    @GetMapping("/challenges/{id}/evidence/notes/new")
    String newNote(@PathVariable long id, @RequestParam(required = false) @Nullable Long session, Model model) {
        Notes.Table t = notes.table(user(), id);
        if (!model.containsAttribute("form")) {
            Long chosen = session != null && t.sessionsById().containsKey(session) ? session : null;
            model.addAttribute("form", NoteForm.blank(chosen));
        }
        return form(model, t, null);
    }

    @PostMapping("/challenges/{id}/evidence/notes")
    String create(@PathVariable long id, @ModelAttribute NoteForm form, Model model, RedirectAttributes redirect) {
        Notes.Table t = notes.table(user(), id);
        try {
            Notes.Recorded recorded = notes.record(user(), id, form.draft());
            redirect.addFlashAttribute("saved", recorded.created() ? "Note saved" : "This note was already saved");
            redirect.addFlashAttribute("savedNote", recorded.note().id());
            Long session = recorded.note().sessionId();
            return "redirect:/challenges/" + id + "/evidence/notes/new"
                    + (session == null ? "" : "?session=" + session);
        } catch (RuntimeException e) {
            return refused(e, form, model, t, null);
        }
    }

    @GetMapping("/challenges/{id}/evidence/notes/{noteId}/edit")
    String edit(@PathVariable long id, @PathVariable long noteId, Model model) {
        Notes.Table t = notes.table(user(), id);
        Note note = notes.note(user(), id, noteId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NoteForm.of(note));
        }
        return form(model, t, note);
    }

    @PostMapping("/challenges/{id}/evidence/notes/{noteId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long noteId,
            @ModelAttribute NoteForm form,
            Model model,
            RedirectAttributes redirect) {
        Notes.Table t = notes.table(user(), id);
        Note note = notes.note(user(), id, noteId);
        try {
            notes.update(user(), id, noteId, form.version() == null ? -1 : form.version(), form.draft());
            redirect.addFlashAttribute("saved", "Note changed");
            return "redirect:/challenges/" + id + "/evidence/notes";
        } catch (NoteChangedMeanwhile changed) {
            model.addAttribute("current", notes.note(user(), id, noteId));
            model.addAttribute(
                    "form",
                    new NoteForm(
                            form.clientKey(),
                            form.source(),
                            form.sessionId(),
                            form.documentId(),
                            form.documentPage(),
                            form.metricId(),
                            form.kind(),
                            form.text(),
                            form.codes(),
                            form.suggestedComponent(),
                            null,
                            notes.note(user(), id, noteId).version()));
            model.addAttribute("errors", FormErrors.of("text", changed.getMessage()));
            return form(model, t, note);
        } catch (RuntimeException e) {
            return refused(e, form, model, t, note);
        }
    }

    @GetMapping("/challenges/{id}/evidence/notes/{noteId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long noteId, Model model) {
        Notes.Table t = notes.table(user(), id);
        model.addAttribute("t", t);
        model.addAttribute("note", notes.note(user(), id, noteId));
        labels(model, t);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "evidence/note-delete";
    }

    @PostMapping("/challenges/{id}/evidence/notes/{noteId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long noteId,
            @RequestParam(required = false) @Nullable String confirm,
            Model model,
            RedirectAttributes redirect) {
        notes.note(user(), id, noteId);
        if (!"yes".equals(confirm)) {
            return "redirect:/challenges/" + id + "/evidence/notes/" + noteId + "/delete";
        }
        try {
            notes.delete(user(), id, noteId);
        } catch (EvidenceRefused refused) {
            model.addAttribute("errors", FormErrors.of("delete", refused.getMessage()));
            return confirmDelete(id, noteId, model);
        }
        redirect.addFlashAttribute("saved", "Note deleted");
        return "redirect:/challenges/" + id + "/evidence/notes";
    }

    private String refused(RuntimeException e, NoteForm form, Model model, Notes.Table t, @Nullable Note note) {
        model.addAttribute("form", form);
        if (e instanceof NoteRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.problems()));
        } else if (e instanceof NoteNamesFound names) {
            model.addAttribute("names", names.found());
        } else if (e instanceof EvidenceRefused closed) {
            model.addAttribute("errors", FormErrors.of("text", closed.getMessage()));
        } else {
            throw e;
        }
        return form(model, t, note);
    }

    private String form(Model model, Notes.Table t, @Nullable Note note) {
        model.addAttribute("t", t);
        model.addAttribute("note", note);
        model.addAttribute("kinds", NoteKind.values());
        model.addAttribute("sources", NoteSource.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        labels(model, t);
        return "evidence/note-form";
    }

    private static void labels(Model model, Notes.Table t) {
        model.addAttribute("sessionsById", t.sessionsById());
        model.addAttribute("byDay", t.sessionsByDay());
        model.addAttribute("componentHeadlines", t.componentHeadlines());
        model.addAttribute("focusTitles", t.focusTitles());
        model.addAttribute("documentNames", t.documentNames());
    }
}
