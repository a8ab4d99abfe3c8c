package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo board: the demo's notes grouped, with a peer's merge and renames to show; nothing without notes. */
@HubIntegrationTest
class DemoEvidenceBoardTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BoardRepository repository;

    @Autowired
    GroupingRuns runs;

    @Autowired
    Board board;

    @Autowired
    NoteVectors vectors;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_groups_the_notes_and_shows_a_peers_merge_and_renames() {
        DemoEvidenceBoard demo = new DemoEvidenceBoard(repository, runs, board, vectors, users);
        OnSiteChallenge empty = BoardTestData.challenge(context);
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.threeSubjects(jdbc, c);
        BoardTestData.note(jdbc, c, 2, NoteKind.STRENGTH, "The finance team is highly regarded", BoardTestData.FINANCE);

        // the demo finds the challenges with notes and no themes (run here on these two only: the test
        // database is shared, and other tests' challenges are theirs)
        assertThat(repository.challengesWithNotesAndNoThemes()).contains(c.id()).doesNotContain(empty.id());
        demo.board(empty.id());
        demo.board(c.id());
        assertThat(repository.challengesWithNotesAndNoThemes()).doesNotContain(c.id());

        assertThat(board.view(empty.leadPeer(), empty.id()).themeCount()).isZero();
        Board.BoardView v = board.view(c.leadPeer(), c.id());
        List<Board.ThemeCard> edited = v.sections().stream()
                .flatMap(s -> s.themes().stream())
                .filter(Board.ThemeCard::edited)
                .toList();
        assertThat(edited).hasSizeGreaterThanOrEqualTo(2);
        assertThat(edited).allSatisfy(t -> assertThat(t.name()).startsWith("Agreed theme: "));
        assertThat(v.run().state()).isEqualTo("DONE");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'evidence.theme-merged' and subject_id = :t")
                        .param(
                                "t",
                                String.valueOf(v.sections().getFirst().themes().stream()
                                        .filter(Board.ThemeCard::edited)
                                        .findFirst()
                                        .orElseThrow()
                                        .id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void in_demo_mode_only_the_demo_challenge_on_site_is_grouped() {
        DemoEvidenceBoard demo = new DemoEvidenceBoard(repository, runs, board, vectors, users);
        OnSiteChallenge leeds = org.peerchallengehub.challenges.ChallengeFixtures.onSite(
                context,
                BoardTestData.user(context, org.peerchallengehub.support.Demo.MANAGER),
                DemoEvidenceBoard.LEEDS,
                java.time.LocalDate.now(context.getBean(java.time.Clock.class)));
        BoardTestData.threeSubjects(jdbc, leeds);
        OnSiteChallenge thurrock = BoardTestData.challenge(context);
        BoardTestData.threeSubjects(jdbc, thurrock);

        demo.contribute(new org.peerchallengehub.shared.demo.DemoContext(java.time.LocalDate.now()));

        assertThat(board.view(leeds.leadPeer(), leeds.id()).themeCount()).isPositive();
        assertThat(board.view(thurrock.leadPeer(), thurrock.id()).themeCount()).isZero();
    }
}
