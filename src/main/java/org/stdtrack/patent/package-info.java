/**
 * Patents a standard's draft may need (涉及专利的标准, issue 33): disclosures recorded by the committee, each
 * update a new version and a withdrawal marked, so the history stays; the committee's decision where a holder
 * refuses a licence, without which the standard is not submitted for approval; the list in the submission
 * package, and a search across the programme. Public for published standards, the committee's while in
 * development; a revision sees the disclosures of the edition it replaces.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "export",
            "identity",
            "persistence",
            "policy",
            "problem",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.patent;

import org.springframework.modulith.ApplicationModule;
