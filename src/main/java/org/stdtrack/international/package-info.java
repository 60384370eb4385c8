/**
 * International work (issue 31): the ISO, IEC and ITU-T committees China takes part in and their national
 * mirrors, the projects with China's role and their harmonized stage history, the national standards that
 * correspond to them, and the experts the mirror committees register.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "export",
            "files",
            "identity",
            "lifecycle",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "web"
        })
package org.stdtrack.international;

import org.springframework.modulith.ApplicationModule;
