/**
 * Enterprises' adoption declarations of published standards, the GB 32100 credit-code check, and the
 * adoption-verification process's backing class (an association verifies).
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
            "tasks"
        })
package org.stdtrack.adoption;

import org.springframework.modulith.ApplicationModule;
