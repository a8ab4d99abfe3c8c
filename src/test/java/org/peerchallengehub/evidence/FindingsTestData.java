package org.peerchallengehub.evidence;

import java.time.LocalDate;
import java.util.List;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence for the findings' tests, written straight into the tables (the notes and the board are
 * built by their own parts): an on-site challenge with notes from its three sessions and two themes.
 */
public final class FindingsTestData {

    public static final String PRIORITIES = "local-priorities-and-outcomes";
    public static final String GOVERNANCE = "governance-and-culture";
    public static final String AMBITION = "A clear, shared ambition for the place";
    public static final String REPORTING = "Performance reports are hard to use";

    private FindingsTestData() {}

    /**
     * An on-site challenge and its evidence: under local priorities, a strength heard from the
     * councillors (lead peer), the staff (officer peer) and the partners (lead peer), grouped in the
     * theme {@link #AMBITION}; under governance, an area for improvement from the staff only, in the theme
     * {@link #REPORTING} (a finding from it is weakly supported).
     *
     * @param notes the four notes in that order
     */
    public record Board(OnSiteChallenge challenge, List<Long> notes, long ambitionTheme, long reportingTheme) {

        public long id() {
            return challenge.id();
        }
    }

    public static Board board(ApplicationContext context, CurrentUser manager) {
        return board(context, manager, "E06000034");
    }

    /** The same for a challenge of the council of this GSS code. */
    public static Board board(ApplicationContext context, CurrentUser manager, String councilGss) {
        OnSiteChallenge c = ChallengeFixtures.onSite(
                context, manager, councilGss, LocalDate.now().minusDays(1));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Long> sessions = c.sessionIds();
        long councillors = note(
                jdbc,
                c.id(),
                sessions.get(0),
                c.leadPeer(),
                "STRENGTH",
                "Councillors describe a clear shared ambition for the borough",
                PRIORITIES);
        long staff = note(
                jdbc,
                c.id(),
                sessions.get(1),
                c.officerPeer(),
                "STRENGTH",
                "Staff say the council plan guides their daily work",
                PRIORITIES);
        long partners = note(
                jdbc,
                c.id(),
                sessions.get(2),
                c.leadPeer(),
                "STRENGTH",
                "Partners recognise the council's priorities as their own",
                PRIORITIES);
        long reporting = note(
                jdbc,
                c.id(),
                sessions.get(1),
                c.officerPeer(),
                "AREA_FOR_IMPROVEMENT",
                "Staff find the monthly performance reports hard to use",
                GOVERNANCE);
        long ambition = theme(jdbc, c.id(), PRIORITIES, AMBITION, List.of(councillors, staff, partners));
        long weak = theme(jdbc, c.id(), GOVERNANCE, REPORTING, List.of(reporting));
        return new Board(c, List.of(councillors, staff, partners, reporting), ambition, weak);
    }

    /** A note of a session, coded to one component. */
    public static long note(
            JdbcClient jdbc,
            long challenge,
            long session,
            CurrentUser author,
            String kind,
            String text,
            String component) {
        long note = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, kind, text,
                                                   author_user_id, author_name)
                        values (:c, gen_random_uuid(), 'SESSION', :s, :kind, :text, :author, :name)
                        returning id
                        """)
                .param("c", challenge)
                .param("s", session)
                .param("kind", kind)
                .param("text", text)
                .param("author", author.id())
                .param("name", author.displayName())
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:n, :component)")
                .param("n", note)
                .param("component", component)
                .update();
        return note;
    }

    /** A theme of the board under a component, holding the notes. */
    public static long theme(JdbcClient jdbc, long challenge, String component, String name, List<Long> notes) {
        long theme = jdbc.sql(
                        """
                        insert into evidence_theme (challenge_id, component_id, name) values (:c, :component, :name)
                        returning id
                        """)
                .param("c", challenge)
                .param("component", component)
                .param("name", name)
                .query(Long.class)
                .single();
        for (long n : notes) {
            jdbc.sql("insert into evidence_theme_note (theme_id, note_id) values (:t, :n)")
                    .param("t", theme)
                    .param("n", n)
                    .update();
        }
        return theme;
    }
}
