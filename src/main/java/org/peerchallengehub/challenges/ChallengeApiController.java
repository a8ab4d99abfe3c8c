package org.peerchallengehub.challenges;

import static org.peerchallengehub.challenges.ChallengeController.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/challenges")
@Tag(name = "Challenges", description = "Challenges, their teams and on-site programmes, as the caller may see them")
class ChallengeApiController {

    /** A programme with the activity figures computed from it. */
    record ProgrammeJson(List<ProgrammeSession> sessions, ActivityFigures activity) {}

    /** A team with the soft warnings about it. */
    record TeamJson(List<TeamMember> members, List<String> warnings, boolean agreedByCouncil) {}

    private final Challenges challenges;

    ChallengeApiController(Challenges challenges) {
        this.challenges = challenges;
    }

    @GetMapping
    @Operation(summary = "The challenges the caller may see, newest visit first (50 a page by default)")
    PageResult<Challenge> list(
            @RequestParam(required = false) @Nullable ChallengeState state,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable ChallengeType type,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return challenges.list(
                user(), new ChallengeRepository.ListFilter(state, year, council, type), PageRequest.of(page, size, 50));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One challenge: details, scope, documents (without content), team, programme, deadlines, history")
    ChallengeView challenge(@PathVariable long id) {
        return challenges.view(user(), id);
    }

    @GetMapping("/{id}/team")
    @Operation(summary = "The peer team and its warnings")
    TeamJson team(@PathVariable long id) {
        ChallengeView v = challenges.view(user(), id);
        return new TeamJson(v.team(), v.teamWarnings(), v.teamFinal());
    }

    @GetMapping("/{id}/programme")
    @Operation(summary = "The on-site programme and its activity figures")
    ProgrammeJson programme(@PathVariable long id) {
        ChallengeView v = challenges.view(user(), id);
        return new ProgrammeJson(v.sessions(), v.activity());
    }
}
