/**
 * References between standards: what a standard cites (normatively or informatively), what cites it, the checks
 * a committee wants (no normative cycle; no publication before the standards it normatively cites without saying
 * so; a warning when a cited standard is withdrawn or superseded) and the programme's reference graph as a
 * picture.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "identity", "persistence", "problem", "programme", "standard", "tasks", "web"})
package org.stdtrack.reference;

import org.springframework.modulith.ApplicationModule;
