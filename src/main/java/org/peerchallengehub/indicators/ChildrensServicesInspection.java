package org.peerchallengehub.indicators;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An Ofsted inspection of a council's children's services. It counts from its publication date. A
 * null judgement was not given (a framework without it) or could not be read from the report.
 */
record ChildrensServicesInspection(
        String area,
        @Nullable String framework,
        @Nullable LocalDate inspectionStart,
        @Nullable LocalDate inspectionEnd,
        LocalDate published,
        @Nullable Judgement overall,
        @Nullable Judgement impactOfLeaders,
        @Nullable Judgement helpAndProtection,
        @Nullable Judgement inCare,
        @Nullable Judgement careLeavers,
        String reportUrl) {}
