package org.peerchallengehub.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/findings")
@Tag(name = "Reports", description = "Published peer challenge reports")
class SimilarFindingsApiController {

    /** One finding in the answer. */
    record FindingJson(
            long id,
            String kind,
            String text,
            long reportId,
            String councilGss,
            String council,
            int year,
            @Nullable Integer paragraph,
            String href,
            @Nullable Double similarity) {}

    /**
     * The answer.
     *
     * @param status READY (complete), PARTIAL (other texts still waiting for vectors) or COMPUTING (this
     *     finding's vector is not there yet: no list)
     * @param pending texts still waiting for their vector
     */
    record SimilarJson(FindingJson finding, String status, long pending, List<FindingJson> similar) {}

    private final SimilarFindings similar;

    SimilarFindingsApiController(SimilarFindings similar) {
        this.similar = similar;
    }

    @GetMapping(path = "/{id:\\d{1,18}}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Similar across the sector",
            description = "The 10 findings of other councils whose text is nearest in meaning to this finding's "
                    + "(cosine similarity of all-MiniLM-L6-v2 sentence embeddings), best first, with council and year. "
                    + "status COMPUTING means this finding's vector is still being computed. Public.")
    @ApiResponse(responseCode = "200", description = "The similar findings")
    @ApiResponse(responseCode = "404", description = "No finding has this id")
    SimilarJson similar(@PathVariable long id) {
        SimilarFindings.Result result =
                similar.similarTo(id).orElseThrow(() -> new NotFoundException("No finding has the id " + id));
        SimilarFindings.Finding f = result.finding();
        return new SimilarJson(
                new FindingJson(
                        f.id(),
                        f.kind(),
                        f.text(),
                        f.reportId(),
                        f.councilGss(),
                        f.council(),
                        f.year(),
                        f.anchor(),
                        f.href(),
                        null),
                result.status().name(),
                result.pending(),
                result.similar().stream()
                        .map(s -> new FindingJson(
                                s.id(),
                                s.kind(),
                                s.text(),
                                s.reportId(),
                                s.councilGss(),
                                s.council(),
                                s.year(),
                                s.anchor(),
                                s.href(),
                                Math.round(s.similarity() * 1000) / 1000.0))
                        .toList());
    }
}
