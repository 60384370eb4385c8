/**
 * Accounts, roles per committee and engine candidate groups; sign-in, lockout windows, sessions that follow
 * their account, CSRF rules; the account API and pages over the Accounts service.
 */
@ApplicationModule(allowedDependencies = {"persistence", "problem", "programme", "web"})
package org.stdtrack.identity;

import org.springframework.modulith.ApplicationModule;
