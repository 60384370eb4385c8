/**
 * A standard's dossier: the page that tells one standard's whole story, composed from the features that own each
 * part (stage history, tasks, comments, ballots, adoption, audit).
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "amendment",
            "audit",
            "ballot",
            "consultation",
            "document",
            "identity",
            "periodicreview",
            "persistence",
            "plan",
            "policy",
            "problem",
            "programme",
            "proposal",
            "reference",
            "standard",
            "tasks",
            "translation",
            "web"
        })
package org.stdtrack.dossier;

import org.springframework.modulith.ApplicationModule;
