package org.stdtrack.identity;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class UserRepositoryOnPostgresTest extends UserRepositoryTest {}
