/**
 * Promotion and implementation (issue 32): the events that promote a programme's published standards (training,
 * seminars, online courses, pilot kick-offs), who registered and attended, exam scores, and the certificates
 * issued, verifiable in public by number with the holder's name masked. Participants are people: a name and an
 * optional contact, shown in full only to the organiser, the programme's managers, administrators and the
 * participant's own enterprise.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "audit",
            "document",
            "engine::processes",
            "export",
            "files",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.promotion;

import org.springframework.modulith.ApplicationModule;
