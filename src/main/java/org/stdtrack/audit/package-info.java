/**
 * The append-only audit trail: who did, or tried and was refused, what on which standard.
 */
@ApplicationModule(allowedDependencies = {"identity", "persistence", "problem", "standard"})
package org.stdtrack.audit;

import org.springframework.modulith.ApplicationModule;
