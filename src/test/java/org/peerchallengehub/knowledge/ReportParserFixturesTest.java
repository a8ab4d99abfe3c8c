package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchallengehub.councils.CouncilNameIndex;
import tools.jackson.databind.JsonNode;

/** Every fixture report, in every format, against its expected JSON, field by field. */
class ReportParserFixturesTest {

    static final CouncilNameIndex COUNCILS = CouncilNameIndex.fromClasspath();
    static final ReportParser PARSER = new ReportParser(COUNCILS);

    static Stream<Arguments> fixturesInEveryFormat() {
        if (!Fixtures.present()) {
            return Stream.of(Arguments.of("(fixtures absent)", "-"));
        }
        List<Arguments> cases = new ArrayList<>();
        for (String name : Fixtures.names()) {
            for (String format : List.of("txt", "docx", "pdf")) {
                cases.add(Arguments.of(name, format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("fixturesInEveryFormat")
    void each_fixture_in_each_format_gives_its_expected_json(String name, String format) {
        Fixtures.assumePresent();
        JsonNode actual = Fixtures.json(PARSER.parse(Fixtures.bytes(name, format)));
        JsonNode expected = Fixtures.expected(name);

        assertThat(JsonComparison.differences(expected, actual, Set.of("councilGss")))
                .as("differences from %s.expected.json", name)
                .isEmpty();
        String gss = COUNCILS.match(expected.get("council").asString())
                .map(CouncilNameIndex.CouncilMatch::gss)
                .orElse(null);
        assertThat(
                        actual.get("councilGss").isNull()
                                ? null
                                : actual.get("councilGss").asString())
                .as("the council's GSS code from the register")
                .isEqualTo(gss);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void every_key_is_present_in_the_schema_order_with_council_gss_after_council(String name) {
        Fixtures.assumePresent();
        JsonNode actual = Fixtures.json(PARSER.parse(Fixtures.bytes(name, "txt")));
        List<String> expectedKeys = new ArrayList<>(Fixtures.expected(name).propertyNames());
        expectedKeys.add(expectedKeys.indexOf("council") + 1, "councilGss");

        assertThat(new ArrayList<>(actual.propertyNames())).containsExactlyElementsOf(expectedKeys);
        assertThat(actual.get("onSite").propertyNames()).containsExactly("start", "end");
        assertThat(actual.get("activity").propertyNames()).containsExactly("peopleSpokenTo", "meetings", "hours");
    }

    static Stream<String> fixtureNames() {
        if (!Fixtures.present()) {
            return Stream.of("(fixtures absent)");
        }
        return Fixtures.names().stream();
    }

    @Test
    void the_three_formats_of_a_fixture_give_the_same_report() {
        Fixtures.assumePresent();
        for (String name : Fixtures.names()) {
            JsonNode text = Fixtures.json(PARSER.parse(Fixtures.bytes(name, "txt")));
            for (String format : List.of("docx", "pdf")) {
                JsonNode other = Fixtures.json(PARSER.parse(Fixtures.bytes(name, format)));
                assertThat(JsonComparison.differences(text, other, Set.of()))
                        .as("%s.%s against %s.txt", name, format, name)
                        .isEmpty();
            }
        }
    }

    @Test
    void fixtures_are_present_or_the_tests_say_they_were_skipped() {
        Fixtures.assumePresent();
        assertThat(Fixtures.names()).isNotEmpty();
    }
}
