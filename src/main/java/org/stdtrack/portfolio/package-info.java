/**
 * A programme's existing standards brought in from a file (CSV or XLSX): each row checked by the rules of
 * registration and publication, matched with the standard it already is, and a new one written with its history
 * and placed at its real stage in the lifecycle; the programme written back as the same file (the template).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "ballot",
            "consultation",
            "export",
            "files",
            "identity",
            "lifecycle",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "standardsystem",
            "web"
        })
package org.stdtrack.portfolio;

import org.springframework.modulith.ApplicationModule;
