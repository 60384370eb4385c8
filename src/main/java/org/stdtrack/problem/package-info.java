/**
 * Problem details (RFC 9457) for every refusal, strict JSON, the request size limit and text without NUL
 * characters.
 */
@ApplicationModule(allowedDependencies = {})
package org.stdtrack.problem;

import org.springframework.modulith.ApplicationModule;
