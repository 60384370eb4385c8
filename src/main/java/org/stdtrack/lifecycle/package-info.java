/**
 * The standard-lifecycle model ({@link org.stdtrack.lifecycle.StandardLifecycleModel}) and its glue: registering
 * and cancelling, stage transitions, deadlines, the ballot roll and delegates, the lifecycle's task handlers and
 * task-page sections, its engine grants, and its API and pages (registration, the diagram).
 */
@ApplicationModule(
        allowedDependencies = {
            "amendment",
            "audit",
            "ballot",
            "consultation",
            "document",
            "dossier",
            "engine::processes",
            "engine::security",
            "identity",
            "periodicreview",
            "plan",
            "policy",
            "problem",
            "programme",
            "standard",
            "standardsystem",
            "tasks",
            "web"
        })
package org.stdtrack.lifecycle;

import org.springframework.modulith.ApplicationModule;
