/**
 * Technical review ballots: the voting roll with recusals, votes before the deadline instant, the
 * counting rule and the recorded result. Uses identity (voting members) and policy.
 */
package org.stdtrack.ballot;
