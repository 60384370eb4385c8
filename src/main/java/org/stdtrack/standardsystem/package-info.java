/**
 * A programme's standard system (标准体系表): versions of its system table, each a tree of nodes with the
 * standards planned under them (rows), linked to the tracked standards that fill them; each row's status derived
 * from its standard; the gap report (planned, existing, in development, not started, coverage per node, summed up
 * the tree). Administrators edit the tables; a committee's secretariat links its own committee's standards.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "export",
            "files",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "web"
        })
package org.stdtrack.standardsystem;

import org.springframework.modulith.ApplicationModule;
