/**
 * Consultation rounds on a draft, reviewers' comments and the drafting group's resolutions, each command under
 * the standard's lock.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "document",
            "export",
            "files",
            "identity",
            "persistence",
            "problem",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.consultation;

import org.springframework.modulith.ApplicationModule;
