package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchallengehub.risk.TestFacts.assess;

import org.junit.jupiter.api.Test;

/** The event, inspection and peer challenge signals at their boundaries, without Spring. */
class EventSignalsTest {

    @Test
    void a_section_114_notice_counts_for_three_years_to_the_day() {
        SignalResult inWindow = assess(
                new Section114Notice(), TestFacts.asOf("2021-02-02").event(EventKind.SECTION_114_NOTICE, "2018-02-02"));
        assertThat(inWindow.points()).isEqualTo(7);
        assertThat(inWindow.words()).contains("Section 114 notice on 2 February 2018");
        SignalResult outside = assess(
                new Section114Notice(), TestFacts.asOf("2021-02-03").event(EventKind.SECTION_114_NOTICE, "2018-02-02"));
        assertThat(outside.flagged()).isFalse();
        assertThat(outside.words()).contains("more than 3 years before");
    }

    @Test
    void an_event_known_one_day_after_the_date_changes_nothing() {
        SignalResult before = assess(
                new ExceptionalFinancialSupport(),
                TestFacts.asOf("2024-01-10")
                        .event(EventKind.EXCEPTIONAL_FINANCIAL_SUPPORT_REQUEST, "2024-01-05", "2024-01-11"));
        assertThat(before.flagged()).isFalse();
        SignalResult onTheDay = assess(
                new ExceptionalFinancialSupport(),
                TestFacts.asOf("2024-01-11")
                        .event(EventKind.EXCEPTIONAL_FINANCIAL_SUPPORT_REQUEST, "2024-01-05", "2024-01-11"));
        assertThat(onTheDay.points()).isEqualTo(5);
        assertThat(onTheDay.words()).contains("known from 11 January 2024");
    }

    @Test
    void an_intervention_counts_until_it_ended_and_an_inspection_counts_less() {
        TestFacts commissioners = TestFacts.asOf("2016-04-01").event(EventKind.GOVERNMENT_INTERVENTION, "2015-02-26");
        assertThat(assess(new GovernmentIntervention(), commissioners).points()).isEqualTo(7);
        TestFacts ended = TestFacts.asOf("2019-04-01")
                .event(EventKind.GOVERNMENT_INTERVENTION, "2015-02-26")
                .event(EventKind.INTERVENTION_ENDED, "2018-09-24");
        SignalResult afterEnd = assess(new GovernmentIntervention(), ended);
        assertThat(afterEnd.flagged()).isFalse();
        assertThat(afterEnd.words()).contains("Intervention ended on 24 September 2018");
        TestFacts inspection = TestFacts.asOf("2014-10-01").event(EventKind.BEST_VALUE_INSPECTION, "2014-09-10");
        assertThat(assess(new GovernmentIntervention(), inspection).points()).isEqualTo(5);
        TestFacts oldInspection = TestFacts.asOf("2016-09-11").event(EventKind.BEST_VALUE_INSPECTION, "2014-09-10");
        assertThat(assess(new GovernmentIntervention(), oldInspection).flagged())
                .isFalse();
    }

    @Test
    void audit_concerns_take_the_points_of_the_weightiest_event() {
        SignalResult disclaimer = assess(
                new AuditConcerns(), TestFacts.asOf("2026-03-01").event(EventKind.DISCLAIMED_OPINION, "2026-02-27"));
        assertThat(disclaimer.points()).isEqualTo(1);
        SignalResult both = assess(
                new AuditConcerns(),
                TestFacts.asOf("2026-03-01")
                        .event(EventKind.DISCLAIMED_OPINION, "2026-02-27")
                        .event(EventKind.PUBLIC_INTEREST_REPORT, "2025-06-01"));
        assertThat(both.points()).isEqualTo(3);
    }

