package org.peerchallengehub.knowledge;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The interchange format's JSON text for a parsed report: every key, in the schema's order, indented. */
public final class ParsedReportJson {

    private ParsedReportJson() {}

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static String write(ParsedReport report) {
        return MAPPER.writeValueAsString(report);
    }
}
