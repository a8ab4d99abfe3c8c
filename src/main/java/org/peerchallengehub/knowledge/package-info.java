/**
 * The knowledge base built from published peer challenge reports: the report parser (plain text,
 * Markdown, DOCX or PDF into the format-v1 {@link org.peerchallengehub.knowledge.ParsedReport}, behind
 * {@link org.peerchallengehub.knowledge.ReportParser}, the {@code parse-report} command line and {@code
 * POST /api/v1/reports/parse}); the import of reports one by one and in bulk, each recorded as a
 * historic challenge through {@code HistoricChallenges}; the report library with full-text search and
 * facets; and similar findings across councils from text embeddings. The readers and the analysis
 * live in {@code parser/} and are internal. Council names and framework headlines are read from the
 * published views {@code councils_council_v} and {@code frameworks_component_v} (decision 0020).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Knowledge",
        allowedDependencies = {"shared", "councils", "frameworks", "challenges"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.knowledge;
