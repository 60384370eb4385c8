/**
 * Consultation rounds on a draft, reviewers' comments and the drafting group's resolutions, each
 * command under the standard's lock. Uses standard, identity, audit.
 */
package org.stdtrack.consultation;
