package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/**
 * A corporate peer challenge from booking to the team arriving on site, through the browser: the
 * manager builds the peer pool (the form and a CSV import), books the challenge, agrees its scope and
 * proposes the team; the council declines one peer with a reason, agrees the others and uploads its
 * position statement; the manager builds the on-site programme and moves the challenge on site.
 *
 * <p>Everything this test creates is its own: peers carry a random suffix, so no peer is double-booked
 * across tests. The visit began on the Monday two weeks ago: the life cycle lets a team be on site only
 * once the first visit day has come.
 */
@HubIntegrationTest
@DisplayName("Browser: a challenge from booking to on site")
class BrowserChallengeJourneyTest extends BrowserTestBase {

    private static final String THURROCK = "Thurrock Council";
    private static final String MANAGER_NAME = "Morgan Manager (demo)";

    /** Monday to Thursday of the week before last. */
    private static final java.time.LocalDate START = java.time.LocalDate.now()
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .minusWeeks(2);

    private static final java.time.LocalDate END = START.plusDays(3);

    private static String format(java.time.LocalDate date, String pattern) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.UK));
    }

    private static final String VISIT_DATES = format(START, "d MMM yyyy") + " to " + format(END, "d MMM yyyy");

    private final String suffix = "Q" + ThreadLocalRandom.current().nextInt(10_000, 100_000);

    private final String leadOfficer = "Dana Lead " + suffix;
    private final String leadMember = "Cllr Robin Lead " + suffix;
    private final String declinedOfficer = "Sam Officer " + suffix;
    private final String officer = "Kim Officer " + suffix;
    private final String thurrockOfficer = "Tay Thurrock " + suffix;

    @TempDir
    Path files;

    @Test
    @DisplayName(
            "the manager books a challenge, builds its team with the council and its programme, and it goes on site")
    void aChallengeGoesFromBookingToOnSite() throws IOException {
        signIn(Demo.MANAGER);
        importPeers();
        addLeadOfficerThroughTheForm();

        long id = bookTheChallenge();
        String reference =
                driver.findElement(By.cssSelector("main .govuk-caption-l")).getText();
        agreeTheScope();
        proposeTheTeam();
        signOut();

        signIn(Demo.COUNCIL);
        openTheChallengeAsTheCouncil(reference);
        uploadThePositionStatement();
        answerForTheTeam();
        signOut();

        signIn(Demo.MANAGER);
        open("/challenges/" + id);
        buildTheProgramme();
        open("/challenges/" + id);
        moveOnSite();
    }

    // ---- 1. the peer pool ---------------------------------------------------------------------

    private void importPeers() throws IOException {
        followNavigation("Peers");
        assertThat(heading()).isEqualTo("Peer pool");
        followLink("Import CSV");
        assertThat(heading()).isEqualTo("Import peers from CSV");

        // One bad row refuses the whole file, and says which line to fix.
        String neverImported = "Never Imported " + suffix;
        upload(
                "file",
                csv(
                        "bad-peers.csv",
                        "name,kind,job_title,organisation,expertise",
                        neverImported + ",OFFICER,Director of Finance,Anytown Council,finance",
                        "Wizard " + suffix + ",WIZARD,Wizard,Tower,"));
        press("Import");
        assertThat(driver.getTitle()).startsWith("Error: Import peers");
        expectBanners("There is a problem: 1 problem(s) in the file; nothing was imported");
        assertThat(mainText()).contains("Line 3: kind must be one of MEMBER, OFFICER, LGA_STAFF");

        upload(
                "file",
                csv(
                        "peers.csv",
                        "name,kind,job_title,organisation,organisation_gss,political_group,expertise,accreditations",
                        leadMember + ",MEMBER,Leader,Wendleby Borough Council,,LIBERAL_DEMOCRAT,"
                                + "finance;governance;place-leadership;political-leadership,LEAD_PEER|Lead member peer|2022-05-01",
                        declinedOfficer
                                + ",OFFICER,Director of Resources,Ashmoor County Council,,,finance;transformation,",
                        officer + ",OFFICER,Director of People,Kelsey City Council,,,workforce;digital;finance,",
                        thurrockOfficer + ",OFFICER,Head of Finance," + THURROCK + "," + Demo.COUNCIL_GSS
                                + ",,finance,"));
        press("Import");
        assertThat(path()).isEqualTo("/peers");
        assertThat(mainText()).contains("Imported 4 new peers and updated 0");

        type("name", suffix);
        press("Apply filters");
        assertThat(peerNames())
                .containsExactlyInAnyOrder(leadMember, declinedOfficer, officer, thurrockOfficer)
                .doesNotContain(neverImported);
    }

    private void addLeadOfficerThroughTheForm() {
        followLink("Add a peer");
        assertThat(heading()).isEqualTo("Add a peer");

        type("fullName", leadOfficer);
        tick("kind-OFFICER");
        type("jobTitle", "Chief Executive");
        type("organisation", "Fenbridge District Council");
        tick("expertise-finance");
        tick("expertise-governance");
        tick("expertise-performance");
        press("Save");

        assertThat(heading()).isEqualTo(leadOfficer);
        expectBanners("Success: Peer added");
        assertThat(summaryValue("Current role")).isEqualTo("Chief Executive");
        assertThat(summaryValue("Expertise")).contains("Finance", "Governance", "Performance management");
        assertThat(summaryValue("Status")).isEqualTo("Active");
    }

    // ---- 2. booking ---------------------------------------------------------------------------

    private long bookTheChallenge() {
        followNavigation("Challenges");
        followLink("Book a challenge");
        assertThat(heading()).isEqualTo("Book a challenge");

        choose("councilGss", THURROCK);
        choose("type", "Corporate peer challenge");
        date("onSiteStart", format(START, "d"), format(START, "M"), format(START, "yyyy"));
        date("onSiteEnd", format(END, "d"), format(END, "M"), format(END, "yyyy"));
        choose("politicalControl", "Liberal Democrat");
        assertThat(new Select(driver.findElement(By.id("managerUserId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(MANAGER_NAME);
        press("Save");

        assertThat(heading()).isEqualTo("Corporate peer challenge: " + THURROCK);
        expectBanners("Success: Challenge recorded");
        assertThat(state()).isEqualTo("Booked");
        assertThat(summaryValue("On site"))
                .isEqualTo(format(START, "d MMMM yyyy") + " to " + format(END, "d MMMM yyyy") + " (4 days)");
        assertThat(summaryValue("Peer challenge manager")).isEqualTo(MANAGER_NAME);
        assertThat(summaryValue("Political control")).isEqualTo("Liberal Democrat");
        assertThat(summaryValue("Framework")).startsWith("Corporate peer challenge framework ");
        return Long.parseLong(path().replaceFirst("^/challenges/(\\d+).*", "$1"));
    }

    // ---- 3. scope -----------------------------------------------------------------------------

    private void agreeTheScope() {
        press("Move to “Scoping”");
        assertThat(state()).isEqualTo("Scoping");

        driver.findElement(By.xpath("//summary[normalize-space()='Add a focus area']"))
                .click();
        type("title", "Financial resilience");
        type("questions", "Is our budget strategy deliverable?\nAre our savings plans realistic?");
        press("Add focus area");
        expectBanners("Success: Focus area added");
        WebElement focusArea = driver.findElement(By.cssSelector("#main-content .govuk-summary-card"));
        assertThat(focusArea.getText())
                .contains(
                        "Financial resilience",
                        "Is our budget strategy deliverable?",
                        "Are our savings plans realistic?");

        // Preparation cannot start before the council agrees the scope.
        assertThat(stepText("Preparing")).contains("To do The council has agreed the scope");
        press("The council agrees this scope");
        expectBanners("Success: Scope agreed");
        assertThat(stepText("Preparing")).contains("Done The council has agreed the scope");
        press("Move to “Preparing”");
        assertThat(state()).isEqualTo("Preparing");
    }

    // ---- 4. the team --------------------------------------------------------------------------

    private void proposeTheTeam() {
        followLink("Open the team");
        assertThat(heading()).isEqualTo("Peer team");
        assertThat(mainText()).contains("No peers proposed yet.");

        // Suggestions come with their reasons; the peer from the council under review is never one.
        List<String> officerSuggestions = suggestions("Officer peer");
        assertThat(officerSuggestions).isNotEmpty().noneMatch(s -> s.contains(thurrockOfficer));
        assertThat(String.join("\n", officerSuggestions))
                .contains("expertise matches the scope")
                .contains("available " + VISIT_DATES);
        assertThat(suggestions("Lead member peer")).anySatisfy(s -> assertThat(s)
                .contains(leadMember)
                .contains("expertise matches the scope")
                .contains("accredited lead peer")
                .contains("from the council’s ruling group (Liberal Democrat)"));

        // Proposing the Thurrock officer anyway is refused, with the reason.
        propose(thurrockOfficer, "Officer peer");
        assertThat(driver.getTitle()).startsWith("Error: Peer team");
        expectBanners(
                "There is a problem: " + thurrockOfficer + " is from " + THURROCK + ", the council under review.");
        assertThat(mainText()).contains("No peers proposed yet.");

        propose(leadOfficer, "Lead officer peer");
        expectBanners("Success: Peer proposed to the council");
        proposeSuggested(leadMember, "Lead member peer");
        propose(declinedOfficer, "Officer peer");
        propose(officer, "Officer peer");

        assertThat(teamStatus(leadOfficer)).isEqualTo("Awaiting the council");
        assertThat(teamStatus(leadMember)).isEqualTo("Awaiting the council");
        assertThat(teamStatus(declinedOfficer)).isEqualTo("Awaiting the council");
        assertThat(teamStatus(officer)).isEqualTo("Awaiting the council");
        assertThat(driver.findElements(By.id("warnings")))
                .as("no warnings: four members, one with finance expertise, a member peer of the ruling group")
                .isEmpty();
        // the council answers for itself: the manager has no Agree or Decline, only a way to record an e-mail
        assertThat(driver.findElements(By.xpath("//main//button[starts-with(normalize-space(), 'Agree')"
                        + " or starts-with(normalize-space(), 'Decline')]")))
                .isEmpty();
        assertThat(driver.findElements(
                        By.xpath("//main//button[starts-with(normalize-space(), " + "'Record the e-mailed answer')]")))
                .hasSize(4);
    }

    // ---- 5. the council -----------------------------------------------------------------------

    private void openTheChallengeAsTheCouncil(String reference) {
        followNavigation("Your council");
        assertThat(heading()).isEqualTo("Council workspace");
        follow(driver.findElement(
                By.xpath("//main//tr[td[1]//span[normalize-space()=" + xpathLiteral(reference) + "]]/td[1]//a")));
        assertThat(driver.findElement(By.cssSelector("main .govuk-caption-l")).getText())
                .isEqualTo(reference);
        assertThat(state()).isEqualTo("Preparing");
    }

    private void uploadThePositionStatement() throws IOException {
        // A file named .pdf whose bytes are not a PDF is refused.
        choose("kind", "Position statement");
        upload(
                "file",
                write("position-statement.pdf", "<html>not a pdf at all</html>".getBytes(StandardCharsets.UTF_8)));
        press("Upload");
        assertThat(errorSummary())
                .singleElement()
                .asString()
                .startsWith(
                        "The selected file must be a PDF, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT) file");
        assertThat(mainText()).contains("No documents yet.");

        choose("kind", "Position statement");
        upload(
                "file",
                write(
                        "position-statement.pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        press("Upload");
        expectBanners("Success: Document uploaded");
        WebElement document =
                driver.findElement(By.xpath("//main//table[caption[normalize-space()='Documents']]//tbody/tr"));
        assertThat(document.getText()).contains("position-statement.pdf", "Position statement", "Casey Council (demo)");
    }

    private void answerForTheTeam() {
        followLink("Open the team");
        assertThat(heading()).isEqualTo("Peer team");
        assertThat(driver.findElements(By.xpath("//h2[normalize-space()='Propose a peer']")))
                .as("only the programme proposes peers")
                .isEmpty();
        expectBanners();
        assertThat(driver.findElements(
                        By.xpath("//main//button[starts-with(normalize-space(), " + "'Record the e-mailed answer')]")))
                .as("the council answers itself; it records no e-mails")
                .isEmpty();

        // A decline needs a reason.
        press("Decline " + declinedOfficer);
        expectBanners("There is a problem: Give the reason the council declines this peer");
        assertThat(teamStatus(declinedOfficer)).isEqualTo("Awaiting the council");
        teamRow(declinedOfficer)
                .findElement(By.name("reason"))
                .sendKeys("Worked with our chief executive until last year");
        press("Decline " + declinedOfficer);
        expectBanners("Success: Peer declined");
        assertThat(teamStatus(declinedOfficer)).isEqualTo("Declined");
        assertThat(teamRow(declinedOfficer).getText())
                .contains("Reason: Worked with our chief executive until last year");

        for (String peer : List.of(leadOfficer, leadMember, officer)) {
            press("Agree " + peer);
            expectBanners("Success: Peer agreed");
            assertThat(teamStatus(peer)).isEqualTo("Agreed");
        }
        assertThat(mainText()).contains("Team agreed by the council");
    }

    // ---- 6. the on-site programme -------------------------------------------------------------

    private void buildTheProgramme() {
        assertThat(stepText("On site"))
                .contains("Done The council has agreed the whole team")
                .contains("To do The on-site programme has at least one session");
        followLink("Open the programme");
        assertThat(heading()).isEqualTo("On-site programme");
        assertThat(mainText()).contains("No sessions yet.");
        assertThat(attendees()).containsExactlyInAnyOrder(leadOfficer, leadMember, officer);

        addSession(
                "Interview",
                "Interview with the Leader",
                "09:00",
                "10:00",
                "Councillors",
                "2",
                leadOfficer,
                leadMember);
        expectBanners("Success: Session added");
        assertActivity("2", "1", "2.0");

        addSession("Focus group", "Staff focus group", "10:00", "12:00", "Staff", "12", leadOfficer, officer);
        assertActivity("14", "2", "6.0");
        assertThat(sessionTeam("Interview with the Leader")).containsExactlyInAnyOrder(leadOfficer, leadMember);
        assertThat(sessionTeam("Staff focus group")).containsExactlyInAnyOrder(leadOfficer, officer);

        // The lead member peer is already in the interview from 9 to 10.
        addSession("Workshop", "Budget workshop", "09:30", "11:00", "Senior officers", "6", leadMember);
        expectBanners("There is a problem: " + leadMember
                + " is already in “Interview with the Leader” from 09:00 to 10:00 that day;"
                + " a peer cannot be in two sessions at once");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Budget workshop");
        assertActivity("14", "2", "6.0");

        // Several sessions at once from a pasted table; a bad row is named by its number and nothing is saved.
        followLink("Add several sessions at once from a table");
        assertThat(heading()).isEqualTo("Add several sessions");
        String day = format(START, "yyyy-MM-dd");
        type(
                "sessions",
                day + ",11:00,12:00,Workshop,Budget workshop,Senior officers,6\n" + day
                        + ",12:00,13:00,Lunch,Lunch with staff,Staff,4");
        driver.findElement(By.xpath("//div[@id='members']//label[normalize-space()=" + xpathLiteral(leadMember) + "]"))
                .click();
        press("Add sessions");
        expectBanners("There is a problem: Row 2: “Lunch” is not a kind of session; use one of Interview, Focus group,"
                + " Workshop, Observation, Site visit, Document review");
        type("sessions", day + ",11:00,12:00,Workshop,Budget workshop,Senior officers,6");
        press("Add sessions");
        expectBanners("Success: 1 session added");
        assertThat(heading()).isEqualTo("On-site programme");
        assertActivity("20", "3", "7.0");

        // Changed from its own form, then removed only after the confirmation page.
        follow(sessionLink("Budget workshop", "Change"));
        assertThat(heading()).isEqualTo("Change a session");
        type("title", "Budget workshop with finance");
        press("Save changes");
        expectBanners("Success: Session changed");
        assertThat(sessionTeam("Budget workshop with finance")).containsExactly(leadMember);
        follow(sessionLink("Budget workshop with finance", "Remove"));
        assertThat(heading()).isEqualTo("Are you sure you want to remove this session?");
        assertThat(mainText()).contains("Budget workshop with finance (Workshop)");
        press("Yes, remove the session");
        expectBanners("Success: Session removed");
        assertThat(mainText()).doesNotContain("Budget workshop");
        assertActivity("14", "2", "6.0");

        followLink("Printable timetable by day and by peer");
        assertThat(heading()).isEqualTo("Timetable");
        assertThat(mainText())
                .contains("The team spoke to 14 people in 2 meetings and spent 6 hours on site")
                .contains(format(START, "EEEE d MMMM yyyy"))
                .contains("09:00–10:00")
                .contains("Interview with the Leader (Interview)")
                .contains("10:00–12:00")
                .contains("Staff focus group (Focus group)");
        assertThat(driver.findElement(By.xpath("//table[caption[normalize-space()=" + xpathLiteral(leadOfficer) + "]]"))
                        .getText())
                .contains("Interview with the Leader", "Staff focus group");
    }

    // ---- 7. on site ---------------------------------------------------------------------------

    private void moveOnSite() {
        assertThat(mainText()).contains("The team spoke to 14 people in 2 meetings and spent 6 hours on site");
        assertThat(stepText("On site"))
                .contains("Done The on-site dates are set")
                .contains("Done The council has agreed the whole team")
                .contains("Done The on-site programme has at least one session")
                .doesNotContain("To do");
        press("Move to “On site”");
        expectBanners("Success: The challenge is now “On site”");
        assertThat(state()).isEqualTo("On site");
        assertThat(mainText()).contains("The visit has started: changes are recorded as amendments.");
        assertThat(history())
                .hasSize(5)
                .satisfies(h -> assertThat(h.get(0)).contains("Recorded as “Enquiry”"))
                .satisfies(h -> assertThat(h.get(1)).contains("Moved from “Enquiry” to “Booked”"))
                .satisfies(h -> assertThat(h.get(2)).contains("Moved from “Booked” to “Scoping”"))
                .satisfies(h -> assertThat(h.get(3)).contains("Moved from “Scoping” to “Preparing”"))
                .satisfies(
                        h -> assertThat(h.get(4)).contains("Moved from “Preparing” to “On site” by " + MANAGER_NAME));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void tick(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
        assertThat(driver.findElement(By.id(inputId)).isSelected()).as(inputId).isTrue();
    }

    private void date(String id, String day, String month, String year) {
        type(id + "Day", day);
        type(id + "Month", month);
        type(id + "Year", year);
    }

    private Path csv(String name, String... lines) throws IOException {
        return write(name, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** Chooses a file for the file input: the browser reads it from disk when the form is sent. */
    private void upload(String inputId, Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }

    private List<String> peerNames() {
        return driver.findElements(By.cssSelector("main table tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The state tag under the challenge's heading. */
    private String state() {
        return driver.findElement(By.cssSelector("main h1 + p .govuk-tag")).getText();
    }

    /** The "Move to …" section for {@code target} on the challenge page: its requirements and button. */
    private String stepText(String target) {
        return driver.findElement(By.xpath("//div[@id='transition']/div[h3[normalize-space()="
                        + xpathLiteral("Move to “" + target + "”") + "]]"))
                .getText();
    }

    /** The suggested peers for a role, a line of text each (name, role, reasons, score). */
    private List<String> suggestions(String role) {
        return driver
                .findElements(By.xpath(
                        "//table[caption[normalize-space()=" + xpathLiteral("Suggested " + role) + "]]/tbody/tr"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Proposes a peer through the "Propose a peer" form. */
    private void propose(String peer, String role) {
        WebElement option = driver.findElement(By.xpath(
                "//select[@id='peerId']/option[starts-with(normalize-space(), " + xpathLiteral(peer + " – ") + ")]"));
        new Select(driver.findElement(By.id("peerId"))).selectByValue(option.getAttribute("value"));
        choose("role", role);
        press("Propose to the council");
    }

    /** Proposes a peer with the "Propose" button of their suggestion. */
    private void proposeSuggested(String peer, String role) {
        press("Propose " + peer + " as " + role);
        expectBanners("Success: Peer proposed to the council");
    }

    private WebElement teamRow(String peer) {
        return driver.findElement(By.xpath(
                "//table[caption[normalize-space()='The team and the council’s answers']]/tbody/tr[td[1]/strong[normalize-space()="
                        + xpathLiteral(peer) + "]]"));
    }

    private String teamStatus(String peer) {
        return teamRow(peer)
                .findElement(By.cssSelector("td:nth-child(3) .govuk-tag"))
                .getText();
    }

    private List<String> attendees() {
        return driver.findElements(By.cssSelector("#members .govuk-checkboxes__label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void addSession(
            String kind, String title, String from, String to, String group, String people, String... team) {
        choose("kind", kind);
        type("title", title);
        choose("day", format(START, "d MMM yyyy"));
        type("startsAt", from);
        type("endsAt", to);
        choose("stakeholderGroup", group);
        type("peopleMet", people);
        for (String peer : team) {
            driver.findElement(By.xpath("//div[@id='members']//label[normalize-space()=" + xpathLiteral(peer) + "]"))
                    .click();
        }
        press("Add session");
    }

    /** The "Change" or "Remove" link of a session in the programme. */
    private WebElement sessionLink(String session, String action) {
        return driver.findElement(By.xpath("//main//tr[td[2]/strong[normalize-space()=" + xpathLiteral(session)
                + "]]//a[starts-with(normalize-space(), " + xpathLiteral(action) + ")]"));
    }

    /** The team members attending a session, as the programme lists them. */
    private List<String> sessionTeam(String session) {
        return List.of(driver.findElement(
                        By.xpath("//main//tr[td[2]/strong[normalize-space()=" + xpathLiteral(session) + "]]/td[4]"))
                .getText()
                .split(", "));
    }

    private void assertActivity(String people, String meetings, String hours) {
        assertThat(driver.findElement(By.id("people-spoken-to")).getText()).isEqualTo(people);
        assertThat(driver.findElement(By.id("meetings")).getText()).isEqualTo(meetings);
        assertThat(driver.findElement(By.id("hours")).getText()).isEqualTo(hours);
    }

    private List<String> history() {
        return driver.findElements(By.xpath("//h2[@id='history']/following-sibling::ul[1]/li")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
