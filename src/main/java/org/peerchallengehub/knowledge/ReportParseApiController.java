package org.peerchallengehub.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Published peer challenge reports")
class ReportParseApiController {

    private static final Logger log = LoggerFactory.getLogger(ReportParseApiController.class);

    private final ReportParser parser;

    ReportParseApiController(ReportParser parser) {
        this.parser = parser;
    }

    @PostMapping(
            path = "/parse",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Parse a report",
            description =
                    "Reads one published report (plain text, Markdown, Word .docx, PDF, a saved web page or a ZIP of a report's web pages; the format is told "
                            + "from the bytes, not the name) into the interchange format, version 1, with the council's GSS "
                            + "code. Nothing is stored. For LGA staff.")
    @ApiResponse(responseCode = "200", description = "The parsed report")
    @ApiResponse(
            responseCode = "400",
            description = "No file part, or an empty file",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "413",
            description = "The file is larger than the upload limit (25 MB)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The file cannot be read as a report: damaged, password-protected, a PDF without text, "
                    + "a ZIP bomb, an unknown format or a text encoding that cannot be told",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ParsedReport parse(@Parameter(description = "The report file") @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > ReportParser.MAX_BYTES) {
            throw org.peerchallengehub.knowledge.parser.ReportReading.tooLarge(file.getSize());
        }
        return parser.parse(file.getBytes());
    }

    @ExceptionHandler(UnreadableReport.class)
    ProblemDetail unreadable(UnreadableReport e) {
        HttpStatus status =
                switch (e.reason()) {
                    case EMPTY -> HttpStatus.BAD_REQUEST;
                    case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                    default -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
        return problem(status, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingFile(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Send the report as the multipart part named 'file'.");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        log.warn("A report could not be parsed", e);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The file cannot be read as a report.");
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
