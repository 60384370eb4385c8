/**
 * Programme reports (stages as of any date, targets with the forecast's answer, adoption, cycle times, overdue
 * work) as services, one thin API controller, the dashboard page and the Prometheus gauges of open work. The
 * forecast and the charts are rooms of their own.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "chart",
            "export",
            "forecast",
            "identity",
            "international",
            "liaison",
            "persistence",
            "plan",
            "policy",
            "problem",
            "programme",
            "promotion",
            "standard",
            "standardsystem",
            "tasks",
            "web"
        })
package org.stdtrack.report;

import org.springframework.modulith.ApplicationModule;