    @Test
    void leadership_changes_give_one_point_then_two_from_three() {
        TestFacts two = TestFacts.asOf("2026-06-01")
                .event(EventKind.CHIEF_EXECUTIVE_DEPARTURE, "2025-01-01")
                .event(EventKind.INTERIM_APPOINTMENT, "2025-02-01");
        assertThat(assess(new LeadershipInstability(), two).points()).isEqualTo(1);
        SignalResult three =
                assess(new LeadershipInstability(), two.event(EventKind.SECTION_151_OFFICER_DEPARTURE, "2026-05-01"));
        assertThat(three.points()).isEqualTo(2);
        assertThat(three.words()).startsWith("3 changes at the top in the last 2 years");
        TestFacts old = TestFacts.asOf("2026-06-01").event(EventKind.CHIEF_EXECUTIVE_DEPARTURE, "2024-05-31");
        assertThat(assess(new LeadershipInstability(), old).flagged()).isFalse();
    }

    @Test
    void political_change_and_whistleblowing_are_one_point_each_within_their_windows() {
        assertThat(assess(
                                new PoliticalControlChange(),
                                TestFacts.asOf("2026-05-02").event(EventKind.CHANGE_OF_POLITICAL_CONTROL, "2025-05-02"))
                        .points())
                .isEqualTo(1);
        assertThat(assess(
                                new PoliticalControlChange(),
                                TestFacts.asOf("2026-05-03").event(EventKind.CHANGE_OF_POLITICAL_CONTROL, "2025-05-02"))
                        .flagged())
                .isFalse();
        assertThat(assess(
                                new Whistleblowing(),
                                TestFacts.asOf("2026-05-03").event(EventKind.WHISTLEBLOWING, "2025-05-02"))
                        .points())
                .isEqualTo(1);
    }

    @Test
    void the_latest_ofsted_judgement_counts_from_its_publication_for_four_years() {
        TestFacts inadequate = TestFacts.asOf("2022-06-01").inspection("2018-06-01", "INADEQUATE");
        assertThat(assess(new InadequateChildrensServices(), inadequate).points())
                .isEqualTo(4);
        TestFacts tooOld = TestFacts.asOf("2022-06-02").inspection("2018-06-01", "INADEQUATE");
        assertThat(assess(new InadequateChildrensServices(), tooOld).outcome()).isEqualTo(SignalResult.Outcome.NO_DATA);
        TestFacts improved = TestFacts.asOf("2022-06-01")
                .inspection("2018-06-01", "INADEQUATE")
                .inspection("2021-01-01", "REQUIRES_IMPROVEMENT");
        SignalResult clear = assess(new InadequateChildrensServices(), improved);
        assertThat(clear.flagged()).isFalse();
        assertThat(clear.words()).contains("\u201cRequires improvement\u201d");
        TestFacts publishedLater = TestFacts.asOf("2018-05-31").inspection("2018-06-01", "INADEQUATE");
        assertThat(assess(new InadequateChildrensServices(), publishedLater).flagged())
                .isFalse();
        TestFacts unreadable = TestFacts.asOf("2018-07-01").inspection("2018-06-01", null);
        assertThat(assess(new InadequateChildrensServices(), unreadable).outcome())
                .isEqualTo(SignalResult.Outcome.NO_DATA);
    }

    @Test
    void no_corporate_peer_challenge_for_more_than_five_years_or_never() {
        assertThat(assess(
                                new NoRecentCorporatePeerChallenge(),
                                TestFacts.asOf("2026-01-01").noChallengeRecords())
                        .outcome())
                .isEqualTo(SignalResult.Outcome.NO_DATA);
        SignalResult never = assess(new NoRecentCorporatePeerChallenge(), TestFacts.asOf("2026-01-01"));
        assertThat(never.points()).isEqualTo(1);
        assertThat(never.words()).isEqualTo("No corporate peer challenge recorded.");
        assertThat(assess(
                                new NoRecentCorporatePeerChallenge(),
                                TestFacts.asOf("2026-01-01").lastOnSite("2021-01-01"))
                        .flagged())
                .isFalse();
        assertThat(assess(
                                new NoRecentCorporatePeerChallenge(),
                                TestFacts.asOf("2026-01-01").lastOnSite("2020-12-31"))
                        .points())
                .isEqualTo(1);
    }
}
