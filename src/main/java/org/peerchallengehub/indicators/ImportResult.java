package org.peerchallengehub.indicators;

import java.util.List;

/**
 * What an import stored and what it reported.
 *
 * @param values rows of the file accepted as values (an exact repeat counted once)
 * @param valuesChanged values added to the store or revised by this import (the rest were there)
 * @param derivedValues derived values recomputed for the councils the import touched
 * @param blanks cells the file left without a value ("…", "[z]", blank), not stored
 * @param skipped authorities the register does not hold, with how many rows each
 * @param notes how codes missing from the register were read (the area code supplement)
 */
record ImportResult(
        long importId,
        ImportFormat format,
        String fileName,
        int values,
        int valuesChanged,
        long derivedValues,
        int inspections,
        int metricsDefined,
        int blanks,
        List<ImportSession.SkippedArea> skipped,
        int rowsSkipped,
        List<ImportProblem> warnings,
        int warningCount,
        List<String> notes,
        long durationMillis) {

    /** One sentence for a banner and the audit trail. */
    String summary() {
        StringBuilder s = new StringBuilder("Imported ").append(fileName).append(": ");
        if (format == ImportFormat.METRIC_DEFINITIONS_CSV) {
            s.append(count(metricsDefined, "metric definition"));
        } else if (format == ImportFormat.OFSTED_INSPECTIONS_CSV) {
            s.append(count(inspections, "inspection"));
        } else {
            s.append(count(values, "value"))
                    .append(" (")
                    .append(String.format("%,d", valuesChanged))
                    .append(" new or revised)");
        }
        if (rowsSkipped > 0) {
            s.append("; ")
                    .append(count(rowsSkipped, "row"))
                    .append(" of ")
                    .append(count(skipped.size(), "authority"))
                    .append(" not in the register not imported");
        }
        return s.toString();
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return String.format("%,d", n) + " " + (n == 1 ? noun : plural);
    }
}
