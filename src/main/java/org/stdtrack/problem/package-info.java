/**
 * Problem details (RFC 9457) for every refusal, strict JSON, the request size limit and text without
 * NUL characters. Depends on no feature.
 */
package org.stdtrack.problem;
