package org.stdtrack.api;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AuthorizationMatrixOnPostgresTest extends AuthorizationMatrixTest {}
