/**
 * Liaison statements (issue 33): what committees and outside bodies send each other (SC 38, SC 27, ITU-T SG13,
 * CCSA), received or sent, about standards and international projects, with their statement and response kept
 * as documents. An incoming statement with a response due is a task for the receiving secretariat with that due
 * date ({@code bpmn/liaison-response.bpmn}); unanswered past its date it counts in the overdue report. The
 * committee's working material: for its members and programme-wide roles.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "document",
            "engine::processes",
            "identity",
            "international",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.liaison;

import org.springframework.modulith.ApplicationModule;
