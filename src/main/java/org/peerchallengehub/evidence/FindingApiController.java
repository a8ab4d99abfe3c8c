package org.peerchallengehub.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
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
 * The findings of a challenge as JSON, with the same rules as the pages: only the challenge's team and
 * its manager see them (404 for anyone else); changes while evidence is open; a change made with an
 * outdated version is refused with 409 and both texts, so nothing is lost.
 */
@RestController
@RequestMapping("/api/v1/challenges/{id}/findings")
@Tag(
        name = "Findings",
        description = "A challenge's live findings with their corroboration; confidential to the challenge's team and"
                + " its manager (404 for anyone else)")
class FindingApiController {

    /** How well a finding is corroborated (decision 0067). */
    record CorroborationJson(
            int notes,
            int sessions,
            int stakeholderGroups,
            int peers,
            List<String> groups,
            boolean weaklySupported,
            List<String> weaknesses) {

        static CorroborationJson of(Corroboration c) {
            return new CorroborationJson(
                    c.notes(), c.sessions(), c.groups(), c.peers(), c.groupLabels(), c.weak(), c.weaknesses());
        }
    }

    /** A finding as the API shows it. */
    record FindingJson(
            long id,
            @Schema(description = "The component of the challenge's framework, or null for a focus area") @Nullable
                    String componentId,
            @Schema(description = "The focus area, or null for a component") @Nullable Long focusAreaId,
            @Schema(allowableValues = {"STRENGTH", "CHALLENGE", "RECOMMENDATION", "NOTABLE_PRACTICE"}) String kind,
            String text,
            @Nullable Long themeId,
            @Schema(description = "Its place among the key recommendations (1 first), or null") @Nullable
                    Integer keyPosition,
            boolean agreed,
            @Nullable String agreedBy,
            @Nullable OffsetDateTime agreedAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(description = "Send it back with a change: a change made meanwhile is refused with 409")
                    int version,
            List<Long> noteIds,
            CorroborationJson corroboration) {

        static FindingJson of(Findings.Listed l) {
            Finding f = l.finding();
            return new FindingJson(
                    f.id(),
                    f.componentId(),
                    f.focusAreaId(),
                    f.kind().name(),
                    f.text(),
                    f.themeId(),
                    f.keyPosition(),
                    f.agreed(),
                    f.agreedByName(),
                    f.agreedAt(),
                    f.updatedByName(),
                    f.updatedAt(),
                    f.version(),
                    f.noteIds(),
                    CorroborationJson.of(l.corroboration()));
        }
    }

    /** A finding to create or change. */
    record FindingRequest(
            @Schema(description = "A component of the challenge's framework; give it or focusAreaId") @Nullable
                    String componentId,
            @Schema(description = "A focus area of the challenge; give it or componentId") @Nullable Long focusAreaId,
            @Schema(allowableValues = {"STRENGTH", "CHALLENGE", "RECOMMENDATION", "NOTABLE_PRACTICE"}) @Nullable
                    String kind,
            @Schema(description = "The statement, 1 to 5,000 characters") @Nullable String text,
            @Schema(description = "Notes of this challenge that support it; on a change, null keeps the links")
                    @Nullable
                    List<Long> noteIds,
            @Schema(description = "The theme of the board it is drafted from (on creation)") @Nullable Long themeId,
            @Schema(description = "On a change: the version the change is based on (required)") @Nullable
                    Integer version) {

        Findings.Change change() {
            String place = componentId != null && focusAreaId == null
                    ? "component:" + componentId
                    : componentId == null && focusAreaId != null ? "focus:" + focusAreaId : null;
            return new Findings.Change(place, kind, text, noteIds, themeId);
        }
    }

    private final Findings findings;

