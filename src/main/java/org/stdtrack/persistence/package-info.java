/**
 * Small helpers for timestamps between Java and the two databases. Depends on nothing.
 */
package org.stdtrack.persistence;
