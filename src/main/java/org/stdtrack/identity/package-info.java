/**
 * Accounts, roles per committee and engine candidate groups; sign-in, lockout windows, sessions that
 * follow their account, CSRF rules; the account API and pages over the Accounts service.
 */
package org.stdtrack.identity;
