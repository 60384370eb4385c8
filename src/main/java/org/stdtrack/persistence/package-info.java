/**
 * Small helpers for what is kept: timestamps between Java and the two databases, ids as one array parameter,
 * SHA-256 checksums.
 */
@ApplicationModule(allowedDependencies = {})
package org.stdtrack.persistence;

import org.springframework.modulith.ApplicationModule;
