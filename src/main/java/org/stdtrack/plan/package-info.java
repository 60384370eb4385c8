/**
 * The managed plan: the secretariat's plan changes (an extension of the development clock under the policy's
 * notice and limit, a change of title, lead organisation or committee, a termination), the approving body's
 * decision as the {@code bpmn/plan-change.bpmn} model's task with who decided and why, and the freeze of
 * projects overdue past the policy; and the project's work plan (a target date per milestone, part of the
 * proposal package), whose targets date the lifecycle's tasks and tell the reports who is behind.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "engine::processes",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.plan;

import org.springframework.modulith.ApplicationModule;
