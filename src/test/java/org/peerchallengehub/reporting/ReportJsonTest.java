package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Report outputs: open data in the interchange format v1")
class ReportJsonTest {

    /** The 2024 components' closest 2016 counterparts, as the framework mapping gives them (V3). */
    private static final Map<String, String> STABLE = Map.of(
            "local-priorities-and-outcomes", "understanding-place-and-priorities",
            "organisational-and-place-leadership", "leadership-of-place",
            "governance-and-culture", "organisational-leadership-and-governance",
            "financial-planning-and-management", "financial-planning-and-viability",
            "capacity-for-improvement", "capacity-to-deliver");

    @Test
    @DisplayName("every key of the format is present, in its order, with the report's facts and items")
    void format() {
        ReportDocument doc = ReportDocumentSamples.rutland();
        String json = ReportJson.write(ReportJson.parsed(doc, STABLE::get));
        JsonNode node = JsonMapper.builder().build().readTree(json);

        assertThat(node.propertyNames())
                .containsExactly(
                        "formatVersion",
                        "documentType",
                        "council",
                        "councilGss",
                        "challengeType",
                        "onSite",
                        "peerTeam",
                        "scope",
                        "keyRecommendations",
                        "themes",
                        "notablePractice",
                        "activity",
                        "previousChallenge",
                        "followUpExpectedWithinMonths",
                        "nextChallengeDueBy");
        assertThat(node.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(node.get("documentType").asString()).isEqualTo("peer-challenge-report");
        assertThat(node.get("council").asString()).isEqualTo("Rutland County Council");
        assertThat(node.get("councilGss").asString()).isEqualTo("E06000017");
        assertThat(node.get("onSite").get("start").asString()).isEqualTo("2026-03-10");
        assertThat(node.get("onSite").get("end").asString()).isEqualTo("2026-03-13");
        assertThat(node.get("peerTeam").get(1).get("name").asString()).isEqualTo("Cllr Priya Sandhu");
        assertThat(node.get("peerTeam").get(1).get("role").asString()).isEqualTo("Leader");
        assertThat(node.get("peerTeam").get(1).get("organisation").asString()).isEqualTo("Westbury Borough Council");
        assertThat(node.get("scope").get("coreComponents")).hasSize(5);
        assertThat(node.get("scope").get("additionalFocus").get(0).asString()).isEqualTo("Housing growth");
        assertThat(node.get("keyRecommendations")).hasSize(5);
        JsonNode finance = node.get("themes").get(3);
        assertThat(finance.get("heading").asString()).isEqualTo("Financial planning and management");
        assertThat(finance.get("component").asString()).isEqualTo("financial-planning-and-viability");
        assertThat(finance.get("challenges")).hasSize(2);
        assertThat(node.get("themes").get(5).get("component").isNull()).isTrue();
        assertThat(node.get("activity").get("peopleSpokenTo").asInt()).isEqualTo(120);
        assertThat(node.get("activity").get("meetings").asInt()).isEqualTo(38);
        assertThat(node.get("activity").get("hours").asInt()).isEqualTo(280);
        assertThat(node.get("previousChallenge").isNull()).isTrue();
        assertThat(node.get("followUpExpectedWithinMonths").asInt()).isEqualTo(9);
        assertThat(node.get("nextChallengeDueBy").asString()).isEqualTo("2031-03");
        for (String key : List.of("onSite", "scope", "activity")) {
            assertThat(node.get(key).isObject()).as(key).isTrue();
        }
    }
}
