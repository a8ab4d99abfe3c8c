package org.peerchallengehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.challenges.Challenges;
import org.peerchallengehub.challenges.DocumentKind;
import org.peerchallengehub.challenges.PoliticalControl;
import org.peerchallengehub.identity.IdentityFixtures;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.knowledge.ReportFixtures;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.reporting.FeedbackReportFixtures;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The access matrix (src/test/resources/access-matrix.txt): every route the running application maps
 * has a row, every row names a route, and each kind of visitor gets, over real HTTP, the outcome the row
 * declares. It creates the accounts, challenges, documents, data packs and teams it asks for; it relies
 * on no demo data. docs/access.md is the rendering of the same file: run this class with
 * {@code -Daccess.write=true} to regenerate it.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final Path MATRIX = Path.of("src/test/resources/access-matrix.txt");
    static final Path DOCS = Path.of("docs/access.md");

    /** Routes of Spring itself, not of the Hub, with the reason they have no row. */
    static final Map<String, String> EXCLUDED = Map.of(
            "ANY /error",
            "Spring Boot's error page: the servlet container forwards failed requests to it; never linked");

    static final List<String> VISITORS = List.of("public", "council", "peer", "manager", "adviser", "programme");
    static final Set<String> OUTCOMES = Set.of("ok", "signin", "forbidden", "notfound");
    static final String PASSWORD = "matrix-password-0123456789";
    static final String OWN_GSS = "E06000034"; // Thurrock Council
    static final String OTHER_GSS = "E09000022"; // Lambeth
    static final String REPORT_GSS = "E06000003"; // Redcar and Cleveland: a published report no other test imports

    /** One row of the matrix. */
    record Row(String module, String method, String pattern, String example, List<String> outcomes, String note) {
        String route() {
            return method + " " + pattern;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PeerPool peers;

    @Autowired
    Challenges challenges;

    @Autowired
    JdbcClient jdbc;

    final Map<String, String> objects = new LinkedHashMap<>();
    final Map<String, Visitor> visitors = new LinkedHashMap<>();

    // --- the data the rows ask for

    CurrentUser account(String key, Role role, String gss) {
        String email = "matrix." + key + "@example.test";
        UserAccount a = accounts.byEmail(email)
                .orElseGet(() -> accounts.create(
                        new NewUserAccount(email, "Matrix " + key, role, gss, null, null, PASSWORD, false)));
        objects.put("user." + key, String.valueOf(a.id()));
        return new CurrentUser(a.id(), email, "Matrix " + key, role, gss);
    }

    long peerEntry(String name, String email) {
        return peers.create(new PeerDraft(
                name, PeerKind.OFFICER, "Director", "Somewhere", null, null, email, true, null, List.of()));
    }

    long pdf(CurrentUser by, long challenge, DocumentKind kind, String name) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        return challenges.upload(by, challenge, kind, name, pdf);
    }

    long dataPack(CurrentUser by, long challenge) {
        long document = pdf(by, challenge, DocumentKind.DATA_PACK, "matrix-data-pack.pdf");
        jdbc.sql(
                        """
                        insert into challenge_data_pack (document_id, as_of, trend_metrics, title, html)
                        values (:d, date '2030-03-31', array['net-revenue-expenditure'], 'Matrix data pack',
                                '<p>Figures made up for the access matrix</p>')
                        """)
                .param("d", document)
                .update();
        return document;
    }

    /**
     * A note, a theme holding it and a finding it supports, in the challenge's evidence: note.own /
     * theme.own / finding.own and note.other / theme.other / finding.other (written directly: the
     * challenges of the matrix are not on site, where the evidence module's services would take them).
     */
    void evidence(long challenge, String key, Long session) {
        long note = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, metric_id, kind, text,
                                                   author_user_id, author_name)
                        values (:c, gen_random_uuid(), :source, :session, :metric, 'STRENGTH',
                                'Matrix note: staff speak well of the leadership', 0, 'Matrix')
                        returning id
                        """)
                .param("c", challenge)
                .param("source", session == null ? "DATA" : "SESSION")
                .param("session", session)
                .param("metric", session == null ? "net-revenue-expenditure" : null)
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:n, 'local-priorities-and-outcomes')")
                .param("n", note)
                .update();
        long theme = jdbc.sql(
                        """
                        insert into evidence_theme (challenge_id, component_id, name)
                        values (:c, 'local-priorities-and-outcomes', 'Matrix theme') returning id
                        """)
                .param("c", challenge)
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_theme_note (theme_id, note_id) values (:t, :n)")
                .param("t", theme)
                .param("n", note)
                .update();
        long finding = jdbc.sql(
                        """
                        insert into evidence_finding (challenge_id, component_id, kind, text, theme_id,
                                                      created_by_name, updated_by_name)
                        values (:c, 'local-priorities-and-outcomes', 'STRENGTH', 'Matrix finding', :t, 'Matrix', 'Matrix')
                        returning id
                        """)
                .param("c", challenge)
                .param("t", theme)
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_finding_note (finding_id, note_id) values (:f, :n)")
                .param("f", finding)
                .param("n", note)
                .update();
        objects.put("note." + key, String.valueOf(note));
        objects.put("theme." + key, String.valueOf(theme));
        objects.put("finding." + key, String.valueOf(finding));
    }

    /**
     * feedback.draft and feedback.check: challenges of the own council (its manager the matrix manager, the
     * matrix peer on their teams) whose feedback reports are a draft and in the council's factual accuracy
     * check; comment.team (a resolved team comment) and comment.check (the council's proposed correction)
     * on the latter.
     */
    void feedbackReports(CurrentUser manager, CurrentUser council, long peerOnTeam) {
        objects.put(
                "feedback.draft",
                String.valueOf(FeedbackReportFixtures.draft(context, manager, OWN_GSS, List.of(peerOnTeam))));
        FeedbackReportFixtures.InCheck check =
                FeedbackReportFixtures.inCouncilCheck(context, manager, council, OWN_GSS, List.of(peerOnTeam));
        objects.put("feedback.check", String.valueOf(check.challengeId()));
        objects.put("comment.team", String.valueOf(check.teamComment()));
        objects.put("comment.check", String.valueOf(check.correction()));
    }

    /** Early warning: the adviser looks after the own council's region (East of England), not the other's (London). */
    void risk(CurrentUser adviser) {
        jdbc.sql("insert into risk_adviser_region (user_id, region, set_by) values (:u, 'EAST_OF_ENGLAND', 'Matrix')")
                .param("u", adviser.id())
                .update();
        objects.put("adviser.own", String.valueOf(adviser.id()));
    }

    /**
     * A support offer and a draft summary for the own council (offer.own, summary.own), written directly:
     * the support record's service would check the dates against today.
     */
    void support() {
        objects.put(
                "offer.own",
                String.valueOf(jdbc.sql(
                                """
                                insert into assistance_offer (council_gss, kind, state, offered_on, recorded_by_name)
                                values (:g, 'FINANCE_PEER_REVIEW', 'OFFERED', date '2026-01-05', 'Matrix') returning id
                                """)
                        .param("g", OWN_GSS)
                        .query(Long.class)
                        .single()));
        objects.put(
                "summary.own",
                String.valueOf(jdbc.sql(
                                """
                                insert into assistance_summary (council_gss, text, written_by_name)
                                values (:g, 'Matrix summary', 'Matrix') returning id
                                """)
                        .param("g", OWN_GSS)
                        .query(Long.class)
                        .single()));
    }

    @BeforeAll
    void createTheDataTheRowsAskFor() throws Exception {
        CurrentUser programmeTeam = account("programme", Role.PROGRAMME_TEAM, null);
        CurrentUser manager = account("manager", Role.PEER_CHALLENGE_MANAGER, null);
        CurrentUser otherManager = account("other-manager", Role.PEER_CHALLENGE_MANAGER, null);
        CurrentUser adviser = account("adviser", Role.PRINCIPAL_ADVISER, null);
        account("peer", Role.PEER, null);
        CurrentUser councilUser = account("council", Role.COUNCIL, OWN_GSS);
        account("spare", Role.PEER, null);

        long peerOnTeam = peerEntry("Matrix Peer", "matrix.peer@example.test");
        long sparePeer = peerEntry("Matrix Spare Peer", null);
        long otherPeer = peerEntry("Matrix Other Peer", null);
        objects.put("peer.own", String.valueOf(peerOnTeam));
        objects.put("peer.spare", String.valueOf(sparePeer));
        peers.declareInterest(sparePeer, OTHER_GSS, "Worked there until 2020");
        peers.addUnavailability(sparePeer, LocalDate.of(2035, 1, 1), LocalDate.of(2035, 1, 2), null);

        LocalDate start = LocalDate.of(2031, 6, 2);
        long own = challenges.book(
                programmeTeam,
                new Challenges.Booking(
                        OWN_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        PoliticalControl.LABOUR,
                        manager.id(),
                        adviser.id(),
                        null));
        long other = challenges.book(
                programmeTeam,
                new Challenges.Booking(
                        OTHER_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        PoliticalControl.LABOUR,
                        otherManager.id(),
                        null,
                        null));
        objects.put("challenge.own", String.valueOf(own));
        objects.put("challenge.other", String.valueOf(other));
        objects.put("council.own", OWN_GSS);
        objects.put("council.other", OTHER_GSS);

        long onTeam = ChallengeFixtures.proposeOfficerPeer(context, programmeTeam, own, peerOnTeam);
        long spareMember = ChallengeFixtures.proposeOfficerPeer(context, programmeTeam, own, sparePeer);
        long otherMember = ChallengeFixtures.proposeOfficerPeer(context, programmeTeam, other, otherPeer);
        objects.put("member.own", String.valueOf(spareMember));
        objects.put("member.other", String.valueOf(otherMember));

        objects.put("document.own", String.valueOf(pdf(programmeTeam, own, DocumentKind.SUPPORTING, "own.pdf")));
        objects.put("document.other", String.valueOf(pdf(programmeTeam, other, DocumentKind.SUPPORTING, "other.pdf")));
        objects.put("datapack.own", String.valueOf(dataPack(programmeTeam, own)));
        objects.put("datapack.other", String.valueOf(dataPack(programmeTeam, other)));

        objects.put(
                "focus.own",
                String.valueOf(ChallengeFixtures.addFocusArea(context, programmeTeam, own, "Matrix focus")));
        long session = ChallengeFixtures.addInterview(context, programmeTeam, own, start, onTeam);
        objects.put("session.own", String.valueOf(session));
        evidence(own, "own", session);
        evidence(other, "other", null);
        feedbackReports(manager, councilUser, peerOnTeam);

        objects.put(
                "token.programme",
                String.valueOf(IdentityFixtures.createApiToken(context, programmeTeam, "Matrix token")));
        long group = jdbc.sql("insert into comparator_group (owner_id, name) values (:o, 'Matrix group') returning id")
                .param("o", programmeTeam.id())
                .query(Long.class)
                .single();
        jdbc.sql("insert into comparator_group_member (group_id, area) values (:g, :a)")
                .param("g", group)
                .param("a", OWN_GSS)
                .update();
        objects.put("group.programme", String.valueOf(group));
        objects.put("none", "999999999");
        risk(adviser);
        support();
        long report = ReportFixtures.importSample(context, REPORT_GSS, LocalDate.of(2016, 3, 7));
        objects.put("report", String.valueOf(report));
        objects.put(
                "finding",
                String.valueOf(jdbc.sql("select min(id) from report_finding where report_id = :r")
                        .param("r", report)
                        .query(Long.class)
                        .single()));

        visitors.put("public", Visitor.anonymous(port));
        for (String visitor : VISITORS.subList(1, VISITORS.size())) {
            visitors.put(visitor, Visitor.signedIn(port, "matrix." + visitor + "@example.test"));
        }
    }

    // --- the matrix file

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        String module = null;
        int number = 0;
        for (String line : Files.readAllLines(MATRIX)) {
            number++;
            String text = line.strip();
            if (text.startsWith("## ")) {
                module = text.substring(3).strip();
                continue;
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String note = "";
            int hash = text.indexOf(" #");
            if (hash >= 0) {
                note = text.substring(hash + 2).strip();
                text = text.substring(0, hash).strip();
            }
            String[] columns = text.split("\\s+");
            if (module == null || columns.length != 3 + VISITORS.size()) {
                throw new AssertionError(
                        "access-matrix.txt line " + number + " is not a row under a ## module: " + line);
            }
            List<String> outcomes = List.of(columns).subList(3, columns.length);
            for (String outcome : outcomes) {
                if (!OUTCOMES.contains(outcome)) {
                    throw new AssertionError("access-matrix.txt line " + number + ": unknown outcome " + outcome);
                }
            }
            rows.add(new Row(module, columns[0], columns[1], columns[2], outcomes, note));
        }
        return rows;
    }

    /** Every route the application maps, as "METHOD pattern" (ANY when the mapping names no method). */
    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(m -> routes.add(m + " " + pattern));
                }
            });
        }
        return routes;
    }

    // --- the tests

    @Test
    void every_route_of_the_application_has_a_row() throws IOException {
        Set<String> declared = new TreeSet<>();
        rows().forEach(r -> declared.add(r.route()));
        List<String> missing = routes().stream()
                .filter(r -> !declared.contains(r) && !EXCLUDED.containsKey(r))
                .toList();
        assertThat(missing)
                .as("routes without a row in %s (add one under the module's heading)", MATRIX)
                .isEmpty();
    }

    @Test
    void every_row_names_a_route_of_the_application_or_an_unknown_one() throws IOException {
        Set<String> routes = routes();
        List<String> stale = rows().stream()
                .filter(r -> !r.pattern().equals("(unknown)") && !routes.contains(r.route()))
                .map(Row::route)
                .distinct()
                .toList();
        assertThat(stale)
                .as("rows naming no route (PATTERN (unknown) marks a path nothing maps)")
                .isEmpty();
    }

    @Test
    void each_visitor_gets_the_outcome_its_row_declares() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = rows();
        for (Row row : rows) {
            String path = resolve(row.example());
            for (int i = 0; i < VISITORS.size(); i++) {
                String visitor = VISITORS.get(i);
                HttpResponse<String> response = visitors.get(visitor).request(row.method(), path);
                String outcome = outcome(response);
                if (outcome == null) {
                    wrong.add(row.method() + " " + path + " as " + visitor + ": " + response.statusCode()
                            + " (a server error)");
                } else if (!outcome.equals(row.outcomes().get(i))) {
                    wrong.add(
                            row.method() + " " + path + " as " + visitor + ": " + outcome + " (" + response.statusCode()
                                    + "), the row says " + row.outcomes().get(i));
                }
            }
        }
        assertThat(wrong).as("outcomes that differ from %s", MATRIX).isEmpty();
        assertThat(rows).as("the unknown-route rows").anyMatch(r -> r.pattern().equals("(unknown)"));
    }

    @Test
    void a_wrong_address_shows_page_not_found_to_the_public_and_to_the_signed_in() throws Exception {
        for (String visitor : List.of("public", "council", "programme")) {
            HttpResponse<String> response = visitors.get(visitor).request("GET", "/challenges/no/such/page");
            assertThat(response.statusCode()).as(visitor).isEqualTo(404);
            assertThat(response.body()).as(visitor).contains("Page not found").doesNotContain("name=\"password\"");
        }
    }

    @Test
    void docs_access_md_is_the_rendering_of_the_matrix() throws IOException {
        String rendered = render(rows());
        if (Boolean.getBoolean("access.write")) {
            Files.writeString(DOCS, rendered);
        }
        assertThat(Files.exists(DOCS) ? Files.readString(DOCS) : "")
                .as("docs/access.md is stale: regenerate it with ./mvnw -o verify -Dtest=AccessMatrixTest"
                        + " -Daccess.write=true")
                .isEqualTo(rendered);
    }

    // --- requests and outcomes

    String resolve(String example) {
        Matcher m = Pattern.compile("\\{\\{([a-z.-]+)}}").matcher(example);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = objects.get(m.group(1));
            if (value == null) {
                throw new AssertionError("no object " + m.group(1) + " for the example " + example);
            }
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** ok, signin, forbidden or notfound; null for a server error. */
    static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return null;
        }
        if (status == 401) {
            return "signin";
        }
        if (status / 100 == 3
                && response.headers()
                        .firstValue("Location")
                        .map(l -> URI.create(l).getPath().equals("/sign-in"))
                        .orElse(false)) {
            return "signin";
        }
        return switch (status) {
            case 403 -> "forbidden";
            case 404 -> "notfound";
            default -> "ok";
        };
    }

    /** One visitor's browser: its own cookies, and the CSRF token of its own session. */
    static final class Visitor {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        final String base;
        final HttpClient http;
        String csrf;

        Visitor(int port) {
            this.base = "http://localhost:" + port;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        /** Not signed in, but holding a session and its CSRF token (from the sign-in form). */
        static Visitor anonymous(int port) throws Exception {
            Visitor v = new Visitor(port);
            v.csrf = v.token("/sign-in");
            return v;
        }

        static Visitor signedIn(int port, String email) throws Exception {
            Visitor v = new Visitor(port);
            String form = "_csrf=" + enc(v.token("/sign-in")) + "&email=" + enc(email) + "&password=" + enc(PASSWORD);
            HttpResponse<String> signIn = v.send(HttpRequest.newBuilder(URI.create(v.base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signIn.headers().firstValue("Location").orElse("/sign-in"))
                    .as("%s signs in", email)
                    .doesNotContain("/sign-in");
            v.csrf = v.token("/account");
            return v;
        }

        String token(String page) throws Exception {
            String body = send(HttpRequest.newBuilder(URI.create(base + page)).header("Accept", "text/html"))
                    .body();
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a CSRF token on " + page).isTrue();
            return m.group(1);
        }

        HttpResponse<String> request(String method, String path) throws Exception {
            boolean api = path.startsWith("/api/");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", api ? "application/json" : "text/html");
            switch (method) {
                case "GET", "ANY" -> request.GET();
                case "POST", "PUT", "PATCH", "DELETE" ->
                    request.header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-CSRF-TOKEN", csrf)
                            .method(method, HttpRequest.BodyPublishers.ofString(""));
                default -> throw new AssertionError("unknown method " + method);
            }
            return send(request);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    // --- docs/access.md

    static final Map<String, String> WORDS =
            Map.of("ok", "yes", "signin", "sign in", "forbidden", "no (403)", "notfound", "not found (404)");

    static String render(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# Who may do what\n\n");
        md.append(
                "Generated from `src/test/resources/access-matrix.txt` by `AccessMatrixTest`: do not edit by hand.\n");
        md.append("To regenerate after changing the matrix:\n");
        md.append("`./mvnw -o verify -Dtest=AccessMatrixTest -Dit.test=NONE -Daccess.write=true`.\n\n");
        md.append(
                "Each row is a route (method and path as the controller maps it) and what each kind of visitor gets:\n");
        md.append("**yes** (allowed), **sign in** (pages send the visitor to sign in, the API answers 401), ");
        md.append("**no** (403: signed in, but the role does not allow it) or **not found** (404: the object is not ");
        md.append("revealed, e.g. another council's challenge). Visitors: the public (not signed in), a council user ");
        md.append("(of the council whose challenge the row names as *own*), a peer (on the team of the *own* ");
        md.append(
                "challenge only), a peer challenge manager (managing the *own* challenge only), a principal adviser ");
        md.append("(advising on the *own* challenge only) and the programme team. A path no controller maps is ");
        md.append("*not found* for everyone.\n");
        String module = null;
        for (Row row : rows) {
            if (!row.module().equals(module)) {
                module = row.module();
                md.append("\n## ").append(module).append("\n\n");
                md.append("| Method | Route | Case | Public | Council | Peer | Manager | Adviser | Programme team |\n");
                md.append("|---|---|---|---|---|---|---|---|---|\n");
            }
            md.append("| ")
                    .append(row.method())
                    .append(" | `")
                    .append(row.pattern())
                    .append("` | ");
            md.append(row.note().replace("|", "\\|")).append(" |");
            for (String outcome : row.outcomes()) {
                md.append(' ').append(WORDS.get(outcome)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
