/**
 * The append-only audit trail: who did, or tried and was refused, what on which standard. Uses nothing
 * but the database.
 */
package org.stdtrack.audit;
