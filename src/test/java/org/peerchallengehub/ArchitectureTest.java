package org.peerchallengehub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of decision 0020, as tests: each method is one rule, named as the sentence
 * it checks, over the application's own classes (the visibility rule counts the tests' uses too).
 * {@link ModularityTests} checks the module boundaries in Java, {@link ModuleSqlTest} the same
 * boundaries in SQL.
 */
class ArchitectureTest {

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.peerchallengehub");

    /** The rules of the domain: pure decisions over values, testable without Spring or a database. */
    static final String[] DOMAIN_RULES = {
        "org.peerchallengehub.challenges.LifeCycle",
        "org.peerchallengehub.challenges.ChallengeState",
        "org.peerchallengehub.challenges.TeamRules",
        "org.peerchallengehub.challenges.ProposalRanking",
        "org.peerchallengehub.challenges.Deadlines",
        "org.peerchallengehub.challenges.ScopeNeeds",
        "org.peerchallengehub.frameworks.ProgrammeRules",
        "org.peerchallengehub.frameworks.ProgrammeRulesTimeline",
        "org.peerchallengehub.indicators.PublicationRules",
        "org.peerchallengehub.indicators.Judgement",
        "org.peerchallengehub.indicators.GroupStatistics",
        "org.peerchallengehub.evidence.Corroboration",
        "org.peerchallengehub.evidence.SignOffRules",
        "org.peerchallengehub.evidence.SignOffState",
        "org.peerchallengehub.risk.Signal",
        "org.peerchallengehub.risk.MetricRule",
        "org.peerchallengehub.risk.EventWindow",
        "org.peerchallengehub.risk.Combination",
        "org.peerchallengehub.risk.Thresholds",
        "org.peerchallengehub.risk.DerivedSeries",
        "org.peerchallengehub.risk.EventRules",
        "org.peerchallengehub.risk.CouncilFacts",
        "org.peerchallengehub.risk.LowReserves",
        "org.peerchallengehub.risk.FallingReserves",
        "org.peerchallengehub.risk.ReservesDrawdown",
        "org.peerchallengehub.risk.HighBorrowing",
        "org.peerchallengehub.risk.BorrowingGrowth",
        "org.peerchallengehub.risk.ShortTermBorrowing",
        "org.peerchallengehub.risk.BorrowingFromCouncils",
        "org.peerchallengehub.risk.InterestBurden",
        "org.peerchallengehub.risk.SocialCarePressure",
        "org.peerchallengehub.risk.LowCouncilTaxShare",
        "org.peerchallengehub.risk.Section114Notice",
        "org.peerchallengehub.risk.GovernmentIntervention",
        "org.peerchallengehub.risk.ExceptionalFinancialSupport",
        "org.peerchallengehub.risk.AuditConcerns",
        "org.peerchallengehub.risk.LeadershipInstability",
        "org.peerchallengehub.risk.PoliticalControlChange",
        "org.peerchallengehub.risk.Whistleblowing",
        "org.peerchallengehub.risk.InadequateChildrensServices",
        "org.peerchallengehub.risk.NoRecentCorporatePeerChallenge",
        "org.peerchallengehub.assistance.SupportState",
        "org.peerchallengehub.assistance.SupportRules",
    };

    @Test
    void repositories_are_not_public() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .because("a module's tables are reached through its public API, never its repository")
                .check(classes);
    }

    @Test
    void controllers_do_not_use_jdbc_client() {
        noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .because("controllers hold no SQL: queries live in the module's repositories and services")
                .check(classes);
    }

    @Test
    void domain_rules_do_not_depend_on_spring() {
        noClasses()
                .that(DescribedPredicate.describe(
                        "are domain rules", c -> Arrays.asList(DOMAIN_RULES).contains(c.getName())))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("the life cycle, team rules, programme rules and ranking policies are plain Java")
                .check(classes);
    }

    @Test
    void every_domain_rule_named_in_the_architecture_test_exists() {
        for (String name : DOMAIN_RULES) {
            if (!classes.contain(name)) {
                throw new AssertionError(name + " is listed as a domain rule but no longer exists: update the list");
            }
        }
    }

    @Test
    void a_modules_type_is_public_only_when_another_module_or_its_own_sub_package_uses_it() {
        JavaClasses withTests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.peerchallengehub");
        classes()
                .that(DescribedPredicate.describe(
                        "are top-level public types of a business module's base package",
                        c -> c.isTopLevelClass()
                                && c.getModifiers().contains(JavaModifier.PUBLIC)
                                && !c.getSimpleName().equals("package-info")
                                && module(c.getPackageName()) != null
                                && !module(c.getPackageName()).equals("shared")
                                && c.getPackageName().equals("org.peerchallengehub." + module(c.getPackageName()))
                                && !c.getSource()
                                        .map(source ->
                                                source.getUri().toString().contains("/test-classes/"))
                                        .orElse(false)))
                .should(
                        new ArchCondition<JavaClass>(
                                "be used outside their package: by another module (main or test code), or by the module's"
                                        + " internal sub-package (knowledge.parser)") {
                            @Override
                            public void check(JavaClass type, ConditionEvents events) {
                                boolean usedElsewhere = type.getDirectDependenciesToSelf().stream()
                                        .anyMatch(d -> !type.getPackageName()
                                                .equals(d.getOriginClass().getPackageName()));
                                if (!usedElsewhere) {
                                    events.add(
                                            SimpleConditionEvent.violated(
                                                    type,
                                                    type.getName()
                                                            + " is public but used only in its own package: make it package-private"));
                                }
                            }
                        })
                .check(withTests);
    }

    /** The module a package belongs to ({@code org.peerchallengehub.<module>…}), or null for the root. */
    static String module(String packageName) {
        String prefix = "org.peerchallengehub.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void controllers_do_not_build_csv_documents() {
        noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.peerchallengehub.shared.csv.CsvWriter")
                .because("documents are built by their own classes; a controller only sends them")
                .check(classes);
    }
}
