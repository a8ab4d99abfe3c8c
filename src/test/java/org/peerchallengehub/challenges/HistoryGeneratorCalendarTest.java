package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The generated history ({@code generate-history}) is one the life cycle could have made: no visit
 * past "on site" before its first day, no recorded date in the future, no report published before its
 * visit ended, no action plan or progress review before the report (issue 13). Its own database, as the
 * history fills the register.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.test.database=history-generator")
class HistoryGeneratorCalendarTest {

    @Autowired
    HistoryGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_generated_history_agrees_with_the_calendar() {
        var generated = generator.generate(4, 120, 2027);
        assertThat(generated.challenges()).isGreaterThan(200);
        LocalDate today = LocalDate.now();
        assertThat(count(
                        "state not in ('ENQUIRY','BOOKED','SCOPING','PREPARING','CANCELLED') and on_site_start > :today",
                        today))
                .as("past on site before the first visit day")
                .isZero();
        assertThat(count(
                        "state not in ('ENQUIRY','BOOKED','SCOPING','PREPARING','ON_SITE','CANCELLED') and on_site_end > :today",
                        today))
                .as("feedback before the last visit day")
                .isZero();
        assertThat(count(
                        "report_published_on > :today or action_plan_published_on > :today or progress_review_on > :today",
                        today))
                .as("dates in the future")
                .isZero();
        assertThat(count("report_published_on < on_site_end", today))
                .as("published before the visit ended")
                .isZero();
        assertThat(count(
                        "action_plan_published_on < report_published_on or progress_review_on < report_published_on",
                        today))
                .as("action plan or progress review before the report")
                .isZero();
        assertThat(count(
                        "state in ('PUBLISHED','ACTION_PLAN','PROGRESS_REVIEW') and report_published_on is null",
                        today))
                .as("published without a date")
                .isZero();
    }

    long count(String condition, LocalDate today) {
        return jdbc.sql("select count(*) from challenge where notes = :mark and (" + condition + ")")
                .param("mark", HistoryGenerator.MARK)
                .param("today", today)
                .query(Long.class)
                .single();
    }
}
