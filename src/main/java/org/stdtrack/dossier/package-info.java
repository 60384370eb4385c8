/**
 * A standard's dossier: the page that tells one standard's whole story — its facts, process, timeline,
 * documents and audit trail — with each feature's section contributed by that feature as a {@link
 * org.stdtrack.standard.StandardPagePart} and composed here without knowing it; and the submission package for
 * approval (the documents and the comment resolution table, recorded with their SHA-256).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "consultation",
            "document",
            "patent",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.dossier;

import org.springframework.modulith.ApplicationModule;
