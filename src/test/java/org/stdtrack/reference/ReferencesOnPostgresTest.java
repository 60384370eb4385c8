package org.stdtrack.reference;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReferencesOnPostgresTest extends ReferencesTest {}
