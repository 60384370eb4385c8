package org.stdtrack.identity;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class SessionsAndSignInOnPostgresTest extends SessionsAndSignInTest {}
