/**
 * International work (issue 31): the ISO, IEC and ITU-T committees China takes part in and their national
 * mirrors, the projects with China's role and their harmonized stage history, the national standards that
 * correspond to them, the experts the mirror committees register, and international ballots with China's
 * national position (a process of its own, its tasks about the ballot: {@code tasks.TaskSubjectKind}).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "engine::processes",
            "export",
            "files",
            "identity",
            "lifecycle",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.international;

import org.springframework.modulith.ApplicationModule;
