/**
 * Amendments (修改单) of published standards: a small lifecycle of their own on the {@code bpmn/amendment.bpmn}
 * model (the draft, a one-month consultation, the approving body's decision, the publication), at most {@code
 * stdtrack.policy.max-amendments} per standard.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "consultation",
            "document",
            "engine::processes",
            "identity",
            "persistence",
            "policy",
            "problem",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.amendment;

import org.springframework.modulith.ApplicationModule;
