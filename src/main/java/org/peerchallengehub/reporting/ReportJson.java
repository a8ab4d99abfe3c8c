package org.peerchallengehub.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.knowledge.ParsedReport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as open data: the interchange format v1 ({@code ../shared/report-format/}), the same
 * {@link ParsedReport} the report importer reads from a file. Narrative is not part of the format; the
 * facts and the findings' items are, in the report's order. A component is named by the format's stable
 * id: the challenge's framework component translated to the 2016 framework the ids come from (the
 * closest counterpart, e.g. "Financial planning and management" (2024) is
 * {@code financial-planning-and-viability}); focus areas have none.
 */
@Component
class ReportJson {

    /** The framework version whose component ids are the interchange format's stable ids. */
    static final String STABLE_IDS_FRAMEWORK = "cpc-2016";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Frameworks frameworks;

    ReportJson(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The report in the interchange format. */
    ParsedReport parsed(ReportDocument doc) {
        List<String> ids = doc.feedback().stream()
                .map(ReportDocument.Section::componentId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<String, @Nullable String> stable = new HashMap<>();
        frameworks
                .counterparts(ids, STABLE_IDS_FRAMEWORK)
                .forEach((id, counterparts) -> stable.put(
                        id,
                        counterparts.isEmpty()
                                ? null
                                : counterparts.getFirst().component().id()));
        return parsed(doc, stable::get);
    }

    /** The JSON text of the report in the interchange format, indented. */
    String json(ReportDocument doc) {
        return write(parsed(doc));
    }

    static String write(ParsedReport report) {
        return MAPPER.writeValueAsString(report);
    }

    /**
     * The report in the interchange format.
     *
     * @param stableId a framework component's id to the format's stable id, or null when it has none
     */
    static ParsedReport parsed(ReportDocument doc, Function<String, @Nullable String> stableId) {
        return new ParsedReport(
                ParsedReport.FORMAT_VERSION,
                ParsedReport.DocumentType.PEER_CHALLENGE_REPORT,
                doc.council().name(),
                doc.council().gss(),
                doc.challengeType(),
                new ParsedReport.OnSite(doc.onSiteStart(), doc.onSiteEnd()),
                doc.team().stream()
                        .map(m -> new ParsedReport.Peer(
                                m.name().strip(),
                                ReportHtml.blankToNull(m.role()),
                                ReportHtml.blankToNull(m.organisation())))
                        .toList(),
                new ParsedReport.Scope(
                        doc.scope().stream()
                                .filter(s -> !s.focusArea())
                                .map(ReportDocument.ScopeItem::title)
                                .toList(),
                        doc.scope().stream()
                                .filter(ReportDocument.ScopeItem::focusArea)
                                .map(ReportDocument.ScopeItem::title)
                                .toList()),
                doc.keyRecommendations(),
                doc.feedback().stream()
                        .map(s -> new ParsedReport.Theme(
                                s.heading(),
                                s.componentId() == null ? null : stableId.apply(s.componentId()),
                                s.strengths(),
                                s.challenges(),
                                s.recommendations()))
                        .toList(),
                doc.notablePractice(),
                new ParsedReport.Activity(
                        doc.activity().peopleSpokenTo(),
                        doc.activity().meetings(),
                        doc.activity().hours()),
                null,
                ReportHtml.followUpMonthsOf(doc),
                doc.nextSteps().nextChallengeDueBy());
    }
}
