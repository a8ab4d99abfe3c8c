package org.peerchallengehub.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.BadRequestException;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Evidence", description = "On-site evidence: notes, themes and findings of a challenge")
class ComponentSuggestApiController {

    /** The request: the text to suggest a component for. */
    record SuggestRequest(@Schema(description = "The text, 1 to 10,000 characters", maxLength = 10_000) String text) {}

    /** One suggested component. */
    record SuggestionJson(
            @Schema(description = "The component's id in the framework version") String component,
            @Schema(description = "How likely the text bears on the component, 0..1 (the scores add up to 1)")
                    double score) {}

    /** The answer: every component of the framework version, best first. */
    record SuggestionsJson(List<SuggestionJson> suggestions) {}

    private final ComponentSuggester suggester;
    private final ObjectMapper json;

    ComponentSuggestApiController(ComponentSuggester suggester, ObjectMapper json) {
        this.suggester = suggester;
        this.json = json;
    }

    @PostMapping(path = "/{frameworkId}/suggest-component", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Suggest the component a text bears on",
            description = "Ranks the core components of a framework version for a text (a note of evidence), best "
                    + "first, each with a score from 0 to 1 (a calibrated probability; the scores add up to 1). "
                    + "The ranking compares the text's all-MiniLM-L6-v2 sentence embedding with the components' "
                    + "headlines and questions, with published findings that carry a component and with notes "
                    + "already filed and labelled in this and earlier challenges (labels of other framework "
                    + "versions carried over through the mapping between versions); decision 0063. Nothing is "
                    + "stored. For any signed-in user: the browser session (with the X-CSRF-TOKEN header) or a "
                    + "personal API token as a Bearer token.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = SuggestRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"text\": \"Staff told us the medium term financial plan relies"
                                                                            + " on reserves to close next year's gap.\"}"))))
    @ApiResponse(
            responseCode = "200",
            description = "Every component of the framework version, best first",
            content =
                    @Content(
                            schema = @Schema(implementation = SuggestionsJson.class),
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"suggestions\": [{\"component\": \"financial-planning-and-management\","
                                                            + " \"score\": 0.91}, {\"component\": \"capacity-for-improvement\","
                                                            + " \"score\": 0.04}]}")))
    @ApiResponse(
            responseCode = "400",
            description = "The body is not JSON of the form {\"text\": \"...\"}, or the text is blank or longer than "
                    + "10,000 characters",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(
            responseCode = "404",
            description = "There is no framework version with this id",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    SuggestionsJson suggest(
            @Parameter(description = "A framework version, e.g. cpc-2024") @PathVariable String frameworkId,
            @RequestBody(required = false) byte @Nullable [] body) {
        if (!suggester.knows(frameworkId)) {
            throw new NotFoundException("There is no framework version " + frameworkId);
        }
        String text = text(body);
        List<ComponentSuggestion> ranked = suggester
                .suggest(frameworkId, text)
                .orElseThrow(() -> new NotFoundException("There is no framework version " + frameworkId));
        return new SuggestionsJson(ranked.stream()
                .map(s -> new SuggestionJson(s.component(), Math.round(s.score() * 10_000) / 10_000.0))
                .toList());
    }

    /** The request's text, or a 400 saying what is wrong with the body. */
    private String text(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            throw new BadRequestException("Send a JSON body of the form {\"text\": \"...\"}.");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("The body is not valid JSON: send {\"text\": \"...\"}.");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestException("Send a JSON object of the form {\"text\": \"...\"}.");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadRequestException("The JSON object has no \"text\": send {\"text\": \"...\"}.");
        }
        if (!text.isString()) {
            throw new BadRequestException("\"text\" must be a string.");
        }
        String value = text.asString();
        ComponentSuggester.check(value);
        return value;
    }
}
