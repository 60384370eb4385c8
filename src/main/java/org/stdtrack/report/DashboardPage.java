package org.stdtrack.report;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.chart.ProgrammeCharts;
import org.stdtrack.identity.AppUser;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.web.PageController;

/** The programme office's view: the reports of the API on one page, with their exports. */
@PageController
class DashboardPage {

    private final ReferenceData referenceData;
    private final StageReports stages;
    private final TargetReports targets;
    private final AdoptionReports adoption;
    private final WorkReports work;
    private final ProgrammeCharts charts;

    DashboardPage(
            ReferenceData referenceData,
            StageReports stages,
            TargetReports targets,
            AdoptionReports adoption,
            WorkReports work,
            ProgrammeCharts charts) {
        this.charts = charts;
        this.referenceData = referenceData;
        this.stages = stages;
        this.targets = targets;
        this.adoption = adoption;
        this.work = work;
    }

    @GetMapping("/dashboard")
    String dashboard(AppUser reader, @RequestParam(required = false) String programme, Model model) {
        Programme shown =
                programme == null ? referenceData.programmes().get(0) : referenceData.requireProgramme(programme);
        var stageReport = stages.report(shown.code(), null, "domain");
        model.addAttribute("programme", shown);
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("stageReport", stageReport);
        model.addAttribute(
                "largestStage",
                stageReport.byStage().values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(0));
        var targetReport = targets.report(reader, shown.code(), null);
        model.addAttribute("targets", targetReport);
        model.addAttribute(
                "burnUp",
                charts.burnUp(
                        shown.code(),
                        targetReport.target(),
                        targetReport.deadline(),
                        targetReport.forecast().band()));
        model.addAttribute("timeline", charts.timeline(shown.code()));
        model.addAttribute("adoption", adoption.report(reader, shown.code()));
        model.addAttribute("cycleTimes", work.cycleTimes(shown.code()));
        model.addAttribute("overdueWork", work.overdue(shown.code()));
        model.addAttribute("stages", Stage.values());
        return "dashboard";
    }
}
