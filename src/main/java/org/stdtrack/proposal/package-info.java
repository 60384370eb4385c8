/**
 * A proposal's support by its committee before the approver evaluates it: each member's position, the rule of
 * the committee's settings (none, enough supporters, a vote of the committee), and the gate it puts on the
 * proposal's submission.
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
package org.stdtrack.proposal;

import org.springframework.modulith.ApplicationModule;
