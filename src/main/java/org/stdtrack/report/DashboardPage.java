package org.stdtrack.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.chart.ProgrammeCharts;
import org.stdtrack.forecast.Verdict;
import org.stdtrack.identity.AppUser;
import org.stdtrack.international.InternationalReport;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.promotion.PromotionFunnel;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standardsystem.SystemGaps;
import org.stdtrack.standardsystem.SystemTable;
import org.stdtrack.standardsystem.SystemTables;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.web.PageController;

/** The programme office's view: the reports of the API on one page, with their exports. */
@PageController
class DashboardPage {

    /** How many of the worst-placed standards an "at risk" verdict lists. */
    static final int AT_RISK_SHOWN = 10;

    private final StandardRepository standards;
    private final Worklist tasks;
    private final ProgrammeClock clock;
    private final SystemTables systemTables;
    private final SystemGaps gaps;
    private final InternationalReport international;
    private final PromotionFunnel funnel;

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
            ProgrammeCharts charts,
            StandardRepository standards,
            Worklist tasks,
            ProgrammeClock clock,
            SystemTables systemTables,
            SystemGaps gaps,
            InternationalReport international,
            PromotionFunnel funnel) {
        this.funnel = funnel;
        this.international = international;
        this.systemTables = systemTables;
        this.gaps = gaps;
        this.standards = standards;
        this.tasks = tasks;
        this.clock = clock;
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
        model.addAttribute("today", clock.today());
        model.addAttribute("atRisk", atRisk(targetReport));
        // The current version of the programme's standard system, where it has one.
        model.addAttribute(
                "systemGap",
                systemTables.tables(shown.code()).stream().anyMatch(SystemTable::current)
                        ? gaps.report(reader, shown.code(), null, null, null)
                        : null);
        model.addAttribute("international", international.report(reader, shown.code(), null));
        model.addAttribute("funnel", funnel.funnel(shown.code(), null, null, null, null));
        return "dashboard";
    }

    /** A standard the forecast gives a poor chance: its chance of publication by the deadline and what it waits on. */
    record AtRisk(Standard standard, double chance, List<Worklist.Waiting> waiting) {}

    /** The standards in progress least likely to be published in time, worst first: only when the target is at risk. */
    private List<AtRisk> atRisk(TargetReports.TargetReport report) {
        if (report.forecast().verdict() == Verdict.ON_TRACK) {
            return List.of();
        }
        List<TargetReports.StandardForecast> worst = report.forecast().standards().stream()
                .sorted(Comparator.comparingDouble(TargetReports.StandardForecast::pPublishedByDeadline))
                .limit(AT_RISK_SHOWN)
                .toList();
        Map<Long, Standard> known = standards.find(
                worst.stream().map(TargetReports.StandardForecast::id).toList());
        return worst.stream()
                .filter(f -> known.containsKey(f.id()))
                .map(f -> new AtRisk(known.get(f.id()), f.pPublishedByDeadline(), tasks.waitingOn(f.id())))
                .toList();
    }
}
