package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeReports.ReportStage;
import org.peerchallengehub.reporting.ReportWorkflow.Actor;
import org.peerchallengehub.reporting.ReportWorkflow.Facts;

/** The report's workflow rules, without Spring: moves, edits, comments, reading, the challenge's stage. */
class ReportWorkflowTest {

    static final Facts CLEAR = new Facts(0, 0);

    @Test
    void a_report_moves_one_step_at_a_time_from_draft_to_published() {
        assertThat(ReportWorkflow.next(ReportState.DRAFT)).contains(ReportState.TEAM_REVIEW);
        assertThat(ReportWorkflow.next(ReportState.TEAM_REVIEW)).contains(ReportState.FACTUAL_ACCURACY_CHECK);
        assertThat(ReportWorkflow.next(ReportState.FACTUAL_ACCURACY_CHECK)).contains(ReportState.FINAL);
        assertThat(ReportWorkflow.next(ReportState.FINAL)).contains(ReportState.PUBLISHED);
        assertThat(ReportWorkflow.next(ReportState.PUBLISHED)).isEmpty();
        for (ReportState from : ReportState.values()) {
            for (ReportState to : ReportState.values()) {
                boolean legal = ReportWorkflow.next(from).filter(to::equals).isPresent();
                if (legal) {
                    assertThatCode(() -> ReportWorkflow.checkMove(from, to, Actor.MANAGER, CLEAR))
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> ReportWorkflow.checkMove(from, to, Actor.MANAGER, CLEAR))
                            .as(from + " to " + to)
                            .isInstanceOf(ReportRefused.class);
                }
            }
        }
    }

    @Test
    void publishing_before_final_is_refused_with_the_reason() {
        assertThatThrownBy(
                        () -> ReportWorkflow.checkMove(ReportState.DRAFT, ReportState.PUBLISHED, Actor.MANAGER, CLEAR))
                .hasMessage("A report is published only once it is final: it is “Draft”.");
        assertThatThrownBy(() -> ReportWorkflow.checkMove(
                        ReportState.FACTUAL_ACCURACY_CHECK, ReportState.PUBLISHED, Actor.MANAGER, CLEAR))
                .hasMessageContaining("only once it is final");
        assertThatThrownBy(() ->
                        ReportWorkflow.checkMove(ReportState.PUBLISHED, ReportState.PUBLISHED, Actor.MANAGER, CLEAR))
                .hasMessageContaining("a correction is published as a new edition");
    }

    @Test
    void only_the_manager_moves_the_report() {
        assertThatThrownBy(
                        () -> ReportWorkflow.checkMove(ReportState.DRAFT, ReportState.TEAM_REVIEW, Actor.TEAM, CLEAR))
                .hasMessageContaining("manager");
        assertThatThrownBy(() -> ReportWorkflow.checkMove(
                        ReportState.FACTUAL_ACCURACY_CHECK, ReportState.FINAL, Actor.COUNCIL, CLEAR))
                .hasMessageContaining("manager");
    }

    @Test
    void open_team_comments_hold_the_council_check_and_undecided_corrections_hold_the_final_report() {
        assertThatThrownBy(() -> ReportWorkflow.checkMove(
                        ReportState.TEAM_REVIEW, ReportState.FACTUAL_ACCURACY_CHECK, Actor.MANAGER, new Facts(2, 0)))
                .hasMessageContaining("2 comments are not resolved");
        assertThatThrownBy(() -> ReportWorkflow.checkMove(
                        ReportState.FACTUAL_ACCURACY_CHECK, ReportState.FINAL, Actor.MANAGER, new Facts(0, 1)))
                .hasMessageContaining("1 correction is waiting for your decision");
        // undecided corrections do not hold the team review, nor open comments the final report
        assertThatCode(() -> ReportWorkflow.checkMove(
                        ReportState.FACTUAL_ACCURACY_CHECK, ReportState.FINAL, Actor.MANAGER, new Facts(3, 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_team_writes_the_draft_the_manager_alone_changes_it_later_and_a_final_report_only_with_a_reason() {
        assertThatCode(() -> ReportWorkflow.checkEdit(ReportState.DRAFT, Actor.TEAM, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReportWorkflow.checkEdit(ReportState.TEAM_REVIEW, Actor.MANAGER, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.DRAFT, Actor.COUNCIL, null))
                .isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.FACTUAL_ACCURACY_CHECK, Actor.TEAM, null))
                .hasMessageContaining("only the peer challenge manager");
        assertThatCode(() -> ReportWorkflow.checkEdit(ReportState.FACTUAL_ACCURACY_CHECK, Actor.MANAGER, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.FINAL, Actor.MANAGER, null))
                .isInstanceOf(ReportRefused.class)
                .hasMessage("The report is final: a change is a new version, so give the reason for it.");
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.FINAL, Actor.MANAGER, "  "))
                .isInstanceOf(ReportRefused.class);
        assertThatCode(() -> ReportWorkflow.checkEdit(ReportState.FINAL, Actor.MANAGER, "A date was wrong"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.PUBLISHED, Actor.TEAM, "why"))
                .isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> ReportWorkflow.checkEdit(ReportState.PUBLISHED, Actor.MANAGER, null))
                .hasMessageContaining("give the reason");
    }

    @Test
    void the_team_comments_while_drafting_and_the_council_only_during_its_check() {
        assertThatCode(() -> ReportWorkflow.checkComment(ReportState.TEAM_REVIEW, Actor.TEAM))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportWorkflow.checkComment(ReportState.FACTUAL_ACCURACY_CHECK, Actor.TEAM))
                .isInstanceOf(ReportRefused.class);
        assertThatCode(() -> ReportWorkflow.checkComment(ReportState.FACTUAL_ACCURACY_CHECK, Actor.COUNCIL))
                .doesNotThrowAnyException();
        for (ReportState s :
                new ReportState[] {ReportState.DRAFT, ReportState.TEAM_REVIEW, ReportState.FINAL, ReportState.PUBLISHED
                }) {
            assertThatThrownBy(() -> ReportWorkflow.checkComment(s, Actor.COUNCIL))
                    .as(s.name())
                    .isInstanceOf(ReportRefused.class);
        }
    }

    @Test
    void the_council_reads_the_report_from_its_check_on_and_not_before() {
        assertThat(ReportWorkflow.mayRead(ReportState.DRAFT, Actor.COUNCIL)).isFalse();
        assertThat(ReportWorkflow.mayRead(ReportState.TEAM_REVIEW, Actor.COUNCIL))
                .isFalse();
        assertThat(ReportWorkflow.mayRead(ReportState.FACTUAL_ACCURACY_CHECK, Actor.COUNCIL))
                .isTrue();
        assertThat(ReportWorkflow.mayRead(ReportState.FINAL, Actor.COUNCIL)).isTrue();
        assertThat(ReportWorkflow.mayRead(ReportState.PUBLISHED, Actor.COUNCIL)).isTrue();
        assertThat(ReportWorkflow.mayRead(ReportState.DRAFT, Actor.TEAM)).isTrue();
    }

    @Test
    void the_facts_follow_the_record_until_the_council_checks_them_and_the_challenge_follows_the_report() {
        assertThat(ReportWorkflow.factsFollowRecord(ReportState.DRAFT)).isTrue();
        assertThat(ReportWorkflow.factsFollowRecord(ReportState.TEAM_REVIEW)).isTrue();
        assertThat(ReportWorkflow.factsFollowRecord(ReportState.FACTUAL_ACCURACY_CHECK))
                .isFalse();
        assertThat(ReportWorkflow.factsFollowRecord(ReportState.FINAL)).isFalse();
        assertThat(ReportWorkflow.challengeStage(ReportState.FACTUAL_ACCURACY_CHECK))
                .contains(ReportStage.FACTUAL_ACCURACY_CHECK);
        assertThat(ReportWorkflow.challengeStage(ReportState.FINAL)).contains(ReportStage.FINAL);
        assertThat(ReportWorkflow.challengeStage(ReportState.PUBLISHED)).contains(ReportStage.PUBLISHED);
    }

    @Test
    void a_slug_is_the_council_in_plain_letters() {
        assertThat(Reports.slugify("Leeds City Council")).isEqualTo("leeds-city-council");
        assertThat(Reports.slugify("St. Helens Borough Council")).isEqualTo("st-helens-borough-council");
        assertThat(Reports.slugify("Brighton & Hove City Council")).isEqualTo("brighton-and-hove-city-council");
        assertThat(Reports.slugify("Cyngor Gwynedd Ŵ")).isEqualTo("cyngor-gwynedd-w");
    }

    @Test
    void a_narrative_longer_than_the_limit_is_refused_with_a_clear_message() {
        String twoMegabytes = "a".repeat(2 * 1024 * 1024);
        assertThatThrownBy(() -> Reports.narrative(twoMegabytes))
                .isInstanceOf(ReportRefused.class)
                .hasMessage("The text is 2,097,152 characters long; a section can hold at most 100,000 characters"
                        + " (about 15,000 words). Shorten it, or split it across sections.");
        assertThat(Reports.narrative("x".repeat(ReportMarkdown.MAX_LENGTH))).hasSize(ReportMarkdown.MAX_LENGTH);
    }
}
