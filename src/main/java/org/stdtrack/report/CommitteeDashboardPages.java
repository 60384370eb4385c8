package org.stdtrack.report;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.identity.AppUser;
import org.stdtrack.web.PageController;

/** The committee's dashboard and the approver's as pages, over the same service as the API. */
@PageController
class CommitteeDashboardPages {

    private final CommitteeDashboards dashboards;

    CommitteeDashboardPages(CommitteeDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/committees/{code}/dashboard")
    String committee(
            AppUser user,
            @PathVariable String code,
            @RequestParam(required = false) String programme,
            @RequestParam(defaultValue = "" + CommitteeDashboards.PER_STAGE) int perStage,
            Model model) {
        model.addAttribute("board", dashboards.committee(user, code, programme, bounded(perStage)));
        return "committee-dashboard";
    }

    @GetMapping("/approvals/dashboard")
    String approver(
            AppUser user, @RequestParam(defaultValue = "" + CommitteeDashboards.PER_STAGE) int perStage, Model model) {
        model.addAttribute("board", dashboards.approver(user, bounded(perStage)));
        return "committee-dashboard";
    }

    /** A page asked for more or fewer than a dashboard lists shows the nearest it can (the API refuses, 400). */
    private static int bounded(int perStage) {
        return Math.max(1, Math.min(perStage, CommitteeDashboards.MAX_PER_STAGE));
    }
}
