package org.peerchallengehub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of decision 0020, as tests: each method is one rule, named as the sentence
 * it checks, over the application's own classes (not the tests). {@link ModularityTests} checks the
 * module boundaries in Java, {@link ModuleSqlTest} the same boundaries in SQL.
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