    FindingApiController(Findings findings) {
        this.findings = findings;
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    @GetMapping
    @Operation(
            summary = "The challenge's findings with their corroboration",
            description = "For each finding: its component or focus area, kind, text, agreement, key position, the"
                    + " notes linked to it and the distinct notes, sessions, stakeholder groups and peers behind them,"
                    + " flagged when it rests on a single session or stakeholder group.")
    @ApiResponse(responseCode = "200", description = "The findings")
    @ApiResponse(
            responseCode = "404",
            description = "No such challenge, or the caller is not on its team nor its manager",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<FindingJson> list(@PathVariable long id) {
        return findings.list(user(), id).stream().map(FindingJson::of).toList();
    }

    @GetMapping("/{findingId}")
    @Operation(summary = "One finding with its corroboration")
    @ApiResponse(responseCode = "200", description = "The finding")
    @ApiResponse(
            responseCode = "404",
            description = "No such finding the caller can see",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    FindingJson one(@PathVariable long id, @PathVariable long findingId) {
        return FindingJson.of(findings.listed(user(), id, findingId));
    }

    @PostMapping
    @Operation(
            summary = "Draft a finding",
            description = "Under componentId or focusAreaId (one of them), of a kind, with its text and the notes of"
                    + " this challenge that support it. A change after sign-off withdraws the sign-offs.")
    @ApiResponse(responseCode = "201", description = "The finding drafted")
    @ApiResponse(
            responseCode = "422",
            description = "The finding cannot be saved as given (the detail says why), or evidence is closed",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<FindingJson> create(@PathVariable long id, @RequestBody FindingRequest request) {
        findings.seat(user(), id);
        Finding f = findings.create(user(), id, request.change());
        return ResponseEntity.created(URI.create("/api/v1/challenges/" + id + "/findings/" + f.id()))
                .body(FindingJson.of(findings.listed(user(), id, f.id())));
    }

    @PutMapping("/{findingId}")
    @Operation(
            summary = "Change a finding",
            description = "Its place, kind, text and (when noteIds is given) its notes, based on the version read."
                    + " When someone else changed it meanwhile the change is refused with 409: the problem carries"
                    + " yourText and currentText (and current, the finding as it is now), so that nothing is lost.")
    @ApiResponse(responseCode = "200", description = "The finding as changed")
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else meanwhile: yourText, currentText and current in the problem",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The change cannot be saved as given, or evidence is closed",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    FindingJson change(@PathVariable long id, @PathVariable long findingId, @RequestBody FindingRequest request) {
        findings.get(user(), id, findingId);
        if (request.version() == null) {
            throw new FindingRefused("version", "Send the version of the finding the change is based on");
        }
        findings.update(user(), id, findingId, request.version(), request.change());
        return FindingJson.of(findings.listed(user(), id, findingId));
    }

    @DeleteMapping("/{findingId}")
    @Operation(
            summary = "Delete a finding",
            description = "Only when nobody changed it since the version read (409 otherwise).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(
            @PathVariable long id,
            @PathVariable long findingId,
            @Parameter(description = "The version read (required)") @RequestParam(required = false) @Nullable
                    Integer version) {
        findings.get(user(), id, findingId);
        if (version == null) {
            throw new FindingRefused("version", "Send the version of the finding you mean to delete");
        }
        findings.delete(user(), id, findingId, version);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FindingChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(FindingChangedMeanwhile e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed meanwhile");
        problem.setProperty("yourText", e.yourText());
        problem.setProperty("currentText", e.current().text());
        problem.setProperty("changedBy", e.current().updatedByName());
        problem.setProperty("changedAt", e.current().updatedAt().toString());
        Finding current = e.current();
        java.util.Map<String, Object> now = new java.util.LinkedHashMap<>();
        now.put("id", current.id());
        now.put("componentId", current.componentId());
        now.put("focusAreaId", current.focusAreaId());
        now.put("kind", current.kind().name());
        now.put("text", current.text());
        now.put("noteIds", current.noteIds());
        now.put("updatedBy", current.updatedByName());
        now.put("updatedAt", current.updatedAt().toString());
        now.put("version", current.version());
        problem.setProperty("current", now);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(FindingRefused.class)
    ResponseEntity<ProblemDetail> refused(FindingRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(EvidenceRefused.class)
    ResponseEntity<ProblemDetail> closed(EvidenceRefused e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST, "Send the finding as JSON: componentId or focusAreaId, kind, text"));
    }
}
