/**
 * Small helpers for what is kept: timestamps between Java and the two databases, SHA-256 checksums.
 */
@ApplicationModule(allowedDependencies = {})
package org.stdtrack.persistence;

import org.springframework.modulith.ApplicationModule;
