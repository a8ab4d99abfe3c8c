package org.peerchallengehub.evidence;

import static org.peerchallengehub.evidence.NotesController.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notes of a challenge's evidence as JSON, with the pages' rules: only the challenge's team and
 * its manager (anyone else: 404); changes while evidence is open and the findings not signed off. A
 * browser calls it with its session and the page's CSRF token in the {@code X-CSRF-TOKEN} header
 * (evidence-notes.js does); a script with a personal API token as a Bearer token, without CSRF.
 */
@RestController
@RequestMapping("/api/v1/challenges/{id}/notes")
@Tag(
        name = "Evidence notes",
        description = "The on-site evidence of a challenge: notes from sessions, documents and data, confidential to"
                + " the challenge's team and its manager (404 for anyone else)")
class NotesApiController {

    /** A note as sent: see the note form. */
    record NoteRequest(
            @Schema(
                            description =
                                    "A UUID chosen by the client; sending the same key again returns the note saved"
                                            + " the first time (200) instead of saving it twice")
                    @Nullable
                    String clientKey,
            @Schema(description = "SESSION (default), DOCUMENT or DATA") @Nullable NoteSource source,
            @Schema(description = "For SESSION: a session of the challenge's on-site programme") @Nullable
                    Long sessionId,
            @Schema(description = "For DOCUMENT: a document of the challenge") @Nullable Long documentId,
            @Schema(description = "For DOCUMENT: the page, 1 to 100000") @Nullable Integer documentPage,
            @Schema(description = "For DATA: a metric id of the metric catalogue") @Nullable String metricId,
            @Schema(description = "STRENGTH, AREA_FOR_IMPROVEMENT or OBSERVATION") @Nullable NoteKind kind,
            @Schema(description = "The note, 1 to 10,000 characters; never the name of a person met") @Nullable
                    String text,
            @Schema(description = "Component ids of the challenge's framework version") @Nullable
                    List<String> components,
            @Schema(description = "Focus area ids of the challenge") @Nullable List<Long> focusAreas,
            @Schema(description = "The component the suggestion offered and the peer accepted") @Nullable
                    String suggestedComponent,
            @Schema(description = "true to save a note although it seems to name a person (after the 422 warning)")
                    @Nullable
                    Boolean saveAnyway,
            @Schema(description = "For PUT: the version of the note the change was made to") @Nullable
                    Integer version) {

        NoteDraft draft() {
            return new NoteDraft(
                    Notes.clientKey(clientKey),
                    source,
                    sessionId,
                    documentId,
                    documentPage,
                    metricId,
                    kind,
                    text,
                    components == null ? List.of() : components,
                    focusAreas == null ? List.of() : focusAreas,
                    suggestedComponent,
                    Boolean.TRUE.equals(saveAnyway));
        }
    }

    private final Notes notes;

    NotesApiController(Notes notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(summary = "The challenge's notes, newest first (50 a page by default), with optional filters")
    PageResult<Note> list(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long session,
            @RequestParam(required = false) @Parameter(description = "a component id") @Nullable String component,
            @RequestParam(required = false) @Parameter(description = "a focus area id") @Nullable Long focusArea,
            @RequestParam(required = false) @Nullable NoteKind kind,
            @RequestParam(required = false) @Nullable NoteSource source,
            @RequestParam(required = false) @Parameter(description = "true: only the caller's notes") @Nullable
                    Boolean mine,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return notes.list(
                user(),
                id,
                new NoteRepository.NoteFilter(
                        session, component, focusArea, kind, source, Boolean.TRUE.equals(mine) ? user().id() : null),
                PageRequest.of(page, size, 50));
    }

    @PostMapping
    @Operation(
            summary = "Records a note; idempotent by clientKey",
            responses = {
                @ApiResponse(responseCode = "201", description = "Saved"),
                @ApiResponse(
                        responseCode = "200",
                        description = "Already saved under this clientKey: the note as saved"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A field is missing or wrong (errors: field and message)"),
                @ApiResponse(
                        responseCode = "422",
                        description = "The text seems to name a person (possibleNames); send again with saveAnyway"),
                @ApiResponse(responseCode = "409", description = "Evidence is closed or the findings are signed off"),
                @ApiResponse(responseCode = "404", description = "No such challenge that the caller sits at")
            })
    ResponseEntity<Note> create(@PathVariable long id, @RequestBody NoteRequest request) {
        Notes.Recorded recorded = notes.record(user(), id, request.draft());
        if (!recorded.created()) {
            return ResponseEntity.ok(recorded.note());
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/challenges/" + id + "/notes/" + recorded.note().id()))
                .body(recorded.note());
    }

    @GetMapping("/{noteId}")
    @Operation(summary = "One note")
    Note note(@PathVariable long id, @PathVariable long noteId) {
        return notes.note(user(), id, noteId);
    }

    @PutMapping("/{noteId}")
    @Operation(
            summary = "Changes a note; version must be the note's current version (409 when someone changed it since)")
    Note update(@PathVariable long id, @PathVariable long noteId, @RequestBody NoteRequest request) {
        notes.note(user(), id, noteId);
        if (request.version() == null) {
            throw new NoteRefused(List.of(new FormError("version", "Send the version of the note you changed")));
        }
        return notes.update(user(), id, noteId, request.version(), request.draft());
    }

    @DeleteMapping("/{noteId}")
    @Operation(summary = "Deletes a note (it leaves every list; the audit trail keeps that it was deleted)")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long noteId) {
        notes.delete(user(), id, noteId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(NoteRefused.class)
    ProblemDetail refused(NoteRefused e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(NoteNamesFound.class)
    ProblemDetail names(NoteNamesFound e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("possibleNames", e.found());
        return problem;
    }

    @ExceptionHandler(EvidenceRefused.class)
    ProblemDetail closed(EvidenceRefused e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NoteChangedMeanwhile.class)
    ProblemDetail changed(NoteChangedMeanwhile e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
