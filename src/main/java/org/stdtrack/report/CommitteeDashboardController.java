package org.stdtrack.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** A committee's dashboard and an approver's over HTTP (docs/api.md, "Who acts next"). */
@RestController
@Validated
class CommitteeDashboardController {

    private final CommitteeDashboards dashboards;

    CommitteeDashboardController(CommitteeDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/committees/{code}/dashboard")
    CommitteeDashboards.Dashboard committee(
            AppUser user,
            @PathVariable @Size(max = 32) String code,
            @RequestParam(required = false) @Size(max = 32) String programme,
            @RequestParam(defaultValue = "" + CommitteeDashboards.PER_STAGE)
                    @Min(1)
                    @Max(CommitteeDashboards.MAX_PER_STAGE)
                    int perStage) {
        return dashboards.committee(user, code, programme, perStage);
    }

    @GetMapping("/api/approvals/dashboard")
    CommitteeDashboards.Dashboard approver(
            AppUser user,
            @RequestParam(defaultValue = "" + CommitteeDashboards.PER_STAGE)
                    @Min(1)
                    @Max(CommitteeDashboards.MAX_PER_STAGE)
                    int perStage) {
        return dashboards.approver(user, perStage);
    }
}
