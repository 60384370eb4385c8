package org.stdtrack.report;

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
            @RequestParam(required = false) @Size(max = 32) String programme) {
        return dashboards.committee(user, code, programme);
    }

    @GetMapping("/api/approvals/dashboard")
    CommitteeDashboards.Dashboard approver(AppUser user) {
        return dashboards.approver(user);
    }
}
