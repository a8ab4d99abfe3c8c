package org.peerchallengehub.challenges;

import java.util.List;
import org.peerchallengehub.shared.web.BarChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programme dashboard, for the programme team. */
@Controller
class DashboardController {

    private final ProgrammeDashboard dashboard;

    DashboardController(ProgrammeDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/programme")
    String dashboard(Model model) {
        ProgrammeDashboard.View view = dashboard.view();
        model.addAttribute("d", view);
        List<BarChart.Bar> bars = view.pipeline().reversed().stream()
                .map(r -> new BarChart.Bar(String.valueOf(r.year()), r.completed(), false))
                .toList();
        model.addAttribute(
                "pipelineChart",
                BarChart.svg(
                        "pipeline-chart",
                        "Challenges completed by year",
                        "Bar chart of the number of challenges completed (feedback given or later) in each year; the same numbers "
                                + "are in the table below.",
                        bars));
        return "challenges/dashboard";
    }
}
