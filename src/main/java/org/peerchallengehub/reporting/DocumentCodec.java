package org.peerchallengehub.reporting;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A {@link ReportDocument} as the JSON a version and a publication store (ISO dates, "2029-05" for a
 * month), and back.
 */
@Component
class DocumentCodec {

    private final ObjectMapper json;

    DocumentCodec(ObjectMapper json) {
        this.json = json;
    }

    String write(ReportDocument document) {
        return json.writeValueAsString(document);
    }

    ReportDocument read(String text) {
        return json.readValue(text, ReportDocument.class);
    }
}
