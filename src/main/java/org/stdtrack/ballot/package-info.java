/**
 * Technical review ballots: the voting roll with recusals, votes before the deadline instant, the counting rule
 * and the recorded result.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.ballot;

import org.springframework.modulith.ApplicationModule;
