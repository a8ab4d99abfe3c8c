package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerchallengehub.support.Demo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys through the real application in headless Chromium. Every page a journey reaches through
 * {@link #open}, {@link #follow} or {@link #press} is checked with axe-core against WCAG 2.2 AA
 * (and its console for Content-Security-Policy violations and script errors) before the journey goes
 * on. Each test starts signed out, with no cookies.
 */
@ExtendWith(Chromium.class)
abstract class BrowserTestBase {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Fingerprints of the pages axe-core has passed in this test run. */
    private static final Set<String> ACCESSIBLE_PAGES = ConcurrentHashMap.newKeySet();

    private static final Pattern CSRF_VALUE = Pattern.compile("(name=\"_csrf\" value=\")[^\"]*");

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeEach
    void signedOutBrowser() {
        driver = Chromium.driver();
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier tests left in the console
    }

    // ---- navigation ---------------------------------------------------------------------------

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Types the address of {@code path} into the browser, then checks the page. */
    void open(String path) {
        driver.get(url(path));
        checkPage();
    }

    /** Clicks a link or submit button that loads a new page, waits for it, then checks it. */
    void follow(WebElement target) {
        WebElement before = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, WAIT).until(d -> replaced(before));
        new WebDriverWait(driver, WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        checkPage();
    }

    /**
     * True once the old page's root element is gone. Chromium sometimes answers a check on a node
     * being torn down with "does not belong to the document" rather than a stale-element error: both
     * mean the page has been replaced.
     */
    private static boolean replaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException tornDown) {
            return tornDown.getMessage() != null && tornDown.getMessage().contains("does not belong to the document");
        }
    }

    /** Follows the link with exactly this visible text. */
    void followLink(String text) {
        follow(driver.findElement(By.linkText(text)));
    }

    /** Follows the service navigation link with this label. */
    void followNavigation(String label) {
        follow(driver.findElement(By.xpath("//nav[contains(@class,'govuk-service-navigation__wrapper')]"
                + "//a[normalize-space()=" + xpathLiteral(label) + "]")));
    }

    /** Presses the button whose visible text starts with {@code text} (hidden context may follow). */
    void press(String text) {
        follow(button(text));
    }

    WebElement button(String text) {
        return driver.findElement(By.xpath("//button[starts-with(normalize-space(), " + xpathLiteral(text) + ")]"));
    }

    void type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String selectId, String visibleText) {
        new Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    // ---- reading the page ---------------------------------------------------------------------

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String path() {
        String current = driver.getCurrentUrl();
        return current.substring(url("").length());
    }

    String mainText() {
        return driver.findElement(By.id("main-content")).getText();
    }

    /** The labels of the service navigation, in order. */
    List<String> navigationLabels() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The messages in the GOV.UK error summary, or an empty list when there is none. */
    List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The summary list value for {@code key} (the first list that has it). */
    String summaryValue(String key) {
        return driver.findElement(
                        By.xpath("//dt[normalize-space()=" + xpathLiteral(key) + "]/following-sibling::dd[1]"))
                .getText();
    }

    // ---- signing in and out -------------------------------------------------------------------

    void signIn(String email) {
        attemptSignIn(email, Demo.PASSWORD);
        assertThat(driver.findElements(By.cssSelector(".hub-header__signed-in")))
                .as("signed in as %s", email)
                .hasSize(1);
    }

    void attemptSignIn(String email, String password) {
        open("/sign-in");
        type("email", email);
        type("password", password);
        press("Sign in");
    }

    void signOut() {
        press("Sign out");
        assertThat(path()).isEqualTo("/?signed-out");
        assertThat(mainText()).contains("You have signed out");
    }

    // ---- checks made on every page ------------------------------------------------------------

    void checkPage() {
        assertAccessible();
        assertCleanConsole();
    }

    /**
     * Fails listing every axe-core WCAG 2.2 A/AA violation on the current page. A page whose markup
     * is identical to one already analysed in this test run (apart from its CSRF token) has the same
     * result, so it is not analysed again: journeys come back to the same pages often.
     */
    void assertAccessible() {
        String markup = (String) driver.executeScript("return document.documentElement.outerHTML");
        String fingerprint = sha256(CSRF_VALUE.matcher(markup).replaceAll("$1"));
        if (ACCESSIBLE_PAGES.contains(fingerprint)) {
            return;
        }
        // Legacy mode runs axe.run() in the page itself: the same rules and tags, without the extra
        // blank window the default mode opens to combine results across cross-origin frames. The
        // Hub has no frames at all (frame-ancestors 'none'), and this makes each check much faster.
        Results results = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder()
                    .append(driver.getCurrentUrl())
                    .append(" (")
                    .append(driver.getTitle())
                    .append(") has ")
                    .append(violations.size())
                    .append(" accessibility violation(s):");
            for (Rule rule : violations) {
                report.append("\n- ")
                        .append(rule.getId())
                        .append(" (")
                        .append(rule.getImpact())
                        .append("): ")
                        .append(rule.getHelp())
                        .append(" ")
                        .append(rule.getHelpUrl());
                for (CheckedNode node : rule.getNodes()) {
                    report.append("\n    ")
                            .append(node.getTarget())
                            .append("  ")
                            .append(node.getHtml());
                }
            }
            fail(report.toString());
        }
        ACCESSIBLE_PAGES.add(fingerprint);
    }

    /**
     * Fails on console errors: Content-Security-Policy violations, script errors and failed loads
     * of the page's assets. Two failed loads are expected: the page's own status (on the 403 and
     * 404 pages), and the {@code /favicon.ico} Chromium asks for (the Hub declares no icon).
     */
    void assertCleanConsole() {
        String page = driver.getCurrentUrl();
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.startsWith(page + " ") && m.contains("Failed to load resource")))
                .filter(m -> !m.startsWith(url("/favicon.ico") + " "))
                .toList();
        assertThat(problems).as("console errors on %s", page).isEmpty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
