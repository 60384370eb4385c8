/**
 * Feeds for programs that cannot sign in: each account's secret feed token (kept hashed), its deadlines as
 * iCalendar for calendar applications, and a standard's or a committee's news as Atom for feed readers; each
 * feed shows only what the token's owner may see. Uses identity, standard, tasks, consultation, ballot,
 * notification (watch lists), persistence, policy.
 */
package org.stdtrack.feed;
