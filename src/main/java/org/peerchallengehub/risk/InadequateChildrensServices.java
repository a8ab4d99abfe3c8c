package org.peerchallengehub.risk;

import java.util.Optional;

/**
 * Ofsted's latest overall judgement of the council's children's services, from its publication date:
 * "Inadequate" is a serious failure of a statutory service, and often of corporate grip around it.
 */
final class InadequateChildrensServices implements Signal {

    static final String ID = "inadequate-childrens-services";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Family family() {
        return Family.INSPECTION;
    }

    @Override
    public SignalResult assess(CouncilFacts facts, Thresholds.SignalParameters p) {
        Optional<CouncilFacts.Inspection> latest = facts.inspections().stream()
                .filter(i -> !i.published().isAfter(facts.asOf()))
                .filter(i -> i.overall() != null)
                .max(java.util.Comparator.comparing(CouncilFacts.Inspection::published));
        if (latest.isEmpty()) {
            return SignalResult.noData(
                    this,
                    p.title(),
                    "No Ofsted judgement of children's services published by " + EventWindow.DAY.format(facts.asOf())
                            + ".");
        }
        CouncilFacts.Inspection inspection = latest.get();
        String judgement = words(inspection.overall());
        String words = "Latest overall judgement " + judgement + ", published "
                + EventWindow.DAY.format(inspection.published());
        int years = p.whole("window_years");
        if (inspection.published().isBefore(facts.asOf().minusYears(years))) {
            return SignalResult.noData(this, p.title(), words + ": more than " + years + " years old.");
        }
        return "INADEQUATE".equals(inspection.overall())
                ? SignalResult.flagged(this, p.title(), p.whole("points"), words + ".")
                : SignalResult.clear(this, p.title(), words + ".");
    }

    static String words(@org.jspecify.annotations.Nullable String judgement) {
        if (judgement == null) {
            return "none";
        }
        return "\u201c"
                + MetricRule.capital(
                        judgement.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) + "\u201d";
    }
}
