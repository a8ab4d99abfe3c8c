/**
 * The knowledge base built from published peer challenge reports. Today: the report parser, which
 * turns a report (plain text, Markdown, DOCX or PDF) into the format-v1 {@link
 * org.peerchallengehub.knowledge.ParsedReport}, behind {@link
 * org.peerchallengehub.knowledge.ReportParser}, the {@code parse-report} command line and {@code
 * POST /api/v1/reports/parse}. The readers and the analysis live in {@code parser/} and are internal.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Knowledge",
        allowedDependencies = {"shared", "councils", "frameworks", "peers", "challenges"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.knowledge;
