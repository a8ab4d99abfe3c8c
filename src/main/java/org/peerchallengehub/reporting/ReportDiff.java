package org.peerchallengehub.reporting;

import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two versions of a report compared as a readable diff, section by section (the facts, the key
 * recommendations, then each narrative section with its findings' items): each changed line with the
 * words removed and added marked. Text is HTML-escaped before the markers are added, so the result is
 * safe to show.
 */
final class ReportDiff {

    /** One line of a section: unchanged, removed, added or changed (old and new with inline marks). */
    record Line(String tag, String oldHtml, String newHtml) {
        public boolean changed() {
            return !"EQUAL".equals(tag);
        }
    }

    /** One section's comparison; {@code changed} false when both versions say the same. */
    record SectionDiff(String key, String heading, boolean changed, List<Line> lines) {}

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private ReportDiff() {}

    static List<SectionDiff> compare(ReportDocument older, ReportDocument newer) {
        Map<String, String> headings = new LinkedHashMap<>();
        ReportSections.commentable(older).forEach(n -> headings.put(n.key(), n.heading()));
        ReportSections.commentable(newer).forEach(n -> headings.put(n.key(), n.heading()));
        List<SectionDiff> result = new ArrayList<>();
        headings.forEach((key, heading) -> {
            List<String> a = ReportSections.lines(older, key);
            List<String> b = ReportSections.lines(newer, key);
            List<Line> lines = GENERATOR.generateDiffRows(a, b).stream()
                    .filter(r -> !(r.getOldLine().isEmpty() && r.getNewLine().isEmpty()))
                    .map(r -> new Line(r.getTag().name(), r.getOldLine(), r.getNewLine()))
                    .toList();
            boolean changed = !a.equals(b);
            result.add(new SectionDiff(key, heading, changed, lines));
        });
        return result;
    }
}
