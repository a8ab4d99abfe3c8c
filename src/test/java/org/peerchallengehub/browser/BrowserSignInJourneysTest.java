package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/** Signing in with each demo role, what each role is offered, signing out, and wrong passwords. */
@HubIntegrationTest
@DisplayName("Browser: signing in and out")
class BrowserSignInJourneysTest extends BrowserTestBase {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(
                        Demo.ADMIN,
                        "Programme team",
                        List.of(
                                "Programme",
                                "Challenges",
                                "Councils",
                                "Support",
                                "Framework",
                                "Reports",
                                "Import reports",
                                "Peers",
                                "Early warning",
                                "Data imports",
                                "Users",
                                "Audit trail",
                                "Your account",
                                "Sign out")),
                Arguments.of(
                        Demo.MANAGER,
                        "Peer challenge manager",
                        List.of(
                                "Challenges",
                                "Councils",
                                "Framework",
                                "Reports",
                                "Import reports",
                                "Peers",
                                "Your account",
                                "Sign out")),
                Arguments.of(
                        Demo.ADVISER,
                        "Principal adviser",
                        List.of(
                                "Challenges",
                                "Councils",
                                "My councils",
                                "Framework",
                                "Reports",
                                "Peers",
                                "Early warning",
                                "Your account",
                                "Sign out")),
                Arguments.of(
                        Demo.PEER,
                        "Peer",
                        List.of(
                                "Your challenges",
                                "Councils",
                                "Framework",
                                "Reports",
                                "Your peer profile",
                                "Your account",
                                "Sign out")),
                Arguments.of(
                        Demo.COUNCIL,
                        "Council user",
                        List.of(
                                "Your council",
                                "Challenges",
                                "Councils",
                                "Framework",
                                "Reports",
                                "Your account",
                                "Sign out")));
    }

    @ParameterizedTest(name = "{0} signs in, sees {2}, and signs out")
    @MethodSource("roles")
    @DisplayName("each demo role signs in, sees exactly its navigation and signs out")
    void eachRoleSeesItsNavigation(String email, String roleLabel, List<String> navigation) {
        open("/");
        expectBanners();
        followNavigation("Sign in");
        assertThat(heading()).isEqualTo("Sign in");
        expectBanners();
        type("email", email);
        type("password", Demo.PASSWORD);
        press("Sign in");

        assertThat(path()).isEqualTo("/");
        expectBanners();
        assertThat(driver.findElement(By.cssSelector(".hub-header__signed-in")).getText())
                .startsWith("Signed in as ")
                .endsWith("(" + roleLabel + ")");
        assertThat(navigationLabels()).containsExactlyElementsOf(navigation);

        signOut();
        assertThat(navigationLabels()).containsExactly("Councils", "Framework", "Reports", "Sign in");
        assertThat(driver.findElements(By.cssSelector(".hub-header__signed-in")))
                .isEmpty();

        open("/account");
        assertThat(path()).isEqualTo("/sign-in");
        assertThat(heading()).isEqualTo("Sign in");
    }

    @Test
    @DisplayName("a wrong password shows the error summary, and the same message for an unknown email address")
    void wrongPasswordShowsTheErrorSummary() {
        attemptSignIn(Demo.PEER, "not the password");
        assertThat(path()).isEqualTo("/sign-in?error");
        assertThat(driver.getTitle()).startsWith("Error: Sign in");
        expectBanners("There is a problem: Enter a correct email address and password");
        assertThat(driver.findElement(By.id("email-error")).getText())
                .isEqualToNormalizingWhitespace("Error: Enter a correct email address and password");
        assertThat(navigationLabels()).contains("Sign in");

        // GOV.UK Frontend's error summary moves focus to the field it links to
        driver.findElement(By.linkText("Enter a correct email address and password"))
                .click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("email");

        attemptSignIn("nobody-at-all@demo.local", "not the password");
        assertThat(driver.getTitle()).startsWith("Error: Sign in");
        assertThat(errorSummary()).containsExactly("Enter a correct email address and password");

        signIn(Demo.PEER);
        assertThat(path()).isEqualTo("/");
        expectBanners();
    }
}
