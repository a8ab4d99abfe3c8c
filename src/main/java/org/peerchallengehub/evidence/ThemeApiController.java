package org.peerchallengehub.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** The synthesis board as JSON: themes with their note ids and counts, the grouping run, renaming. */
@RestController
@RequestMapping("/api/v1/challenges/{id}/themes")
@Tag(
        name = "Evidence themes",
        description = "The synthesis board of a challenge: candidate themes grouping the team's notes by meaning."
                + " Only the challenge's manager and team (404 for anyone else).")
class ThemeApiController {

    /** How many notes of each kind, sessions and stakeholder groups a theme rests on. */
    record Counts(
            int notes, int sessions, int stakeholderGroups, int strengths, int areasForImprovement, int observations) {}

    record ThemeJson(
            long id,
            @Nullable String componentId,
            @Nullable Long focusAreaId,
            String name,
            boolean edited,
            int version,
            @Nullable Long representativeNoteId,
            List<Long> noteIds,
            Counts counts,
            String balance) {}

    record GroupingJson(
            String state, int notesDone, int notesTotal, @Nullable Instant startedAt, @Nullable Instant finishedAt) {}

    record BoardJson(long challengeId, int notes, @Nullable GroupingJson grouping, List<ThemeJson> themes) {}

    record RenameJson(@Nullable String name, @Nullable Integer version) {}

    private final Board board;
    private final GroupingRuns runs;
    private final ObjectMapper mapper;

    ThemeApiController(Board board, GroupingRuns runs, ObjectMapper mapper) {
        this.board = board;
        this.runs = runs;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(
            summary = "The challenge's themes in board order (component, then focus area), each with its note ids,"
                    + " its most representative note and its counts")
    BoardJson themes(@PathVariable long id) {
        Board.BoardView v = board.view(BoardController.user(), id);
        List<ThemeJson> themes = v.sections().stream()
                .flatMap(s -> s.themes().stream().map(t -> json(s, t)))
                .toList();
        return new BoardJson(id, v.noteCount(), grouping(v.run()), themes);
    }

    @GetMapping("/grouping")
    @Operation(summary = "The last or running grouping of the board: state (RUNNING, DONE, FAILED) and progress")
    GroupingJson grouping(@PathVariable long id) {
        Board.BoardView v = board.view(BoardController.user(), id);
        GroupingJson g = grouping(v.run());
        return g == null ? new GroupingJson("NONE", 0, 0, null, null) : g;
    }

    @PostMapping("/grouping")
    @Operation(
            summary = "Groups the notes again in the background (202); 409 if a grouping is running. Themes peers"
                    + " changed and notes they placed are kept")
    ResponseEntity<GroupingJson> group(@PathVariable long id) {
        board.view(BoardController.user(), id);
        if (!runs.start(BoardController.user(), id)) {
            throw new ThemeChangedMeanwhile("The notes are being grouped already: wait for that grouping to finish");
        }
        return ResponseEntity.accepted().body(grouping(id));
    }

    @PatchMapping("/{themeId}")
    @Operation(
            summary = "Renames a theme: body {\"name\": \"...\", \"version\": n} with the version read; 409 if someone"
                    + " changed the theme since",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = RenameJson.class))))
    ThemeJson rename(
            @PathVariable long id, @PathVariable long themeId, @RequestBody(required = false) @Nullable String body) {
        board.view(BoardController.user(), id); // 404 without a seat, before the body is read
        RenameJson b;
        try {
            b = body == null || body.isBlank() ? new RenameJson(null, null) : mapper.readValue(body, RenameJson.class);
        } catch (JacksonException e) {
            throw new EvidenceRefused("Send JSON: {\"name\": \"...\", \"version\": n}");
        }
        if (b.version() == null) {
            throw new EvidenceRefused("Give the version of the theme you read (\"version\")");
        }
        board.rename(BoardController.user(), id, themeId, b.version(), b.name());
        Board.BoardView v = board.view(BoardController.user(), id);
        Board.SectionView s = v.sectionOf(themeId).orElseThrow();
        return json(s, v.theme(themeId).orElseThrow());
    }

    @ExceptionHandler(ThemeChangedMeanwhile.class)
    ProblemDetail conflict(ThemeChangedMeanwhile e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(EvidenceRefused.class)
    ProblemDetail refused(EvidenceRefused e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static @Nullable GroupingJson grouping(Board.@Nullable RunView run) {
        return run == null
                ? null
                : new GroupingJson(run.state(), run.notesDone(), run.notesTotal(), run.startedAt(), run.finishedAt());
    }

    private static ThemeJson json(Board.SectionView s, Board.ThemeCard t) {
        return new ThemeJson(
                t.id(),
                s.componentId(),
                s.focusAreaId(),
                t.name(),
                t.edited(),
                t.version(),
                t.representative() == null ? null : t.representative().id(),
                t.noteIds(),
                new Counts(
                        t.noteCount(),
                        t.sessions(),
                        t.stakeholderGroups(),
                        t.strengths(),
                        t.areasForImprovement(),
                        t.observations()),
                t.balance());
    }
}
