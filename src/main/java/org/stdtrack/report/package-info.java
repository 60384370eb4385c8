/**
 * Programme reports (stages as of any date, targets and forecast, adoption, cycle times, overdue work) as
 * services, one thin API controller, the dashboard page and the Prometheus gauges of open work.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "export",
            "identity",
            "persistence",
            "plan",
            "policy",
            "problem",
            "programme",
            "standard",
            "web"
        })
package org.stdtrack.report;

import org.springframework.modulith.ApplicationModule;
