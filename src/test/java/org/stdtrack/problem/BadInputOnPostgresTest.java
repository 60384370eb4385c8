package org.stdtrack.problem;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class BadInputOnPostgresTest extends BadInputTest {}
