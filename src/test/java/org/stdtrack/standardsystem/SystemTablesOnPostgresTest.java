package org.stdtrack.standardsystem;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class SystemTablesOnPostgresTest extends SystemTablesTest {}
