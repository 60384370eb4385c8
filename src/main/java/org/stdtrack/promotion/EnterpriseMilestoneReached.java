package org.stdtrack.promotion;

/**
 * A programme's count of enterprises reached a quarter of its target (25, 50, 75 or 100 %), in the reading its
 * target counts: its programme managers are told, once. Published in the transaction that recorded it.
 */
public record EnterpriseMilestoneReached(String programme, int percent, long enterprises, int target, String reading) {}
