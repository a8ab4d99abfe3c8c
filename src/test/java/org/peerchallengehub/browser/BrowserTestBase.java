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
 * {@link #open}, {@link #follow} or {@link #press} is checked with axe-core against WCAG 2.2 AA, laid
 * out at phone width ({@value #PHONE_WIDTH} px) to see that it does not scroll sideways, checked for
 * empty banners (and its console for Content-Security-Policy violations and script errors) before the
 * journey goes on. Journeys assert the banners they expect with {@link #expectBanners}. Each test starts signed out, with no cookies.
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
        expectBanners("Success: You have signed out");
    }

    // ---- banners ------------------------------------------------------------------------------

    /**
     * The banners the page shows, in order: each notification banner as its title and heading
     * ({@code "Success: API token revoked"}, {@code "Important: …"}), each error summary as
     * {@code "There is a problem: "} and its messages joined by {@code " | "}.
     */
    List<String> banners() {
        return driver.findElements(By.cssSelector(".govuk-notification-banner, .govuk-error-summary")).stream()
                .map(BrowserTestBase::describeBanner)
                .toList();
    }

    private static String describeBanner(WebElement banner) {
        if (banner.getAttribute("class").contains("govuk-error-summary")) {
            String messages = banner.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .collect(java.util.stream.Collectors.joining(" | "));
            return banner.findElement(By.cssSelector(".govuk-error-summary__title"))
                            .getText()
                            .strip()
                    + ": " + messages;
        }
        String title = banner.findElement(By.cssSelector(".govuk-notification-banner__title"))
                .getText()
                .strip();
        List<WebElement> headings = banner.findElements(By.cssSelector(".govuk-notification-banner__heading"));
        String heading = headings.isEmpty()
                ? banner.findElement(By.cssSelector(".govuk-notification-banner__content"))
                        .getText()
                        .strip()
                : headings.getFirst().getText().strip();
        return title + ": " + heading;
    }

    /**
     * Asserts that the page shows exactly these banners, in order (see {@link #banners()} for how each
     * is written). With no arguments: the page shows no banner at all.
     */
    void expectBanners(String... texts) {
        assertThat(banners()).as("the banners on %s", driver.getCurrentUrl()).containsExactly(texts);
    }

    // ---- checks made on every page ------------------------------------------------------------

    void checkPage() {
        assertBannersHaveContent();
        assertAccessible();
        assertCleanConsole();
    }

    /** No notification banner is an empty box, nor reports a value that is not there ("null"). */
    void assertBannersHaveContent() {
        for (String banner : banners()) {
            assertThat(banner)
                    .as("a banner on %s", driver.getCurrentUrl())
                    .doesNotEndWith(": ")
                    .doesNotContain("null");
        }
    }

    /** The narrowest width WCAG 1.4.10 (reflow) asks a page to fit without scrolling sideways. */
    static final int PHONE_WIDTH = 320;

    /**
     * Fails when the page, laid out in a {@value #PHONE_WIDTH} px wide viewport, is wider than the
     * viewport (it would scroll sideways). Wide tables and charts must scroll inside their own
     * container or shrink. The window is put back to its desktop size afterwards.
     */
    @SuppressWarnings("unchecked")
    void assertFitsPhoneWidth() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            Map<String, Object> layout = (Map<String, Object>)
                    driver.executeScript(
                            """
                    const root = document.documentElement, width = root.clientWidth;
                    if (root.scrollWidth <= width) return {scrollWidth: root.scrollWidth, width: width, culprits: ''};
                    const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true; }
                      return false; };
                    const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                    const culprits = [];
                    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n && culprits.length < 5; n = walker.nextNode()) {
                      const element = n.nodeType === 1 ? n : n.parentElement;
                      let right;
                      if (n.nodeType === 1) { right = n.getBoundingClientRect().right; }
                      else { if (!n.textContent.trim()) continue;
                        const range = document.createRange(); range.selectNodeContents(n); right = range.getBoundingClientRect().right; }
                      if (right <= width + 1 || (scrolls(n) && !(n.nodeType === 1 && getComputedStyle(n).position === 'absolute'))) continue;
                      if (n.nodeType === 1 && n.parentElement.getBoundingClientRect().right > width + 1) continue;
                      culprits.push((n.nodeType === 1 ? name(n) : 'text "' + n.textContent.trim().slice(0, 40) + '" in ' + name(element))
                        + ' (' + Math.round(right) + ' px)');
                    }
                    return {scrollWidth: root.scrollWidth, width: width, culprits: culprits.join(', ')};
                    """);
            assertThat(((Number) layout.get("scrollWidth")).intValue())
                    .as(
                            "the width of %s at %d px (it must not scroll sideways; too wide: %s)",
                            driver.getCurrentUrl(), PHONE_WIDTH, layout.get("culprits"))
                    .isLessThanOrEqualTo(((Number) layout.get("width")).intValue());
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
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
        assertFitsPhoneWidth();
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
