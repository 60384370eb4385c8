package org.stdtrack.amendment;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AmendmentsOnPostgresTest extends AmendmentsTest {}
