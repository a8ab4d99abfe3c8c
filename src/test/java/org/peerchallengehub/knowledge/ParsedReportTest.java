package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each {@code with…} method changes its own part of a report and nothing else. */
class ParsedReportTest {

    private final ParsedReport report = ReportParser.withRegisterFromClasspath()
            .read(SampleReport.TEXT.getBytes(StandardCharsets.UTF_8))
            .report();

    @Test
    void the_sample_has_every_part_the_withers_change() {
        assertThat(report.council()).isNotNull();
        assertThat(report.councilGss()).isNotNull();
        assertThat(report.challengeType()).isNotNull();
        assertThat(report.peerTeam()).isNotEmpty();
        assertThat(report.keyRecommendations()).isNotEmpty();
        assertThat(report.themes()).isNotEmpty();
    }

    @Test
    void each_wither_changes_only_its_part() {
        ParsedReport.OnSite dates = new ParsedReport.OnSite(LocalDate.of(2031, 1, 6), LocalDate.of(2031, 1, 9));
        ParsedReport.Scope scope = new ParsedReport.Scope(List.of(), List.of("Housing"));
        List<ParsedReport.Peer> team = List.of(new ParsedReport.Peer("A Person", "Chief Executive", "Somewhere"));

        changesOnly(r -> r.withCouncil("Nowhere", null), "council", "councilGss");
        assertThat(report.withCouncil("Nowhere", null).council()).isEqualTo("Nowhere");
        assertThat(report.withCouncil("Nowhere", null).councilGss()).isNull();

        changesOnly(r -> r.withChallengeType("Finance peer challenge"), "challengeType");
        changesOnly(r -> r.withOnSite(dates), "onSite");
        assertThat(report.withOnSite(dates).onSite()).isEqualTo(dates);
        changesOnly(r -> r.withPeerTeam(team), "peerTeam");
        assertThat(report.withPeerTeam(team).peerTeam()).isEqualTo(team);
        changesOnly(r -> r.withScope(scope), "scope");
        changesOnly(r -> r.withKeyRecommendations(List.of("One")), "keyRecommendations");
        changesOnly(r -> r.withThemes(List.of()), "themes");
        changesOnly(r -> r.withNotablePractice(List.of("Two")), "notablePractice");
    }

    private void changesOnly(Function<ParsedReport, ParsedReport> change, String... parts) {
        ParsedReport changed = change.apply(report);
        List<String> differing = new ArrayList<>();
        for (var component : ParsedReport.class.getRecordComponents()) {
            try {
                Object before = component.getAccessor().invoke(report);
                Object after = component.getAccessor().invoke(changed);
                if (!Objects.equals(before, after)) {
                    differing.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(differing).containsExactlyInAnyOrder(parts);
    }
}
