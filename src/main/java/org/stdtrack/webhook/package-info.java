/**
 * Webhooks (issue 33): administrators and programme managers subscribe an address to events of a committee or
 * a programme (a stage changed, a standard published, a ballot closed, a consultation opened, an adoption
 * verified). Each event writes one delivery per matching hook in the transaction that made it (an outbox), only
 * about what the hook's owner may see; a scheduled sender POSTs it signed with the hook's secret
 * (HMAC-SHA256), retries with back-off, and disables a hook after a day of failures, telling its owner.
 * Addresses on this host's own or private networks are refused unless configuration allows them.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "audit",
            "ballot",
            "consultation",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "web"
        })
package org.stdtrack.webhook;

import org.springframework.modulith.ApplicationModule;
