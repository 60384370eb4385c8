package org.stdtrack.plan;

import org.stdtrack.standard.PlanChange;

/**
 * The approving body approved a change of the plan, in the transaction of the decision: the lifecycle moves
 * a standard to its new committee, or ends a terminated one (.98).
 */
public record PlanChangeApproved(long standardId, String previousCommittee, PlanChange change, String decidedBy) {}
