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

    record MergeJson(@Nullable Long into, @Nullable Integer version) {}

    record SplitJson(@Nullable List<Long> noteIds, @Nullable String name, @Nullable Integer version) {}

    record MoveJson(@Nullable Long noteId, @Nullable Long to, @Nullable Integer version) {}

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
        RenameJson b = read(body, RenameJson.class, new RenameJson(null, null));
        board.rename(BoardController.user(), id, themeId, version(b.version()), b.name());
        return theme(id, themeId);
    }

    @PostMapping("/{themeId}/merge")
    @Operation(
            summary = "Merges the theme into another of the same component or focus area: body {\"into\": themeId,"
                    + " \"version\": n}; the other theme, with all the notes, is answered; 409 if someone changed it",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = MergeJson.class))))
    ThemeJson merge(
            @PathVariable long id, @PathVariable long themeId, @RequestBody(required = false) @Nullable String body) {
        board.view(BoardController.user(), id);
        MergeJson b = read(body, MergeJson.class, new MergeJson(null, null));
        board.merge(BoardController.user(), id, themeId, version(b.version()), b.into());
        return theme(id, b.into());
    }

    @PostMapping("/{themeId}/split")
    @Operation(
            summary = "Moves the chosen notes of the theme into a new theme: body {\"noteIds\": [...], \"name\":"
                    + " \"...\", \"version\": n}; the new theme is answered",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = SplitJson.class))))
    ThemeJson split(
            @PathVariable long id, @PathVariable long themeId, @RequestBody(required = false) @Nullable String body) {
        board.view(BoardController.user(), id);
        SplitJson b = read(body, SplitJson.class, new SplitJson(null, null, null));
        long created = board.split(BoardController.user(), id, themeId, version(b.version()), b.noteIds(), b.name());
        return theme(id, created);
    }

    @PostMapping("/{themeId}/move")
    @Operation(
            summary = "Moves one note of the theme to another theme of the same component or focus area: body"
                    + " {\"noteId\": n, \"to\": themeId, \"version\": n}; the theme it went to is answered",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = MoveJson.class))))
    ThemeJson move(
            @PathVariable long id, @PathVariable long themeId, @RequestBody(required = false) @Nullable String body) {
        board.view(BoardController.user(), id);
        MoveJson b = read(body, MoveJson.class, new MoveJson(null, null, null));
        if (b.noteId() == null) {
            throw new EvidenceRefused("Give the note to move (\"noteId\")");
        }
        board.move(BoardController.user(), id, themeId, version(b.version()), b.noteId(), b.to());
        return theme(id, b.to());
    }

    private <T> T read(@Nullable String body, Class<T> type, T empty) {
        try {
            return body == null || body.isBlank() ? empty : mapper.readValue(body, type);
        } catch (JacksonException e) {
            throw new EvidenceRefused("Send the change as JSON (see the API description)");
        }
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new EvidenceRefused("Give the version of the theme you read (\"version\")");
        }
        return version;
    }

    private ThemeJson theme(long id, @Nullable Long themeId) {
        Board.BoardView v = board.view(BoardController.user(), id);
        long t = themeId == null ? -1 : themeId;
        return json(v.sectionOf(t).orElseThrow(), v.theme(t).orElseThrow());
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
