/**
 * Enterprises' adoption declarations of published standards (API, the form on a standard's page, an
 * enterprise's own list), what they aligned with the standard, and the adoption-verification process's
 * backing class (an association verifies).
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
package org.stdtrack.adoption;

import org.springframework.modulith.ApplicationModule;
