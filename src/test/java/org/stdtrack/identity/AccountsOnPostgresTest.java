package org.stdtrack.identity;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AccountsOnPostgresTest extends AccountsTest {}
