package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events: one at a time and by CSV, all or nothing; bad inputs refused with clear messages; audited. */
@HubIntegrationTest
class RiskEventsTest {

    @Autowired
    RiskEvents events;

    @Autowired
    JdbcClient jdbc;

    static final String HEADER = "gss_code,kind,event_date,known_on,source,note\n";

    int count() {
        return jdbc.sql("select count(*) from risk_event where dataset is null")
                .query(Integer.class)
                .single();
    }

    static EventRules.Draft draft(String gss, String kind, LocalDate happened, LocalDate known) {
        return new EventRules.Draft(gss, kind, happened, known, "Council press release", "Demonstration data: test");
    }

    @Test
    void the_outcomes_before_april_2020_are_loaded_as_events_known_from_their_date() {
        int loaded = jdbc.sql("select count(*) from risk_event where dataset = 'risk/outcome-events.csv'")
                .query(Integer.class)
                .single();
        assertThat(loaded).isEqualTo(9);
        assertThat(jdbc.sql(
                                "select known_on from risk_event where dataset = 'risk/outcome-events.csv' and event_date = date '2014-12-01'")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2014, 12, 31));
    }

    @Test
    void an_event_is_recorded_and_audited() {
        CurrentUser adviser = RiskFixtures.adviser(jdbc);
        long id = events.record(
                adviser,
                draft("E06000040", "INTERIM_APPOINTMENT", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10)));
        assertThat(id).isPositive();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'risk-event.recorded' and subject_id = 'E06000040'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> events.record(
                        adviser,
                        draft("E06000040", "INTERIM_APPOINTMENT", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3))))
                .isInstanceOf(EventRefused.class)
                .hasMessageContaining("already has a interim appointment to a statutory post recorded on 3 March 2025");
    }

    @Test
    void future_dates_unknown_councils_and_missing_data_are_refused_with_every_reason() {
        CurrentUser adviser = RiskFixtures.adviser(jdbc);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertThatThrownBy(() -> events.record(adviser, draft("E06000034", "WHISTLEBLOWING", tomorrow, tomorrow)))
                .isInstanceOf(EventRefused.class)
                .satisfies(e -> assertThat(((EventRefused) e).problems())
                        .extracting(FormError::field)
                        .containsExactly("eventDate", "knownOn"));
        assertThatThrownBy(() -> events.record(
                        adviser,
                        draft("E99999999", "WHISTLEBLOWING", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))))
                .hasMessage("There is no council with the code E99999999 in the register");
        assertThatThrownBy(() -> events.record(adviser, new EventRules.Draft(null, null, null, null, " ", null)))
                .satisfies(e -> assertThat(((EventRefused) e).problems())
                        .extracting(FormError::message)
                        .containsExactly(
                                "Choose the council",
                                "Choose what happened",
                                "Enter the date it happened",
                                "Enter where this comes from (a notice, a report, a conversation)"));
        assertThatThrownBy(() -> events.record(
                        adviser,
                        draft("E06000034", "WHISTLEBLOWING", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1))))
                .hasMessage("The date it became known cannot be before the date it happened");
        // Northamptonshire County Council was abolished on 1 April 2021.
        assertThatThrownBy(() -> events.record(
                        adviser,
                        draft("E10000021", "WHISTLEBLOWING", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1))))
                .hasMessageContaining("was abolished on 1 April 2021");
        assertThatThrownBy(() -> events.record(
                        adviser, draft("E06000034", "RUMOUR", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1))))
                .hasMessageStartingWith("RUMOUR is not a kind of event");
    }

    @Test
    void a_file_with_one_bad_line_imports_nothing_and_names_the_line() {
        CurrentUser programme = RiskFixtures.programme(jdbc);
        int before = count();
        String file = HEADER
                + "E06000001,CHIEF_EXECUTIVE_DEPARTURE,2024-05-01,2024-05-02,Press release,\n"
                + "E06000002,section 151 officer departure,2024-06-01,,Press release,\n"
                + "E06000003,WHISTLEBLOWING,2099-01-01,,Letter,\n"
                + "E06000004,CHANGE_OF_POLITICAL_CONTROL,01/05/2024,,Election,\n"
                + "E06000001,CHIEF_EXECUTIVE_DEPARTURE,2024-05-01,2024-05-03,Another paper,\n";
        assertThatThrownBy(() -> events.importCsv(programme, "events.csv", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventRefused.class)
                .satisfies(e -> assertThat(((EventRefused) e).problems())
                        .extracting(FormError::message)
                        .containsExactly(
                                "Line 4: The date it happened must be today or in the past, not 1 January 2099",
                                "Line 5: event_date 01/05/2024 is not a date written as 2024-03-31",
                                "Line 6: the same event as line 2 (one council, kind and date is one event)"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_good_file_is_imported_whole_and_a_conflict_with_a_recorded_event_refuses_it_all() {
        CurrentUser programme = RiskFixtures.programme(jdbc);
        int before = count();
        String good = HEADER
                + "E07000223,DISCLAIMED_OPINION,2025-02-27,2025-03-05,Auditor's report,\n"
                + "E07000224,change-of-political-control,2025-05-02,,Election results,\"Demonstration data: \"\"no overall control\"\"\"\n";
        assertThat(events.importCsv(programme, "good.csv", good.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        String conflicting = HEADER
                + "E07000225,WHISTLEBLOWING,2025-01-01,,Letter,\n"
                + "E07000223,DISCLAIMED_OPINION,2025-02-27,,Another copy,\n";
        assertThatThrownBy(() -> events.importCsv(programme, "again.csv", conflicting.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("Line 3: ")
                .hasMessageContaining("already has a disclaimed audit opinion recorded on 27 February 2025");
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void files_that_are_not_csv_of_events_are_refused_with_one_sentence() {
        CurrentUser programme = RiskFixtures.programme(jdbc);
        assertThatThrownBy(() -> events.importCsv(programme, "empty.csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("The file has no events");
        assertThatThrownBy(
                        () -> events.importCsv(programme, "wrong.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("The file has no column gss_code, kind, event_date, source");
        assertThatThrownBy(() -> events.importCsv(programme, "latin1.csv", new byte[] {'g', ',', (byte) 0xE9, '\n'}))
                .hasMessageContaining("not UTF-8");
    }
}
