package org.peerchallengehub.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium for the whole browser suite: started by the first browser test, shared
 * by all the others, and quit when the test run ends (it lives in JUnit's root store). Tests are
 * skipped, not failed, on a machine without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 *
 * <p>Both paths are given explicitly, so Selenium Manager never looks for (or downloads) a browser or
 * driver.
 */
final class Chromium implements BeforeEachCallback {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private static volatile Session session;

    @Override
    public void beforeEach(ExtensionContext context) {
        // checked for each test (not once per class) so that every skipped test is reported with the reason
        assumeTrue(
                Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Browser tests skipped: they need " + BINARY + " and " + DRIVER
                        + " (apt-get install chromium chromium-driver)");
        session = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Session.class, k -> Session.start(), Session.class);
    }

    static ChromeDriver driver() {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("Chromium has not been started: extend BrowserTestBase");
        }
        return current.driver;
    }

    /** The browser, its driver process and its throw-away profile directory. */
    static final class Session implements AutoCloseable {

        private final ChromeDriver driver;
        private final Path profile;

        private Session(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Session start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("hub-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1024",
                    "--user-data-dir=" + profile);
            // Lets the tests read the console: Content-Security-Policy violations and script errors.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Session(driver, profile);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteRecursively(profile);
            }
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile left behind in the temporary directory does no harm
            }
        }
    }
}
