package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * When the values of an official file became known, where the file does not say. Each rule gives a
 * date no earlier than the statistics' first publication, from the publisher's usual timetable, so
 * that a view "as known on date D" never uses a figure before it was public. A value is never dated
 * after the day it is imported: by then it is known. The rules and their reasons are in
 * data/indicators/SOURCE.md.
 */
final class PublicationRules {

    private PublicationRules() {}

    /** MHCLG revenue outturn (RS): published in the autumn after the year; 30 November. */
    static LocalDate revenueOutturn(Period.FinancialYear year, LocalDate today) {
        return atTheLatest(LocalDate.of(year.startYear() + 1, Month.NOVEMBER, 30), today);
    }

    /** MHCLG borrowing and investment live tables: quarterly; the last day of the sixth month after. */
    static LocalDate borrowing(LocalDate asAt, LocalDate today) {
        return atTheLatest(asAt.plusMonths(6).with(TemporalAdjusters.lastDayOfMonth()), today);
    }

    /** DLUHC council tax receipts: quarterly; the last day of the third month after the quarter. */
    static LocalDate councilTaxReceipts(Period period, LocalDate today) {
        return atTheLatest(period.end().plusMonths(3).with(TemporalAdjusters.lastDayOfMonth()), today);
    }

    /** Oflog adult social care metrics (ASCOF, Skills for Care): 31 December after the year. */
    static LocalDate adultSocialCare(Period.FinancialYear year, LocalDate today) {
        return atTheLatest(LocalDate.of(year.startYear() + 1, Month.DECEMBER, 31), today);
    }

    static LocalDate atTheLatest(LocalDate rule, LocalDate today) {
        return rule.isAfter(today) ? today : rule;
    }
}
