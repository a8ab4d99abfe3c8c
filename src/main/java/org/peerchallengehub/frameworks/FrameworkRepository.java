package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FrameworkMap load() {
        Map<String, List<FrameworkComponent>> components = jdbc
                .sql("select id, framework_id, position, headline, question from framework_component order by position")
                .query(FrameworkComponent.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(FrameworkComponent::frameworkId));
        List<FrameworkVersion> versions = jdbc.sql(
                        "select id, title, year, in_use_from, description from framework_version")
                .query((rs, n) -> new FrameworkVersion(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getInt("year"),
                        rs.getObject("in_use_from", LocalDate.class),
                        rs.getString("description"),
                        components.getOrDefault(rs.getString("id"), List.of())))
                .list();
        List<ComponentMapping> mappings = jdbc.sql(
                        "select from_component, to_component, relation, note from component_mapping order by from_component, relation")
                .query(ComponentMapping.class)
                .list();
        return new FrameworkMap(versions, mappings);
    }

    List<ProgrammeRules> rules() {
        return jdbc.sql(
                        """
                        select id, title, in_force_from, cpc_interval_years, report_due_months, action_plan_due_months,
                               action_plan_latest_months, progress_review_months, progress_review_report_months,
                               follow_up_earliest_months, follow_up_latest_months, publication_required, notes
                        from programme_rules order by in_force_from
                        """)
                .query(ProgrammeRules.class)
                .list();
    }
}
