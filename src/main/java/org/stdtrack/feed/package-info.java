/**
 * Feeds for programs that cannot sign in: each account's secret feed token (kept hashed), its deadlines as
 * iCalendar for calendar applications, and a standard's or a committee's news as Atom for feed readers; each
 * feed shows only what the token's owner may see.
 */
@ApplicationModule(
        allowedDependencies = {
            "ballot",
            "consultation",
            "export",
            "identity",
            "notification",
            "persistence",
            "policy",
            "problem",
            "programme",
            "promotion",
            "standard",
            "tasks"
        })
package org.stdtrack.feed;

import org.springframework.modulith.ApplicationModule;
