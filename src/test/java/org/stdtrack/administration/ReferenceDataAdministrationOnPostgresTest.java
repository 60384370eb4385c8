package org.stdtrack.administration;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReferenceDataAdministrationOnPostgresTest extends ReferenceDataAdministrationTest {}
