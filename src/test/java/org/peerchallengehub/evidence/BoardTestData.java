package org.peerchallengehub.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notes for the board's tests (and its browser journey), written straight into evidence_note and evidence_note_code (the notes
 * service is another part's), on an on-site challenge of {@link ChallengeFixtures#onSite}.
 */
public final class BoardTestData {

    public static final String PRIORITIES = "local-priorities-and-outcomes";
    static final String FINANCE = "financial-planning-and-management";

    /** Three subjects, four notes each, that any reader would put in three themes. */
    public static final List<String> HOUSING = List.of(
            "New homes are being delivered well ahead of the council's housing target",
            "The council has built more affordable homes this year than in any year before",
            "Housing delivery is strong: three hundred council homes were completed on time",
            "Developers praised the pace at which new housing schemes get planning consent and are built");

    static final List<String> STAFF = List.of(
            "Staff morale is low after the restructure",
            "Employees told us they feel undervalued and overworked since the reorganisation",
            "Frontline staff say morale has dropped and many are thinking of leaving",
            "Staff feel the restructure was done to them and their morale has suffered");

    static final List<String> BUDGET = List.of(
            "The medium term financial plan has a large unfunded budget gap",
            "Reserves are being used to balance the budget every year",
            "Savings to close next year's budget gap have not yet been identified",
            "The budget gap of twelve million pounds has no agreed plan to close it");

    private BoardTestData() {}

    /** The password of a sign-in made by {@link ChallengeFixtures#peerUser}. */
    public static String password(CurrentUser user) {
        return "test-password-" + user.email();
    }

    static CurrentUser user(ApplicationContext context, String email) {
        return ((AuthenticatedUser) context.getBean(UserDetailsService.class).loadUserByUsername(email)).currentUser();
    }

    /** An on-site challenge of the demo council, managed by the demo manager. */
    public static OnSiteChallenge challenge(ApplicationContext context) {
        return ChallengeFixtures.onSite(
                context, user(context, Demo.MANAGER), Demo.COUNCIL_GSS, LocalDate.now(context.getBean(Clock.class)));
    }

    /** A note from the challenge's session (by position), filed under the component; its id. */
    static long note(JdbcClient jdbc, OnSiteChallenge c, int session, NoteKind kind, String text, String componentId) {
        long id = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, kind, text,
                                                   author_user_id, author_name)
                        values (:c, :key, 'SESSION', :s, :kind, :text, :author, :name) returning id
                        """)
                .param("c", c.id())
                .param("key", UUID.randomUUID())
                .param("s", c.sessionIds().get(session))
                .param("kind", kind.name())
                .param("text", text)
                .param("author", c.leadPeer().id())
                .param("name", c.leadPeer().displayName())
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:n, :component)")
                .param("n", id)
                .param("component", componentId)
                .update();
        return id;
    }

    /** The twelve notes of the three subjects under local priorities: housing (councillors), staff (staff), budget (partners). */
    public static Notes threeSubjects(JdbcClient jdbc, OnSiteChallenge c) {
        List<Long> housing = HOUSING.stream()
                .map(t -> note(jdbc, c, 0, NoteKind.STRENGTH, t, PRIORITIES))
                .toList();
        List<Long> staff = STAFF.stream()
                .map(t -> note(jdbc, c, 1, NoteKind.AREA_FOR_IMPROVEMENT, t, PRIORITIES))
                .toList();
        List<Long> budget = BUDGET.stream()
                .map(t -> note(jdbc, c, 2, NoteKind.AREA_FOR_IMPROVEMENT, t, PRIORITIES))
                .toList();
        return new Notes(housing, staff, budget);
    }

    public record Notes(List<Long> housing, List<Long> staff, List<Long> budget) {}
}
