/**
 * Small helpers for what is kept: timestamps between Java and the two databases, SHA-256 checksums. Depends on
 * nothing.
 */
package org.stdtrack.persistence;
