package org.stdtrack.tasks;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class DueDatesOnPostgresTest extends DueDatesTest {}
